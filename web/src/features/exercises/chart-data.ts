import type { CaseChart, CaseRow } from '@shared/api.js';

/** What a chart draws: one label per x position and one value per series at each (null: no rows there). */
export interface ChartData {
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

function distinct(rows: readonly CaseRow[], column: string): Array<string | number> {
  const seen = new Set<string | number>();
  for (const row of rows) seen.add(row[column] as string | number);
  const values = [...seen];
  // Numbers and ISO dates read in order; categories keep the order the data gives them.
  if (values.every((v) => typeof v === 'number')) return (values as number[]).sort((a, b) => a - b);
  if (values.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) return (values as string[]).sort();
  return values;
}

function valueOf(rows: readonly CaseRow[], y: string | undefined, aggregate: CaseChart['aggregate']): number | null {
  if (rows.length === 0) return null;
  if (aggregate === 'count' || y === undefined) return rows.length;
  const total = (column: string) => rows.reduce((sum, r) => sum + Number(r[column]), 0);
  const [numerator, denominator] = y.split('/');
  if (denominator !== undefined) {
    const below = total(denominator);
    return below === 0 ? null : total(numerator as string) / below;
  }
  return aggregate === 'mean' ? total(y) / rows.length : total(y);
}

const yLabel = (y: string) => y.replace('/', ' ÷ ').replace(/_/g, ' ');

/** Groups rows by x (and series) and applies the chart's aggregate; ratios are ratios of sums. */
export function chartData(chart: CaseChart, rows: readonly CaseRow[]): ChartData {
  if (chart.type === 'histogram') return histogramData(chart, rows);
  const xs = distinct(rows, chart.x);
  const groups = chart.series ? distinct(rows, chart.series) : [undefined];
  const ys = chart.aggregate === 'count' || !chart.y ? [undefined] : chart.y;
  const scale = chart.percent ? 100 : 1;
  const series: ChartData['series'] = [];
  for (const group of groups) {
    const inGroup = group === undefined ? rows : rows.filter((r) => r[chart.series as string] === group);
    for (const y of ys) {
      const name = [group, ys.length > 1 || group === undefined ? (y ? yLabel(y) : 'rows') : undefined].filter((p) => p !== undefined).join(' · ');
      const values = xs.map((x) => {
        const v = valueOf(inGroup.filter((r) => r[chart.x] === x), y, chart.aggregate);
        return v === null ? null : v * scale;
      });
      series.push({ name: String(name), values });
    }
  }
  return { labels: xs.map(String), series };
}

/** Counts rows per equal-width range of x; values outside the range land in the first or last bin. */
function histogramData(chart: CaseChart, rows: readonly CaseRow[]): ChartData {
  const values = rows.map((r) => Number(r[chart.x]));
  const [lo, hi] = chart.range ?? [Math.min(...values), Math.max(...values)];
  const bins = chart.bins ?? 20;
  const width = (hi - lo) / bins || 1;
  const edge = (i: number) => Number((lo + i * width).toPrecision(6));
  const labels = Array.from({ length: bins }, (_, i) => `${edge(i)}–${edge(i + 1)}${i === bins - 1 && chart.range ? '+' : ''}`);
  const groups = chart.series ? distinct(rows, chart.series) : [undefined];
  const series = groups.map((group) => {
    const counts = new Array<number>(bins).fill(0);
    const inGroup = group === undefined ? rows : rows.filter((r) => r[chart.series as string] === group);
    for (const row of inGroup) {
      const i = Math.min(bins - 1, Math.max(0, Math.floor((Number(row[chart.x]) - lo) / width)));
      counts[i] = (counts[i] ?? 0) + 1;
    }
    // Shares, so groups of different sizes compare.
    return { name: group === undefined ? 'rows' : String(group), values: counts.map((c) => (inGroup.length ? (c / inGroup.length) * 100 : 0)) };
  });
  return { labels, series };
}
