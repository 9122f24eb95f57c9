def plan_sprint(capacity: int, items: list[list[int]]) -> int:
    """0/1 knapsack over capacities, one item at a time. Each pass builds the new row from the
    previous one with whole-list operations, so every item is counted at most once."""
    best = [0] * (capacity + 1)
    for points, value in items:
        if points > capacity:
            continue
        shifted = [b + value for b in best[: capacity + 1 - points]]
        best = best[:points] + [max(a, b) for a, b in zip(best[points:], shifted)]
    return best[capacity]
