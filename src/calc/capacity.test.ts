import { describe, expect, it } from 'vitest';
import { calculateCapacity, capacityInputSchema } from './capacity.js';
import { littlesLawInputSchema, solveLittlesLaw } from './littles-law.js';

const capacity = (raw: unknown) => calculateCapacity(capacityInputSchema.parse(raw));
const little = (raw: unknown) => solveLittlesLaw(littlesLawInputSchema.parse(raw));

describe('capacity', () => {
  it('1 million requests a day is 11.57 per second; 100 million is 1,157', () => {
    expect(capacity({ dau: 1_000_000, actionsPerUser: 1 }).averageRps).toBeCloseTo(11.574, 3);
    expect(capacity({ dau: 10_000_000, actionsPerUser: 10 }).averageRps).toBeCloseTo(1157.4, 1);
  });

  it('10M DAU × 20 actions: 200M requests a day, 2,315 average and 6,944 peak per second at 3x', () => {
    const result = capacity({ dau: 10_000_000, actionsPerUser: 20, peakFactor: 3, requestSize: '10KB', writeRatio: 0.1, writeSize: '1KB', replicas: 3, retentionYears: 5, serverRps: 1000 });
    expect(result).toMatchObject({ requestsPerDay: 200_000_000, averageRps: 2314.814815, peakRps: 6944.444444 });
    expect(result.writes).toEqual({ ratio: 0.1, perDay: 20_000_000, averageRps: 231.481481, peakRps: 694.444444 });
    // 6,944 requests/s × 10 KB = 69.4 MB/s = 556 Mbit/s at peak.
    expect(result.bandwidth).toEqual({ bytesPerRequest: 10_000, averageBytesPerSecond: 23_148_148.148, peakBytesPerSecond: 69_444_444.444, peakBitsPerSecond: 555_555_555.556 });
    // 20M writes × 1 KB × 3 replicas = 60 GB a day, 21.9 TB a year (365.25 days), 110 TB over 5 years.
    expect(result.storage).toEqual({ bytesPerWrite: 1000, replicas: 3, perDay: 60e9, perYear: 21_915e9, retentionYears: 5, retained: 109_575e9 });
    // 6,944 / (1,000 × 0.7) = 9.92 → 10 servers, 69% busy at peak.
    expect(result.servers).toEqual({ perServerRps: 1000, headroom: 0.3, needed: 10, utilizationAtPeak: 0.694444 });
  });

  it('does not round an exact fit up to an extra server', () => {
    expect(capacity({ dau: 86_400, actionsPerUser: 7, peakFactor: 100, serverRps: 1000 }).servers?.needed).toBe(1);
    expect(capacity({ dau: 86_400, actionsPerUser: 7_000, peakFactor: 1, serverRps: 1000, headroom: 0.3 }).servers?.needed).toBe(10);
  });

  it('names the limit it refuses', () => {
    expect(capacityInputSchema.safeParse({ dau: 2e10, actionsPerUser: 1 }).error?.issues[0]?.message).toBe('at most 10,000,000,000 daily active users (limit maxDailyUsers)');
    expect(capacityInputSchema.safeParse({ dau: 10, actionsPerUser: 1, writeSize: 'huge' }).error?.issues[0]?.message).toBe(
      'writeSize must be a size such as 512, 10KB or 1.5MB (1 KB = 1,000 bytes)',
    );
  });
});

describe("Little's law, L = λW", () => {
  it('solves for any one of the three', () => {
    // 1,000 requests/s each taking 200 ms keep 200 in flight.
    expect(little({ arrivalRate: 1000, timeInSystem: '200ms' })).toEqual({ solvedFor: 'concurrency', concurrency: 200, arrivalRate: 1000, timeInSystem: 0.2 });
    // The textbook store: 10 customers an hour staying half an hour means 5 in the store.
    expect(little({ arrivalRate: 10 / 3600, timeInSystem: '30m' }).concurrency).toBeCloseTo(5, 9);
    expect(little({ concurrency: 200, timeInSystem: 0.2 })).toMatchObject({ solvedFor: 'arrivalRate', arrivalRate: 1000 });
    expect(little({ concurrency: 50, arrivalRate: 250 })).toMatchObject({ solvedFor: 'timeInSystem', timeInSystem: 0.2 });
  });

  it('wants exactly two', () => {
    expect(littlesLawInputSchema.safeParse({ concurrency: 5 }).error?.issues[0]?.message).toBe(
      'give exactly two of concurrency (L), arrivalRate (λ, per second) and timeInSystem (W) to solve for the third',
    );
    expect(() => little({ concurrency: 5, timeInSystem: 0 })).toThrow('timeInSystem must be more than 0 to solve for arrivalRate');
  });
});
