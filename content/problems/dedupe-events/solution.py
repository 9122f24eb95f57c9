def dedupe_events(events: list[list], window_ms: int) -> list[int]:
    """The last accepted time per id decides; duplicates do not touch it. O(1) per delivery."""
    accepted_at: dict[str, int] = {}
    accepted = []
    for index, (event_id, timestamp) in enumerate(events):
        last = accepted_at.get(event_id)
        if last is not None and timestamp - last < window_ms:
            continue
        accepted_at[event_id] = timestamp
        accepted.append(index)
    return accepted
