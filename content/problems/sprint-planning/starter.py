def plan_sprint(capacity: int, items: list[list[int]]) -> int:
    return 0
