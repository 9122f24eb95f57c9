// The last accepted time per id decides; duplicates do not touch it. O(1) per delivery.
export function dedupeEvents(events: [string, number][], windowMs: number): number[] {
  const acceptedAt = new Map<string, number>();
  const accepted: number[] = [];
  events.forEach(([id, timestamp], index) => {
    const last = acceptedAt.get(id);
    if (last !== undefined && timestamp - last < windowMs) return;
    acceptedAt.set(id, timestamp);
    accepted.push(index);
  });
  return accepted;
}
