import { z } from 'zod';
import { CALC_LIMITS, atMost } from './limits.js';
import { SECONDS_PER_DAY, durationInput, roundTo } from './units.js';

/**
 * The Site Reliability Workbook's alerting thresholds ("Alerting on SLOs"): page when 2% of the
 * budget burns in an hour or 5% in six hours, open a ticket when 10% burns in three days.
 */
export const BURN_ALERTS = [
  { windowSeconds: 3600, budgetSpent: 0.02, action: 'page' },
  { windowSeconds: 6 * 3600, budgetSpent: 0.05, action: 'page' },
  { windowSeconds: 3 * SECONDS_PER_DAY, budgetSpent: 0.1, action: 'ticket' },
] as const;

export const DEFAULT_SLO_WINDOW_SECONDS = 30 * SECONDS_PER_DAY;
const MAX_SLO = 100 - 100 * 10 ** -CALC_LIMITS.maxNines;

export const errorBudgetInputSchema = z.strictObject({
  /** The SLO target in percent, e.g. 99.9. */
  slo: z.number().gt(0, 'slo is a percent above 0').max(MAX_SLO, `slo must be at most ${MAX_SLO}% (limit maxNines: ${CALC_LIMITS.maxNines} nines)`),
  /** The SLO window: seconds or a text such as "30d". */
  window: durationInput('window', CALC_LIMITS.maxSloWindowDays * SECONDS_PER_DAY, atMost('maxSloWindowDays', 'days'))
    .refine((seconds) => seconds > 0, 'window must be longer than zero')
    .default(DEFAULT_SLO_WINDOW_SECONDS),
  /** The share of requests (or minutes) failing now, in percent. */
  errorRate: z.number().min(0, 'errorRate is a percent from 0 to 100').max(100, 'errorRate is a percent from 0 to 100').optional(),
  /** Bad time already spent in this window. */
  spent: durationInput('spent', CALC_LIMITS.maxSloWindowDays * SECONDS_PER_DAY, atMost('maxSloWindowDays', 'days')).optional(),
  /** Requests expected over the window, to state the budget as a number of failed requests. */
  requests: z.number().int('requests must be a whole number').min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type ErrorBudgetOptions = z.output<typeof errorBudgetInputSchema>;

export interface ErrorBudgetResult {
  slo: number;
  windowSeconds: number;
  budget: {
    /** The share of the window that may be bad: 1 − SLO. */
    fraction: number;
    seconds: number;
    requests?: number;
  };
  spent?: { seconds: number; ofBudget: number; remainingSeconds: number };
  burn?: {
    errorRate: number;
    /** How many times faster than "exactly on budget" the budget is burning. */
    burnRate: number;
    /** At this rate the whole budget is gone after this long; null when nothing fails. */
    exhaustsInSeconds: number | null;
  };
  alerts: Array<{ windowSeconds: number; budgetSpent: number; burnRate: number; action: 'page' | 'ticket' }>;
}

/** Burn rate = observed error rate ÷ the error rate the SLO allows. */
export function burnRate(errorRatePercent: number, sloPercent: number): number {
  return errorRatePercent / (100 - sloPercent);
}

export function calculateErrorBudget(input: ErrorBudgetOptions): ErrorBudgetResult {
  const fraction = roundTo((100 - input.slo) / 100, 12);
  const budgetSeconds = fraction * input.window;
  const result: ErrorBudgetResult = {
    slo: input.slo,
    windowSeconds: input.window,
    budget: { fraction, seconds: roundTo(budgetSeconds, 3) },
    alerts: BURN_ALERTS.filter((alert) => alert.windowSeconds < input.window).map((alert) => ({
      ...alert,
      burnRate: roundTo((alert.budgetSpent * input.window) / alert.windowSeconds, 6),
    })),
  };
  if (input.requests !== undefined) result.budget.requests = Math.floor(input.requests * fraction + 1e-9);
  if (input.spent !== undefined) {
    result.spent = {
      seconds: input.spent,
      ofBudget: roundTo(input.spent / budgetSeconds, 6),
      remainingSeconds: roundTo(budgetSeconds - input.spent, 3),
    };
  }
  if (input.errorRate !== undefined) {
    const rate = roundTo(burnRate(input.errorRate, input.slo), 6);
    result.burn = {
      errorRate: input.errorRate,
      burnRate: rate,
      exhaustsInSeconds: rate === 0 ? null : roundTo(input.window / rate, 3),
    };
  }
  return result;
}
