// Sort by start, then sweep: a meeting joins the current block when it starts at or before its end.
export function mergeMeetings(meetings: [number, number][]): [number, number][] {
  const sorted = meetings.map(([start, end]) => [start, end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const blocks: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
