class LatencyTracker:
    def __init__(self) -> None:
        pass

    def record(self, ms: int) -> None:
        pass

    def median(self) -> int | None:
        return None
