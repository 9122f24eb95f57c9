export function dedupeEvents(events: [string, number][], windowMs: number): number[] {
  return [];
}
