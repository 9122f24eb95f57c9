import { percentileOf } from '../../src/calc/percentiles.js';
import type { CaseRow } from '../../src/content/case-csv.js';

/** Small, explicit aggregations the answers are computed with, so each answer reads like its explanation. */
export type Where = (row: CaseRow) => boolean;
const all: Where = () => true;

export function sum(rows: readonly CaseRow[], column: string, where: Where = all): number {
  let total = 0;
  for (const row of rows) if (where(row)) total += Number(row[column]);
  return total;
}

export function count(rows: readonly CaseRow[], where: Where = all): number {
  return rows.filter(where).length;
}

/** Rounds half away from zero at `decimals` places, through the decimal text so 1.005 rounds to 1.01. */
export function round(value: number, decimals = 2): number {
  const text = String(Math.abs(value));
  const scaled = text.includes('e') ? Math.abs(value) * 10 ** decimals : Number(`${text}e${decimals}`);
  return Math.sign(value) * (Math.round(scaled) / 10 ** decimals) || 0;
}

/** Percent change from `before` to `after`. */
export const pctChange = (before: number, after: number) => ((after - before) / before) * 100;

/** A value rounded to `decimals` places for a CSV cell. */
export const fixed = (value: number, decimals: number) => Number(value.toFixed(decimals));

export const isIn = (column: string, ...values: Array<string | number>): Where => (row) => values.includes(row[column] as string | number);
export const both = (...tests: Where[]): Where => (row) => tests.every((t) => t(row));

/** Dates from `start` (YYYY-MM-DD), `days` of them, `step` days apart. */
export function dates(start: string, days: number, step = 1): string[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(t0 + i * step * 86_400_000).toISOString().slice(0, 10));
}

/** Median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile (the toolkit's latency calculator's default): sorted[ceil(p/100 × n) − 1]. */
export function nearestRank(values: readonly number[], p: number): number {
  return percentileOf([...values].sort((a, b) => a - b), p, 'nearest-rank');
}
