from collections import deque


def impacted_services(dependencies: list[list[str]], failed: list[str]) -> list[str]:
    """Breadth-first search from the failed services over reversed edges (who calls whom)."""
    callers: dict[str, list[str]] = {}
    for service, depends_on in dependencies:
        callers.setdefault(depends_on, []).append(service)
    impacted = set(failed)
    queue = deque(impacted)
    while queue:
        for caller in callers.get(queue.popleft(), ()):
            if caller not in impacted:
                impacted.add(caller)
                queue.append(caller)
    return sorted(impacted)
