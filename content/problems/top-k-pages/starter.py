def top_k_pages(views: list[str], k: int) -> list[list]:
    return []
