import heapq


def task_order(tasks: list[str], dependencies: list[list[str]]) -> dict:
    """Kahn's algorithm with a min-heap of ready task names: O((n + m) log n). Tasks never taken
    from the heap are exactly those on a cycle or downstream of one."""
    waiting_on = {task: 0 for task in tasks}
    following: dict[str, list[str]] = {task: [] for task in tasks}
    for before, after in dependencies:
        following[before].append(after)
        waiting_on[after] += 1
    ready = [task for task in tasks if waiting_on[task] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for after in following[task]:
            waiting_on[after] -= 1
            if waiting_on[after] == 0:
                heapq.heappush(ready, after)
    if len(order) == len(tasks):
        return {"order": order}
    return {"blocked": sorted(task for task in tasks if waiting_on[task] > 0)}
