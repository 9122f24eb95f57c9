import { describe, expect, it } from 'vitest';
import { calculateSampleSize, sampleSizeInputSchema, sampleSizePerArm } from './sample-size.js';

const run = (raw: unknown) => calculateSampleSize(sampleSizeInputSchema.parse(raw));

describe('sample size per arm', () => {
  it("JMP's documented example: 8% against 6%, alpha 0.05 two-sided, power 0.8, needs 2,554 per group", () => {
    expect(sampleSizePerArm(0.08, 0.06, 0.05, 0.8)).toBe(2554);
    const result = run({ baseline: 0.08, mde: -0.02, mdeType: 'absolute' });
    expect(result).toMatchObject({ baseline: 0.08, target: 0.06, absoluteEffect: -0.02, relativeEffect: -0.25, perArm: 2554, total: 5108 });
  });

  it('10% to 15% (absolute +5 points) needs 686 per arm; the textbook working', () => {
    // p̄ = 0.125: (1.959964·√(2·0.125·0.875) + 0.841621·√(0.1·0.9 + 0.15·0.85))² / 0.05² = 685.6 → 686
    expect(run({ baseline: 0.1, mde: 0.05, mdeType: 'absolute' })).toMatchObject({ target: 0.15, perArm: 686, zAlpha: expect.closeTo(1.959964, 6), zBeta: expect.closeTo(0.841621, 6) });
  });

  it('reads the mde as relative by default: 10% baseline, +5% relative is 10% → 10.5%', () => {
    const result = run({ baseline: 0.1, mde: 0.05 });
    expect(result).toMatchObject({ mdeType: 'relative', target: 0.105, absoluteEffect: 0.005, relativeEffect: 0.05, perArm: 57_763 });
    expect(run({ baseline: 0.1, mde: 0.05, dailyVisitors: 10_000 }).days).toBe(12);
  });

  it('needs more for stricter alpha and more power', () => {
    const base = run({ baseline: 0.1, mde: 0.1 }).perArm;
    expect(run({ baseline: 0.1, mde: 0.1, alpha: 0.01 }).perArm).toBeGreaterThan(base);
    expect(run({ baseline: 0.1, mde: 0.1, power: 0.9 }).perArm).toBeGreaterThan(base);
  });

  it('refuses an effect that leaves 0 to 1', () => {
    expect(sampleSizeInputSchema.safeParse({ baseline: 0.9, mde: 0.2, mdeType: 'absolute' }).error?.issues[0]?.message).toBe(
      'baseline 0.9 with an absolute mde of 0.2 gives a rate of 1.1, outside 0 to 1',
    );
    expect(sampleSizeInputSchema.safeParse({ baseline: 10, mde: 0.1 }).error?.issues[0]?.message).toBe('baseline is a rate between 0 and 1, e.g. 0.1 for 10%');
  });
});
