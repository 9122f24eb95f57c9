import { roundTo } from './units.js';

export interface BudgetCall {
  name: string;
  ms: number;
}

export interface LatencyBudgetResult {
  budgetMs: number;
  usedMs: number;
  /** Negative when the chain is over budget. */
  remainingMs: number;
  overBudget: boolean;
  calls: Array<BudgetCall & { startMs: number; endMs: number; share: number }>;
}

/** Calls made one after another: their latencies add up against the end-to-end budget. */
export function latencyBudget(budgetMs: number, calls: readonly BudgetCall[]): LatencyBudgetResult {
  let elapsed = 0;
  const timeline = calls.map((call) => {
    const startMs = elapsed;
    elapsed = roundTo(elapsed + call.ms, 6);
    return { ...call, startMs, endMs: elapsed, share: budgetMs > 0 ? roundTo(call.ms / budgetMs, 6) : 0 };
  });
  const remainingMs = roundTo(budgetMs - elapsed, 6);
  return { budgetMs, usedMs: elapsed, remainingMs, overBudget: remainingMs < 0, calls: timeline };
}
