def page_load_report(samples: list[dict]) -> list[dict]:
    return []
