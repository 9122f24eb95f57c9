from collections import Counter


def top_k_pages(views: list[str], k: int) -> list[list]:
    """Count in one pass, then sort the distinct pages by (count desc, page asc)."""
    counts = Counter(views)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[page, count] for page, count in ranked[:k]]
