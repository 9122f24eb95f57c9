export function topKPages(views: string[], k: number): [string, number][] {
  return [];
}
