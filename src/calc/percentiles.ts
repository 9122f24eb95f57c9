import { InvalidInputError } from '../core/errors.js';
import { CALC_LIMITS, atMost } from './limits.js';

/**
 * Two ways to read a percentile from samples, both stated in results:
 * - nearest-rank: the smallest sample with at least p% of samples at or below it, i.e. sorted[ceil(p/100·n) − 1]
 *   (p = 0 gives the minimum). Always an observed value; the method SRE dashboards and `bench/` use.
 * - linear: interpolate between the two closest ranks at h = (n − 1)·p/100 (Hyndman & Fan type 7,
 *   the default of numpy, R and Excel's PERCENTILE.INC).
 */
export const PERCENTILE_METHODS = ['nearest-rank', 'linear'] as const;
export type PercentileMethod = (typeof PERCENTILE_METHODS)[number];

/** `sorted` must be ascending and non-empty; p in [0, 100]. */
export function percentileOf(sorted: ArrayLike<number>, p: number, method: PercentileMethod): number {
  const n = sorted.length;
  if (method === 'nearest-rank') {
    const rank = Math.max(1, Math.ceil((p / 100) * n - 1e-9));
    return sorted[Math.min(rank, n) - 1] as number;
  }
  const h = ((n - 1) * p) / 100;
  const lower = Math.floor(h);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, n - 1)] as number;
  return below + (h - lower) * (above - below);
}

export interface SampleSummary {
  count: number;
  min: number;
  max: number;
  mean: number;
  method: PercentileMethod;
  percentiles: Array<{ p: number; value: number }>;
}

export function summarizeSamples(samples: readonly number[], ps: readonly number[], method: PercentileMethod): SampleSummary {
  return summarizeSorted([...samples].sort((a, b) => a - b), ps, method);
}

/** The same for samples already sorted ascending (and non-empty): a Float64Array sorts 100,000 numbers fastest. */
export function summarizeSorted(sorted: ArrayLike<number>, ps: readonly number[], method: PercentileMethod): SampleSummary {
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i] as number;
  return {
    count: sorted.length,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
    method,
    percentiles: ps.map((p) => ({ p, value: percentileOf(sorted, p, method) })),
  };
}

/** Numbers separated by spaces, commas, semicolons or lines ("#" starts a comment). */
export function parseSamples(text: string): number[] {
  if (text.length > CALC_LIMITS.maxSamplesChars) {
    throw new InvalidInputError(`the samples text is too long: ${atMost('maxSamplesChars', 'characters')}`);
  }
  const samples: number[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    // "95 ms" and "95ms" both read as 95.
    for (const token of line.replace(/#.*/, '').replace(/(\d)\s*ms\b/gi, '$1').split(/[\s,;]+/)) {
      if (!token) continue;
      const value = Number(token);
      if (!Number.isFinite(value) || value < 0) {
        throw new InvalidInputError(`samples line ${index + 1}: "${token.slice(0, 40)}" is not a latency; give numbers of milliseconds`);
      }
      samples.push(value);
      if (samples.length > CALC_LIMITS.maxSamples) {
        throw new InvalidInputError(`too many samples: ${atMost('maxSamples', 'samples')}`);
      }
    }
  }
  return samples;
}
