class RateLimiter:
    def __init__(self, capacity: int, refill_every_ms: int) -> None:
        pass

    def allow(self, client_id: str, now: int) -> bool:
        return True
