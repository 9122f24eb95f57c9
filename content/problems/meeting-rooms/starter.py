def min_rooms(meetings: list[list[int]]) -> int:
    return 0
