import { z } from 'zod';
import { CALC_LIMITS, atMost } from './limits.js';
import { SECONDS_PER_DAY, SECONDS_PER_YEAR, byteSizeInput, roundTo } from './units.js';

/** Peak traffic over the daily average when none is given: a common rule of thumb. */
export const DEFAULT_PEAK_FACTOR = 2;
/** The share of each server's throughput kept free at peak when none is given. */
export const DEFAULT_HEADROOM = 0.3;

const bytes = (what: string) => byteSizeInput(what, CALC_LIMITS.maxBytesPerItem, atMost('maxBytesPerItem', 'bytes'));
const fraction = (what: string) => z.number().min(0, `${what} is a fraction from 0 to 1`).max(1, `${what} is a fraction from 0 to 1`);

export const capacityInputSchema = z.strictObject({
  /** Daily active users. */
  dau: z.number().int('dau is a whole number of users').min(1, 'dau must be at least 1').max(CALC_LIMITS.maxDailyUsers, atMost('maxDailyUsers', 'daily active users')),
  /** Requests each user makes a day. */
  actionsPerUser: z.number().gt(0, 'actionsPerUser must be more than 0').max(CALC_LIMITS.maxActionsPerUser, atMost('maxActionsPerUser', 'actions per user')),
  /** Peak requests per second over the daily average. */
  peakFactor: z.number().min(1, 'peakFactor is at least 1 (the peak is never below the average)').max(100, 'peakFactor must be at most 100').default(DEFAULT_PEAK_FACTOR),
  /** Bytes sent per request, for bandwidth. */
  requestSize: bytes('requestSize').optional(),
  /** The share of requests that store data. */
  writeRatio: fraction('writeRatio').default(1),
  /** Bytes stored per write, for storage. */
  writeSize: bytes('writeSize').optional(),
  replicas: z.number().int().min(1).max(CALC_LIMITS.maxReplicas, atMost('maxReplicas', 'replicas')).default(1),
  retentionYears: z.number().gt(0).max(CALC_LIMITS.maxRetentionYears, atMost('maxRetentionYears', 'years')).optional(),
  /** Requests per second one server handles, for the server count. */
  serverRps: z.number().gt(0, 'serverRps must be more than 0').max(CALC_LIMITS.maxRequestsPerSecond, atMost('maxRequestsPerSecond', 'requests per second')).optional(),
  /** The share of each server kept free at peak: 0.3 runs servers at most 70% busy. */
  headroom: z.number().min(0).lt(1, 'headroom is a fraction below 1').default(DEFAULT_HEADROOM),
});
export type CapacityOptions = z.output<typeof capacityInputSchema>;

export interface CapacityResult {
  dau: number;
  actionsPerUser: number;
  peakFactor: number;
  requestsPerDay: number;
  averageRps: number;
  peakRps: number;
  writes: { ratio: number; perDay: number; averageRps: number; peakRps: number };
  bandwidth?: { bytesPerRequest: number; averageBytesPerSecond: number; peakBytesPerSecond: number; peakBitsPerSecond: number };
  storage?: { bytesPerWrite: number; replicas: number; perDay: number; perYear: number; retentionYears?: number; retained?: number };
  servers?: { perServerRps: number; headroom: number; needed: number; utilizationAtPeak: number };
}

/** Back-of-the-envelope capacity: traffic from users, then bandwidth, storage and servers from traffic. */
export function calculateCapacity(input: CapacityOptions): CapacityResult {
  const requestsPerDay = input.dau * input.actionsPerUser;
  const averageRps = requestsPerDay / SECONDS_PER_DAY;
  const peakRps = averageRps * input.peakFactor;
  const writesPerDay = requestsPerDay * input.writeRatio;
  const result: CapacityResult = {
    dau: input.dau,
    actionsPerUser: input.actionsPerUser,
    peakFactor: input.peakFactor,
    requestsPerDay: roundTo(requestsPerDay, 6),
    averageRps: roundTo(averageRps, 6),
    peakRps: roundTo(peakRps, 6),
    writes: {
      ratio: input.writeRatio,
      perDay: roundTo(writesPerDay, 6),
      averageRps: roundTo(writesPerDay / SECONDS_PER_DAY, 6),
      peakRps: roundTo((writesPerDay / SECONDS_PER_DAY) * input.peakFactor, 6),
    },
  };
  if (input.requestSize !== undefined) {
    result.bandwidth = {
      bytesPerRequest: input.requestSize,
      averageBytesPerSecond: roundTo(averageRps * input.requestSize, 3),
      peakBytesPerSecond: roundTo(peakRps * input.requestSize, 3),
      peakBitsPerSecond: roundTo(peakRps * input.requestSize * 8, 3),
    };
  }
  if (input.writeSize !== undefined) {
    const perDay = writesPerDay * input.writeSize * input.replicas;
    const perYear = (perDay * SECONDS_PER_YEAR) / SECONDS_PER_DAY;
    result.storage = { bytesPerWrite: input.writeSize, replicas: input.replicas, perDay: roundTo(perDay, 3), perYear: roundTo(perYear, 3) };
    if (input.retentionYears !== undefined) {
      result.storage.retentionYears = input.retentionYears;
      result.storage.retained = roundTo(perYear * input.retentionYears, 3);
    }
  }
  if (input.serverRps !== undefined) {
    const usable = input.serverRps * (1 - input.headroom);
    // The small tolerance keeps 7000 / 700 from becoming 11 servers through float error.
    const needed = Math.max(1, Math.ceil(peakRps / usable - 1e-9));
    result.servers = {
      perServerRps: input.serverRps,
      headroom: input.headroom,
      needed,
      utilizationAtPeak: roundTo(peakRps / (needed * input.serverRps), 6),
    };
  }
  return result;
}
