// Count in one pass, then sort the distinct pages by (count desc, page asc).
export function topKPages(views: string[], k: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const page of views) counts.set(page, (counts.get(page) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked.slice(0, k);
}
