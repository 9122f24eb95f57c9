import re

_METHOD = re.compile(r"[A-Z]+")
_STATUS = re.compile(r"[0-9]{3}")
_LATENCY = re.compile(r"[0-9]+ms")


def error_rates(lines: list[str], min_requests: int) -> dict:
    """One pass to parse and count per endpoint, then one sort of the endpoints."""
    stats: dict[str, list[int]] = {}  # endpoint -> [requests, errors]
    malformed = 0
    for line in lines:
        fields = line.split(" ")  # single spaces: split() would merge runs of whitespace
        if len(fields) != 5:
            malformed += 1
            continue
        timestamp, method, target, status, latency = fields
        if not (
            timestamp
            and _METHOD.fullmatch(method)
            and target.startswith("/")
            and _STATUS.fullmatch(status)
            and 100 <= int(status) <= 599
            and _LATENCY.fullmatch(latency)
        ):
            malformed += 1
            continue
        entry = stats.setdefault(f"{method} {target.split('?', 1)[0]}", [0, 0])
        entry[0] += 1
        if int(status) >= 500:
            entry[1] += 1
    kept = [(endpoint, r, e) for endpoint, (r, e) in stats.items() if r >= min_requests]
    kept.sort(key=lambda item: (-item[2] / item[1], -item[1], item[0]))
    endpoints = [{"endpoint": endpoint, "requests": r, "errors": e} for endpoint, r, e in kept]
    return {"endpoints": endpoints, "malformed": malformed}
