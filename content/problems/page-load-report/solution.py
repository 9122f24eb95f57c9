import math


def page_load_report(samples: list[dict]) -> list[dict]:
    """Group by page and phase, sort each group once, read the nearest ranks."""
    by_page: dict[str, dict[str, list[int]]] = {}
    for sample in samples:
        phases = by_page.setdefault(sample["page"], {"before": [], "after": []})
        phases[sample["phase"]].append(sample["ms"])
    report = []
    for page in sorted(by_page):
        before = _summarize(by_page[page]["before"])
        after = _summarize(by_page[page]["after"])
        improvement = None
        if before is not None and after is not None:
            improvement = {p: _improvement(before[p], after[p]) for p in ("p50", "p90", "p95")}
        report.append({"page": page, "before": before, "after": after, "improvementPct": improvement})
    return report


def _summarize(values: list[int]) -> dict | None:
    if not values:
        return None
    values.sort()
    n = len(values)
    return {"count": n, "p50": _rank(values, 50), "p90": _rank(values, 90), "p95": _rank(values, 95)}


def _rank(sorted_values: list[int], p: int) -> int:
    return sorted_values[(p * len(sorted_values) + 99) // 100 - 1]


def _improvement(before: int, after: int) -> float | None:
    if before == 0:
        return None
    tenths = 1000 * (before - after) / before
    rounded = math.floor(abs(tenths) + 0.5)  # halves away from zero; round() would go to even
    return (rounded if tenths >= 0 else -rounded) / 10
