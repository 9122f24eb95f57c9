/**
 * Hard maximums for calculator input. Every one is named in the error a caller gets when past it,
 * so a person can tell a typo from a limit (judge0's config: a named default and a hard maximum).
 */
export const CALC_LIMITS = {
  /** Tasks in one schedule. */
  maxTasks: 500,
  /** Dependencies of one task. */
  maxDependencies: 50,
  /** Duration of one task, in days. */
  maxTaskDays: 10_000,
  /** Characters of a YAML or CSV schedule. */
  maxScheduleChars: 200_000,
  /** Latency samples in one calculation. */
  maxSamples: 100_000,
  /** Characters of a samples text (numbers separated by spaces, commas or lines). */
  maxSamplesChars: 2_000_000,
  /** Percentiles asked for at once. */
  maxPercentiles: 20,
  /** Parallel calls in a fan-out. */
  maxFanOut: 10_000,
  /** Calls in a latency budget chain. */
  maxChainCalls: 100,
  /** Dependencies composed in series or in parallel. */
  maxComponents: 50,
  /** Nines of availability (99.9999999%). */
  maxNines: 9,
  /** An SLO window, in days. */
  maxSloWindowDays: 366,
  /** Visitors in one arm of an experiment. */
  maxVisitors: 1_000_000_000,
  /** Daily active users. */
  maxDailyUsers: 10_000_000_000,
  /** Actions per user per day. */
  maxActionsPerUser: 100_000,
  /** Bytes per request or per stored write (1 GB). */
  maxBytesPerItem: 1_000_000_000,
  /** Replicas of stored data. */
  maxReplicas: 100,
  /** Years of retention. */
  maxRetentionYears: 100,
  /** Requests per second (arrival rate, per-server throughput). */
  maxRequestsPerSecond: 1_000_000_000,
  /** Characters of a task id or call name. */
  maxNameChars: 200,
} as const;

export type CalcLimit = keyof typeof CALC_LIMITS;

/** "at most 500 tasks (limit maxTasks)": the message zod and the parsers use past a limit. */
export function atMost(limit: CalcLimit, what: string): string {
  return `at most ${CALC_LIMITS[limit].toLocaleString('en-US')} ${what} (limit ${limit})`;
}
