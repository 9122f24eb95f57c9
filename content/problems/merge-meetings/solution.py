def merge_meetings(meetings: list[list[int]]) -> list[list[int]]:
    """Sort by start, then sweep: a meeting joins the current block when it starts at or before its end."""
    blocks: list[list[int]] = []
    for start, end in sorted(meetings):
        if blocks and start <= blocks[-1][1]:
            blocks[-1][1] = max(blocks[-1][1], end)
        else:
            blocks.append([start, end])
    return blocks
