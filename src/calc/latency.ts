import { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';
import { CALC_LIMITS, atMost } from './limits.js';
import { fanOutCurve, fanOutSlowProbability, perCallPercentileFor, type FanOutPoint } from './fan-out.js';
import { latencyBudget, type LatencyBudgetResult } from './latency-budget.js';
import { PERCENTILE_METHODS, parseSamples, percentileOf, summarizeSorted, type SampleSummary } from './percentiles.js';
import { roundTo } from './units.js';

export const DEFAULT_PERCENTILES = [50, 90, 95, 99, 99.9];
/** The fan-out chart runs to at least this many calls. */
export const FAN_OUT_CURVE_MIN = 100;

const latencyMs = (what: string) => z.number().min(0, `${what} is a number of milliseconds, 0 or more`).max(86_400_000, `${what} must be at most a day`);
const share = (what: string) => z.number().gt(0, `${what} is a percent between 0 and 100`).lt(100, `${what} is a percent between 0 and 100`);

export const latencyInputSchema = z
  .strictObject({
    /** Latencies in milliseconds. */
    samples: z
      .array(latencyMs('each sample'))
      .min(1, 'give at least one sample')
      .max(CALC_LIMITS.maxSamples, atMost('maxSamples', 'samples'))
      .optional(),
    /** Or the same as text: numbers separated by spaces, commas or lines, as a file of samples holds them. */
    samplesText: z.string().max(CALC_LIMITS.maxSamplesChars, atMost('maxSamplesChars', 'characters')).optional(),
    method: z.enum(PERCENTILE_METHODS).default('nearest-rank'),
    percentiles: z
      .array(z.number().min(0, 'a percentile is between 0 and 100').max(100, 'a percentile is between 0 and 100'))
      .min(1)
      .max(CALC_LIMITS.maxPercentiles, atMost('maxPercentiles', 'percentiles'))
      .default(DEFAULT_PERCENTILES),
    fanOut: z
      .strictObject({
        /** Calls made in parallel by one request. */
        calls: z.number().int('calls is a whole number').min(1).max(CALC_LIMITS.maxFanOut, atMost('maxFanOut', 'calls')),
        /** The percentile each call is measured at (99 = p99). */
        percentile: share('percentile').default(99),
        /** That call's latency at that percentile; taken from the samples when they are given. */
        latencyMs: latencyMs('latencyMs').optional(),
        /** The share of requests that should see no slow call, for the per-call target. */
        target: share('target').default(99),
      })
      .optional(),
    budget: z
      .strictObject({
        totalMs: latencyMs('totalMs').refine((ms) => ms > 0, 'totalMs must be more than 0'),
        calls: z
          .array(z.strictObject({ name: z.string().trim().min(1, 'name each call').max(CALC_LIMITS.maxNameChars, atMost('maxNameChars', 'characters')), ms: latencyMs('ms') }))
          .min(1, 'give at least one call')
          .max(CALC_LIMITS.maxChainCalls, atMost('maxChainCalls', 'calls')),
      })
      .optional(),
  })
  .refine((input) => input.samples !== undefined || input.samplesText !== undefined || input.fanOut !== undefined || input.budget !== undefined, {
    message: 'give samples (or samplesText), fanOut or budget, or several',
  })
  .refine((input) => input.samples === undefined || input.samplesText === undefined, { message: 'give samples or samplesText, not both' });
export type LatencyOptions = z.output<typeof latencyInputSchema>;

export interface FanOutResult {
  calls: number;
  percentile: number;
  latencyMs?: number;
  /** The chance a request waits on at least one call slower than that percentile. */
  probability: number;
  target: number;
  /** The percentile every call must meet so that `target`% of requests see no slow call. */
  perCallPercentile: number;
  curve: FanOutPoint[];
}

export interface LatencyResult {
  samples?: SampleSummary;
  fanOut?: FanOutResult;
  budget?: LatencyBudgetResult;
}

export function calculateLatency(input: LatencyOptions): LatencyResult {
  const result: LatencyResult = {};
  let sorted: Float64Array | undefined;
  if (input.samples !== undefined || input.samplesText !== undefined) {
    const samples = input.samples ?? parseSamples(input.samplesText ?? '');
    if (samples.length === 0) throw new InvalidInputError('the samples hold no numbers; give latencies in milliseconds');
    sorted = Float64Array.from(samples).sort();
    result.samples = summarizeSorted(sorted, input.percentiles, input.method);
  }
  if (input.fanOut) {
    const { calls, percentile, target } = input.fanOut;
    const latency = input.fanOut.latencyMs ?? (sorted ? percentileOf(sorted, percentile, input.method) : undefined);
    result.fanOut = {
      calls,
      percentile,
      ...(latency === undefined ? {} : { latencyMs: latency }),
      probability: roundTo(fanOutSlowProbability(calls, percentile), 9),
      target,
      perCallPercentile: roundTo(perCallPercentileFor(calls, target), 9),
      curve: fanOutCurve(percentile, Math.min(CALC_LIMITS.maxFanOut, Math.max(FAN_OUT_CURVE_MIN, calls))),
    };
  }
  if (input.budget) result.budget = latencyBudget(input.budget.totalMs, input.budget.calls);
  return result;
}
