def critical_path(tasks: list[dict]) -> dict:
    """One topological order (Kahn), a forward pass for earliest times and a backward pass for
    latest times: O(n + m), no recursion."""
    n = len(tasks)
    index = {task["name"]: i for i, task in enumerate(tasks)}
    successors: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for i, task in enumerate(tasks):
        for dep in task["deps"]:
            successors[index[dep]].append(i)
            waiting[i] += 1
    order = [i for i in range(n) if waiting[i] == 0]
    head = 0
    while head < len(order):
        for nxt in successors[order[head]]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                order.append(nxt)
        head += 1

    earliest_start = [0] * n
    duration = 0
    for i in order:
        finish = earliest_start[i] + tasks[i]["duration"]
        duration = max(duration, finish)
        for nxt in successors[i]:
            if finish > earliest_start[nxt]:
                earliest_start[nxt] = finish
    latest_start = [0] * n
    for i in reversed(order):
        latest_finish = min((latest_start[nxt] for nxt in successors[i]), default=duration)
        latest_start[i] = latest_finish - tasks[i]["duration"]
    critical = sorted(tasks[i]["name"] for i in range(n) if latest_start[i] == earliest_start[i])
    return {"duration": duration, "critical": critical}
