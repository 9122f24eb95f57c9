import heapq


class LatencyTracker:
    """Two heaps: `low` (a max-heap, stored negated) holds the smaller half and has as many values
    as `high` or one more, so the lower median is the top of `low`. O(log n) per record."""

    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def record(self, ms: int) -> None:
        if not self.low or ms <= -self.low[0]:
            heapq.heappush(self.low, -ms)
        else:
            heapq.heappush(self.high, ms)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> int | None:
        return -self.low[0] if self.low else None
