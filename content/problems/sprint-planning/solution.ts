// 0/1 knapsack: best[c] = the best value within c points using the items seen so far. Going down
// from `capacity` makes each item count at most once. O(n * capacity) time, O(capacity) space.
export function planSprint(capacity: number, items: [number, number][]): number {
  const best = new Float64Array(capacity + 1);
  for (const [points, value] of items) {
    for (let c = capacity; c >= points; c--) {
      const withItem = best[c - points]! + value;
      if (withItem > best[c]!) best[c] = withItem;
    }
  }
  return best[capacity]!;
}
