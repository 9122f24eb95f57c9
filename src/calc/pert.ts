import { normalCdf, normalQuantile } from './normal.js';
import type { CriticalPathResult } from './critical-path.js';
import { pertDeviation } from './schedule-task.js';
import { roundTo } from './units.js';

/** The confidence levels PERT results quote a duration for ("P80"). */
export const CONFIDENCE_LEVELS = [0.5, 0.8, 0.9, 0.95] as const;

export interface PertResult {
  /** Expected duration: the sum of expected times along the critical path (= the CPM duration). */
  expected: number;
  variance: number;
  standardDeviation: number;
  /** The critical path the variance is summed along (the widest when several tie). */
  path: string[];
  confidence: Array<{ probability: number; duration: number }>;
  /** A note on what the model leaves out, for people reading the odds. */
  caveat: string;
}

export const PERT_CAVEAT =
  'Classic PERT sums variance along the critical path only and treats tasks as independent; near-critical paths and shared risks make the real odds lower.';

/**
 * PERT on a CPM result: project variance = Σ ((P − O) / 6)² along the critical path; the chance of
 * finishing within D days is Φ((D − E) / σ). Tasks with a fixed duration add no variance.
 * Returns undefined when no task has a three-point estimate.
 */
export function pertAnalysis(cpm: CriticalPathResult): PertResult | undefined {
  if (!cpm.tasks.some((t) => t.estimate)) return undefined;
  const byId = new Map(cpm.tasks.map((t) => [t.id, t]));
  const varianceOf = (path: string[]) =>
    path.reduce((sum, id) => {
      const estimate = byId.get(id)?.estimate;
      return sum + (estimate ? pertDeviation(estimate) ** 2 : 0);
    }, 0);
  let path = cpm.criticalPath;
  let variance = varianceOf(path);
  for (const other of cpm.criticalPaths.slice(1)) {
    const v = varianceOf(other);
    if (v > variance) [path, variance] = [other, v];
  }
  const sd = Math.sqrt(variance);
  return {
    expected: cpm.duration,
    variance: roundTo(variance, 9),
    standardDeviation: roundTo(sd, 9),
    path,
    confidence: CONFIDENCE_LEVELS.map((probability) => ({ probability, duration: roundTo(cpm.duration + normalQuantile(probability) * sd, 6) })),
    caveat: PERT_CAVEAT,
  };
}

/** The chance of finishing within `days`, and its z-score (null when there is no spread). */
export function chanceToFinishWithin(days: number, expected: number, standardDeviation: number): { probability: number; z: number | null } {
  if (standardDeviation === 0) return { probability: days >= expected ? 1 : 0, z: null };
  const z = (days - expected) / standardDeviation;
  return { probability: roundTo(normalCdf(z), 9), z: roundTo(z, 9) };
}
