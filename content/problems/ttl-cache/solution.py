from collections import deque


class TTLCache:
    """Entries expire in the order they were set (one TTL, a clock that never goes back), so a
    queue in set order lets size() drop expired keys from the front. A refreshed key leaves a stale
    queue entry behind, recognised because its expiry no longer matches."""

    def __init__(self, ttl_ms: int) -> None:
        self.ttl_ms = ttl_ms
        self.entries: dict[str, tuple[int, int]] = {}  # key -> (value, expires_at)
        self.queue: deque[tuple[str, int]] = deque()

    def set(self, key: str, value: int, now: int) -> None:
        expires_at = now + self.ttl_ms
        self.entries[key] = (value, expires_at)
        self.queue.append((key, expires_at))

    def get(self, key: str, now: int) -> int | None:
        entry = self.entries.get(key)
        if entry is None or now >= entry[1]:
            return None
        return entry[0]

    def size(self, now: int) -> int:
        queue, entries = self.queue, self.entries
        while queue and queue[0][1] <= now:
            key, expires_at = queue.popleft()
            entry = entries.get(key)
            if entry is not None and entry[1] == expires_at:
                del entries[key]
        return len(entries)
