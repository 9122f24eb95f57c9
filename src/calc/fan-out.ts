import { roundTo } from './units.js';

/**
 * Fan-out tail latency: a request that waits for N independent calls is slow when any one of them is.
 * If each call is under its p-th percentile with probability p/100, the request is slower than that
 * with probability 1 − (p/100)^N ("The Tail at Scale", Dean & Barroso, 2013).
 */
export function fanOutSlowProbability(calls: number, percentile: number): number {
  return 1 - (percentile / 100) ** calls;
}

/** The percentile each call must meet so that `target`% of requests see no slow call. */
export function perCallPercentileFor(calls: number, target: number): number {
  return 100 * (target / 100) ** (1 / calls);
}

export interface FanOutPoint {
  calls: number;
  probability: number;
}

/** The probability curve for 1..upTo calls, at most `points` points, evenly spaced, always ending at upTo. */
export function fanOutCurve(percentile: number, upTo: number, points = 200): FanOutPoint[] {
  const step = Math.max(1, Math.ceil(upTo / points));
  const calls = new Set<number>([1]);
  for (let n = step; n <= upTo; n += step) calls.add(n);
  calls.add(upTo);
  const curve = [...calls].map((n) => ({ calls: n, probability: roundTo(fanOutSlowProbability(n, percentile), 6) }));
  return curve;
}
