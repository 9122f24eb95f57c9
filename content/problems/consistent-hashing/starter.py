class HashRing:
    def __init__(self, replicas: int) -> None:
        pass

    def addNode(self, node: str) -> None:
        pass

    def removeNode(self, node: str) -> None:
        pass

    def getNode(self, key: str) -> str | None:
        return None
