def error_rates(lines: list[str], min_requests: int) -> dict:
    return {"endpoints": [], "malformed": 0}
