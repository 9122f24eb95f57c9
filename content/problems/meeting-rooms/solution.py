def min_rooms(meetings: list[list[int]]) -> int:
    """Sweep over sorted starts and ends: the answer is the peak number of sessions in progress.
    At equal times, ends come first because the interval excludes its end."""
    starts = sorted(start for start, _ in meetings)
    ends = sorted(end for _, end in meetings)
    rooms = busy = j = 0
    for start in starts:
        while ends[j] <= start:
            busy -= 1
            j += 1
        busy += 1
        rooms = max(rooms, busy)
    return rooms
