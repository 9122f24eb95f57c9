import { describe, expect, it } from 'vitest';
import { criticalPath } from './critical-path.js';
import { chanceToFinishWithin, pertAnalysis } from './pert.js';
import { pertDeviation, pertExpected, type Estimate, type TaskSpec } from './schedule-task.js';

const task = (id: string, [o, m, p]: [number, number, number], depends: string[] = []): TaskSpec => {
  const estimate: Estimate = { optimistic: o, likely: m, pessimistic: p };
  return { id, name: id, duration: pertExpected(estimate), estimate, depends };
};

// Heizer & Render's Milwaukee Paper project with its three-point estimates (weeks).
const MILWAUKEE = [
  task('A', [1, 2, 3]),
  task('B', [2, 3, 4]),
  task('C', [1, 2, 3], ['A']),
  task('D', [2, 4, 6], ['A', 'B']),
  task('E', [1, 4, 7], ['C']),
  task('F', [1, 2, 9], ['C']),
  task('G', [3, 4, 11], ['D', 'E']),
  task('H', [1, 2, 3], ['F', 'G']),
];

describe('PERT', () => {
  it('E = (O + 4M + P) / 6 and SD = (P − O) / 6', () => {
    expect(pertExpected({ optimistic: 1, likely: 2, pessimistic: 9 })).toBe(3);
    expect(pertExpected({ optimistic: 3, likely: 4, pessimistic: 11 })).toBe(5);
    expect(pertDeviation({ optimistic: 3, likely: 4, pessimistic: 11 })).toBeCloseTo(1.333333, 6);
  });

  it('gives the textbook project: 15 weeks, variance 3.11, σ = 1.76', () => {
    const pert = pertAnalysis(criticalPath(MILWAUKEE));
    expect(pert?.expected).toBe(15);
    expect(pert?.variance).toBeCloseTo(3.11, 2);
    expect(pert?.standardDeviation).toBeCloseTo(1.76, 2);
    expect(pert?.path).toEqual(['A', 'C', 'E', 'G', 'H']);
  });

  it('finishing within 16 weeks: z = 0.57, about 71% (the book reads Φ(0.57) = 0.7157)', () => {
    const odds = chanceToFinishWithin(16, 15, Math.sqrt(28 / 9));
    expect(odds.z).toBeCloseTo(0.57, 2);
    expect(odds.probability).toBeCloseTo(0.7146, 4);
  });

  it('99% confident of finishing within 19.1 weeks (15 + 2.33 × 1.76)', () => {
    const cpm = criticalPath(MILWAUKEE);
    const pert = pertAnalysis(cpm);
    const sd = pert?.standardDeviation ?? 0;
    expect(15 + 2.326348 * sd).toBeCloseTo(19.1, 1);
    expect(pert?.confidence.map((c) => c.probability)).toEqual([0.5, 0.8, 0.9, 0.95]);
    expect(pert?.confidence[0]?.duration).toBe(15);
    expect(pert?.confidence[1]?.duration).toBeCloseTo(16.484, 3);
  });

  it('is absent without estimates, and certain without spread', () => {
    expect(pertAnalysis(criticalPath([{ id: 'a', name: 'a', duration: 3, depends: [] }]))).toBeUndefined();
    expect(chanceToFinishWithin(10, 10, 0)).toEqual({ probability: 1, z: null });
    expect(chanceToFinishWithin(9, 10, 0)).toEqual({ probability: 0, z: null });
  });

  it('sums variance along the widest of tied critical paths', () => {
    const pert = pertAnalysis(criticalPath([task('design', [2, 2, 2]), task('build', [4, 5, 6], ['design']), task('vendor', [2, 5, 8], ['design'])]));
    expect(pert?.path).toEqual(['design', 'vendor']);
    expect(pert?.variance).toBe(1);
  });
});
