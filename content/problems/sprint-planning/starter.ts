export function planSprint(capacity: number, items: [number, number][]): number {
  return 0;
}
