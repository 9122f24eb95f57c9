import { describe, expect, it } from 'vitest';
import type { CaseChart } from '@shared/api.js';
import { chartData } from './chart-data.js';

const rows = [
  { day: '2025-01-02', arm: 'a', n: 100, k: 10 },
  { day: '2025-01-01', arm: 'a', n: 100, k: 5 },
  { day: '2025-01-01', arm: 'b', n: 50, k: 10 },
  { day: '2025-01-01', arm: 'b', n: 50, k: 0 },
];
const chart = (c: Partial<CaseChart>): CaseChart => ({ type: 'line', title: 't', x: 'day', aggregate: 'sum', percent: false, ...c });

describe('chartData', () => {
  it('sums y per x and series, dates in order, a missing point is null', () => {
    expect(chartData(chart({ y: ['n'], series: 'arm' }), rows)).toEqual({
      labels: ['2025-01-01', '2025-01-02'],
      series: [
        { name: 'a', values: [100, 100] },
        { name: 'b', values: [100, null] },
      ],
    });
  });

  it('plots a ratio of sums, as a percent', () => {
    expect(chartData(chart({ y: ['k/n'], percent: true }), rows).series).toEqual([{ name: 'k ÷ n', values: [7.5, 10] }]);
  });

  it('averages, counts rows, and bins a histogram into shares per series', () => {
    expect(chartData(chart({ type: 'bar', x: 'arm', y: ['k'], aggregate: 'mean' }), rows).series[0]?.values).toEqual([7.5, 5]);
    expect(chartData(chart({ type: 'bar', x: 'arm', aggregate: 'count' }), rows).series[0]?.values).toEqual([2, 2]);
    const histogram = chartData(chart({ type: 'histogram', x: 'k', bins: 2, range: [0, 10], series: 'arm' }), rows);
    expect(histogram.labels).toEqual(['0–5', '5–10+']);
    expect(histogram.series).toEqual([
      { name: 'a', values: [0, 100] },
      { name: 'b', values: [50, 50] },
    ]);
  });
});
