type Sample = { page: string; phase: 'before' | 'after'; ms: number };
type Percentiles = { count: number; p50: number; p90: number; p95: number };
type Improvement = { p50: number | null; p90: number | null; p95: number | null };
type PageReport = { page: string; before: Percentiles | null; after: Percentiles | null; improvementPct: Improvement | null };

export function pageLoadReport(samples: Sample[]): PageReport[] {
  return [];
}
