import bisect


def _fnv1a(text: str) -> int:
    h = 2166136261
    for byte in text.encode("ascii"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


class HashRing:
    """Points kept sorted by (position, node), rebuilt lazily before the first lookup after a
    change (timsort merges the sorted runs in about O(P)); a lookup is a binary search."""

    def __init__(self, replicas: int) -> None:
        self.replicas = replicas
        self.points: list[tuple[int, str]] = []
        self.positions: list[int] = []
        self.nodes: set[str] = set()
        self.dirty = False

    def addNode(self, node: str) -> None:
        if node in self.nodes:
            return
        self.nodes.add(node)
        self.points.extend((_fnv1a(f"{node}#{i}"), node) for i in range(self.replicas))
        self.dirty = True

    def removeNode(self, node: str) -> None:
        if node not in self.nodes:
            return
        self.nodes.discard(node)
        self.points = [point for point in self.points if point[1] != node]
        self.dirty = True

    def getNode(self, key: str) -> str | None:
        if self.dirty:
            self.points.sort()
            self.positions = [position for position, _ in self.points]
            self.dirty = False
        if not self.points:
            return None
        at = bisect.bisect_left(self.positions, _fnv1a(key))
        return self.points[at if at < len(self.points) else 0][1]
