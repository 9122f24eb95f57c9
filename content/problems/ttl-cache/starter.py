class TTLCache:
    def __init__(self, ttl_ms: int) -> None:
        pass

    def set(self, key: str, value: int, now: int) -> None:
        pass

    def get(self, key: str, now: int) -> int | None:
        return None

    def size(self, now: int) -> int:
        return 0
