def dedupe_events(events: list[list], window_ms: int) -> list[int]:
    return []
