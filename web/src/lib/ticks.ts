/**
 * Axis ticks for the hand-drawn charts: steps of 1, 2 or 5 × 10^n.
 *
 * @example tickStep(37, 5) // 10: about five steps across 37
 */
export function tickStep(span: number, count: number): number {
  const rough = Math.max(span, 1e-9) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
}

/** About `count` round ticks from at or below `lo` to the first at or above `hi`, so no value is drawn above the axis. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const step = tickStep(hi - lo || Math.abs(hi) || 1, count);
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = start; ; t += step) {
    ticks.push(Number(t.toPrecision(12)));
    if (t >= hi - step * 1e-9 || ticks.length > 50) break;
  }
  return ticks;
}
