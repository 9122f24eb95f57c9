import { describe, expect, it } from 'vitest';
import { burnRate, calculateErrorBudget, errorBudgetInputSchema } from './error-budget.js';

const run = (raw: unknown) => calculateErrorBudget(errorBudgetInputSchema.parse(raw));

describe('SLO error budget', () => {
  it('gives a 99.9% SLO 43.2 minutes over 30 days', () => {
    const result = run({ slo: 99.9 });
    expect(result.windowSeconds).toBe(30 * 86_400);
    expect(result.budget).toEqual({ fraction: 0.001, seconds: 2592 });
  });

  it('states the budget in requests and what is left after an incident', () => {
    const result = run({ slo: 99.95, window: '28d', requests: 10_000_000, spent: '10m' });
    expect(result.budget).toEqual({ fraction: 0.0005, seconds: 1209.6, requests: 5000 });
    expect(result.spent).toEqual({ seconds: 600, ofBudget: 0.496032, remainingSeconds: 609.6 });
  });

  it('computes the burn rate and when the budget runs out', () => {
    expect(burnRate(0.5, 99.9)).toBeCloseTo(5, 12);
    const result = run({ slo: 99.9, errorRate: 0.5 });
    // At 5x the budget lasts 30 days / 5 = 6 days.
    expect(result.burn).toEqual({ errorRate: 0.5, burnRate: 5, exhaustsInSeconds: 6 * 86_400 });
    expect(run({ slo: 99.9, errorRate: 0 }).burn?.exhaustsInSeconds).toBeNull();
  });

  it('reproduces the SRE workbook alert thresholds for a 30-day window: 14.4, 6 and 1', () => {
    expect(run({ slo: 99.9 }).alerts).toEqual([
      { windowSeconds: 3600, budgetSpent: 0.02, action: 'page', burnRate: 14.4 },
      { windowSeconds: 21_600, budgetSpent: 0.05, action: 'page', burnRate: 6 },
      { windowSeconds: 259_200, budgetSpent: 0.1, action: 'ticket', burnRate: 1 },
    ]);
    // A one-day window has no room for a three-day alert.
    expect(run({ slo: 99.9, window: '1d' }).alerts.map((a) => a.burnRate)).toEqual([0.48, 0.2]);
  });

  it('rejects a window past its limit', () => {
    expect(errorBudgetInputSchema.safeParse({ slo: 99.9, window: '400d' }).error?.issues[0]?.message).toBe('window must be at most 366 days (limit maxSloWindowDays)');
    expect(errorBudgetInputSchema.safeParse({ slo: 100 }).error?.issues[0]?.message).toBe('slo must be at most 99.9999999% (limit maxNines: 9 nines)');
  });
});
