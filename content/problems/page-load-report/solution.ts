type Sample = { page: string; phase: 'before' | 'after'; ms: number };
type Percentiles = { count: number; p50: number; p90: number; p95: number };
type Improvement = { p50: number | null; p90: number | null; p95: number | null };
type PageReport = { page: string; before: Percentiles | null; after: Percentiles | null; improvementPct: Improvement | null };

// Group by page and phase (O(n)), sort each group once (O(n log n) overall), read the ranks.
export function pageLoadReport(samples: Sample[]): PageReport[] {
  const byPage = new Map<string, { before: number[]; after: number[] }>();
  for (const sample of samples) {
    let phases = byPage.get(sample.page);
    if (!phases) byPage.set(sample.page, (phases = { before: [], after: [] }));
    phases[sample.phase].push(sample.ms);
  }
  const pages = [...byPage.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return pages.map((page) => {
    const phases = byPage.get(page)!;
    const before = summarize(phases.before);
    const after = summarize(phases.after);
    const improvementPct =
      before && after
        ? { p50: improvement(before.p50, after.p50), p90: improvement(before.p90, after.p90), p95: improvement(before.p95, after.p95) }
        : null;
    return { page, before, after, improvementPct };
  });
}

function summarize(values: number[]): Percentiles | null {
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  return { count: values.length, p50: nearestRank(values, 50), p90: nearestRank(values, 90), p95: nearestRank(values, 95) };
}

function nearestRank(sorted: number[], p: number): number {
  const rank = Math.floor((p * sorted.length + 99) / 100); // ceil(p * n / 100) in integers
  return sorted[rank - 1]!;
}

function improvement(before: number, after: number): number | null {
  if (before === 0) return null;
  const tenths = (1000 * (before - after)) / before;
  return (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
}
