import { describe, expect, it } from 'vitest';
import { fanOutCurve, fanOutSlowProbability, perCallPercentileFor } from './fan-out.js';
import { latencyBudget } from './latency-budget.js';
import { calculateLatency, latencyInputSchema } from './latency.js';
import { parseSamples, percentileOf } from './percentiles.js';

const run = (raw: unknown) => calculateLatency(latencyInputSchema.parse(raw));
// Wikipedia's "Percentile" example list.
const LIST = [15, 20, 35, 40, 50];

describe('percentiles from samples', () => {
  it('nearest-rank returns an observed value: p5 15, p30 20, p40 20, p50 35, p100 50', () => {
    expect([5, 30, 40, 50, 100].map((p) => percentileOf(LIST, p, 'nearest-rank'))).toEqual([15, 20, 20, 35, 50]);
    expect(percentileOf(LIST, 0, 'nearest-rank')).toBe(15);
  });

  it('linear interpolation between ranks (numpy, R type 7, Excel PERCENTILE.INC): p40 = 29, p75 = 40', () => {
    expect(percentileOf(LIST, 40, 'linear')).toBe(29);
    expect(percentileOf(LIST, 75, 'linear')).toBe(40);
    expect(percentileOf(LIST, 90, 'linear')).toBe(46);
    expect(percentileOf(LIST, 0, 'linear')).toBe(15);
    expect(percentileOf(LIST, 100, 'linear')).toBe(50);
  });

  it('reads p99 of 1..1000 ms as 990 (nearest rank) and 990.01 (linear)', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(run({ samples, percentiles: [50, 99] }).samples?.percentiles).toEqual([{ p: 50, value: 500 }, { p: 99, value: 990 }]);
    expect(run({ samples, percentiles: [99], method: 'linear' }).samples?.percentiles[0]?.value).toBeCloseTo(990.01, 9);
  });

  it('parses samples from text, and names the line of a bad one', () => {
    expect(parseSamples('120, 80\n95 ms\n# a comment\n300;42ms')).toEqual([120, 80, 95, 300, 42]);
    expect(() => parseSamples('10\n20\nfast')).toThrow('samples line 3: "fast" is not a latency; give numbers of milliseconds');
    expect(run({ samplesText: '15 20 35 40 50' }).samples).toMatchObject({ count: 5, min: 15, max: 50, mean: 32, method: 'nearest-rank' });
  });

  it('enforces the sample limit by name', () => {
    expect(() => parseSamples('1 '.repeat(100_001))).toThrow('too many samples: at most 100,000 samples (limit maxSamples)');
    expect(latencyInputSchema.safeParse({ samples: Array(100_001).fill(1) }).error?.issues[0]?.message).toBe('at most 100,000 samples (limit maxSamples)');
  });
});

describe('fan-out tail latency', () => {
  it('1 − 0.99^N: 9.56% of requests over 10 calls and 63.4% over 100 see a call slower than p99', () => {
    expect(fanOutSlowProbability(10, 99)).toBeCloseTo(0.0956, 4);
    expect(fanOutSlowProbability(100, 99)).toBeCloseTo(0.634, 3);
    expect(fanOutSlowProbability(1, 99)).toBeCloseTo(0.01, 12);
  });

  it('says which percentile each call must meet: p99.99 for 99% of requests over 100 calls', () => {
    expect(perCallPercentileFor(100, 99)).toBeCloseTo(99.99, 2);
  });

  it('draws a curve from 1 call, evenly, ending at the last', () => {
    expect(fanOutCurve(99, 5).map((p) => p.calls)).toEqual([1, 2, 3, 4, 5]);
    const long = fanOutCurve(99, 1000, 200);
    expect(long.length).toBe(201);
    expect(long[1]?.calls).toBe(5);
    expect(long.at(-1)).toEqual({ calls: 1000, probability: 0.999957 });
  });

  it('takes the per-call latency from samples when none is given', () => {
    const result = run({ samples: Array.from({ length: 100 }, (_, i) => i + 1), fanOut: { calls: 10 } });
    expect(result.fanOut).toMatchObject({ calls: 10, percentile: 99, latencyMs: 99, probability: 0.095617925, target: 99 });
  });
});

describe('latency budget across a chain', () => {
  it('adds the calls and says what is left', () => {
    const result = latencyBudget(200, [
      { name: 'gateway', ms: 10 },
      { name: 'auth', ms: 25 },
      { name: 'catalog', ms: 80 },
      { name: 'render', ms: 45 },
    ]);
    expect(result).toMatchObject({ budgetMs: 200, usedMs: 160, remainingMs: 40, overBudget: false });
    expect(result.calls.map((c) => [c.startMs, c.endMs, c.share])).toEqual([[0, 10, 0.05], [10, 35, 0.125], [35, 115, 0.4], [115, 160, 0.225]]);
    expect(latencyBudget(100, [{ name: 'db', ms: 70 }, { name: 'cache miss', ms: 45 }])).toMatchObject({ usedMs: 115, remainingMs: -15, overBudget: true });
  });

  it('asks for something to calculate', () => {
    expect(latencyInputSchema.safeParse({}).error?.issues[0]?.message).toBe('give samples (or samplesText), fanOut or budget, or several');
    expect(latencyInputSchema.safeParse({ budget: { totalMs: 200, calls: Array(101).fill({ name: 'x', ms: 1 }) } }).error?.issues[0]?.message).toBe(
      'at most 100 calls (limit maxChainCalls)',
    );
  });
});
