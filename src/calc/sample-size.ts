import { z } from 'zod';
import { CALC_LIMITS, atMost } from './limits.js';
import { normalQuantile } from './normal.js';
import { roundTo } from './units.js';

/** The formula, in words, as results state it. */
export const SAMPLE_SIZE_METHOD =
  'two-sided two-proportion z-test; pooled variance under the null, unpooled under the alternative; no continuity correction (Fleiss, Statistical Methods for Rates and Proportions)';

export const MDE_TYPES = ['relative', 'absolute'] as const;

export const sampleSizeInputSchema = z
  .strictObject({
    /** The control conversion rate as a fraction, e.g. 0.1 for 10%. */
    baseline: z.number().gt(0, 'baseline is a rate between 0 and 1, e.g. 0.1 for 10%').lt(1, 'baseline is a rate between 0 and 1, e.g. 0.1 for 10%'),
    /** The smallest effect worth detecting: relative (0.05 = +5% of the baseline) or absolute (0.05 = +5 points). Negative for a drop. */
    mde: z.number().refine((v) => v !== 0, 'mde cannot be 0: no sample detects no difference'),
    mdeType: z.enum(MDE_TYPES).default('relative'),
    alpha: z.number().gt(0, 'alpha is between 0 and 0.5').max(0.5, 'alpha is between 0 and 0.5').default(0.05),
    power: z.number().min(0.5, 'power is between 0.5 and 1').lt(1, 'power is between 0.5 and 1').default(0.8),
    /** Visitors a day across both arms, to say how long the test runs. */
    dailyVisitors: z.number().int().min(1).max(CALC_LIMITS.maxVisitors, atMost('maxVisitors', 'visitors')).optional(),
  })
  .superRefine((input, ctx) => {
    const target = input.mdeType === 'relative' ? input.baseline * (1 + input.mde) : input.baseline + input.mde;
    if (!(target > 0 && target < 1)) {
      ctx.addIssue({ code: 'custom', path: ['mde'], message: `baseline ${input.baseline} with an ${input.mdeType} mde of ${input.mde} gives a rate of ${roundTo(target, 6)}, outside 0 to 1` });
    }
  });
export type SampleSizeOptions = z.output<typeof sampleSizeInputSchema>;

export interface SampleSizeResult {
  baseline: number;
  target: number;
  mdeType: 'relative' | 'absolute';
  absoluteEffect: number;
  relativeEffect: number;
  alpha: number;
  power: number;
  zAlpha: number;
  zBeta: number;
  /** Visitors each arm needs, rounded up. */
  perArm: number;
  total: number;
  days?: number;
  method: string;
}

/**
 * n per arm = (z₁₋α/₂·√(2·p̄(1−p̄)) + z₁₋β·√(p₁(1−p₁) + p₂(1−p₂)))² / (p₂ − p₁)², p̄ = (p₁ + p₂)/2.
 */
export function sampleSizePerArm(p1: number, p2: number, alpha: number, power: number): number {
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zBeta = normalQuantile(power);
  const pBar = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  // The tolerance keeps an exact 1000.0000000001 from rounding up to 1001.
  return Math.ceil((root * root) / ((p2 - p1) * (p2 - p1)) - 1e-9);
}

export function calculateSampleSize(input: SampleSizeOptions): SampleSizeResult {
  const { baseline, alpha, power } = input;
  const target = roundTo(input.mdeType === 'relative' ? baseline * (1 + input.mde) : baseline + input.mde, 12);
  const perArm = sampleSizePerArm(baseline, target, alpha, power);
  const result: SampleSizeResult = {
    baseline,
    target,
    mdeType: input.mdeType,
    absoluteEffect: roundTo(target - baseline, 12),
    relativeEffect: roundTo((target - baseline) / baseline, 12),
    alpha,
    power,
    zAlpha: normalQuantile(1 - alpha / 2),
    zBeta: normalQuantile(power),
    perArm,
    total: perArm * 2,
    method: SAMPLE_SIZE_METHOD,
  };
  if (input.dailyVisitors !== undefined) result.days = Math.ceil(result.total / input.dailyVisitors);
  return result;
}
