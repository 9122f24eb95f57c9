class RateLimiter:
    """One bucket per client; a refill is arithmetic (O(1)) however long the client was silent."""

    def __init__(self, capacity: int, refill_every_ms: int) -> None:
        self.capacity = capacity
        self.refill_every_ms = refill_every_ms
        self.buckets: dict[str, list[int]] = {}  # client -> [tokens, last_refill]

    def allow(self, client_id: str, now: int) -> bool:
        bucket = self.buckets.get(client_id)
        if bucket is None:
            bucket = self.buckets[client_id] = [self.capacity, now]
        intervals = (now - bucket[1]) // self.refill_every_ms
        bucket[0] = min(self.capacity, bucket[0] + intervals)
        bucket[1] += intervals * self.refill_every_ms
        if bucket[0] < 1:
            return False
        bucket[0] -= 1
        return True
