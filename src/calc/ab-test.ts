import { z } from 'zod';
import { CALC_LIMITS, atMost } from './limits.js';
import { normalCdf, normalQuantile } from './normal.js';
import { sampleSizePerArm } from './sample-size.js';
import { roundTo } from './units.js';

/** Below this many conversions (or non-conversions) in an arm the normal approximation is rough. */
export const MIN_EVENTS_PER_ARM = 10;
/** A 50/50 split this unlikely (chi-square on visitor counts) is flagged as a sample ratio mismatch. */
export const SAMPLE_RATIO_ALPHA = 0.001;

const arm = (name: string) =>
  z
    .strictObject({
      visitors: z.number().int(`${name}.visitors is a whole number`).min(1, `${name} needs at least 1 visitor`).max(CALC_LIMITS.maxVisitors, atMost('maxVisitors', 'visitors')),
      conversions: z.number().int(`${name}.conversions is a whole number`).min(0, `${name}.conversions is 0 or more`),
    })
    .refine((a) => a.conversions <= a.visitors, `${name} has more conversions than visitors`);

export const abTestInputSchema = z.strictObject({
  control: arm('control'),
  variant: arm('variant'),
  /** Significance level: 0.05 gives a 95% confidence interval. */
  alpha: z.number().gt(0, 'alpha is between 0 and 0.5').max(0.5, 'alpha is between 0 and 0.5').default(0.05),
  /** Power used to say how many visitors a lift this size needs. */
  power: z.number().min(0.5, 'power is between 0.5 and 1').lt(1, 'power is between 0.5 and 1').default(0.8),
});
export type AbTestOptions = z.output<typeof abTestInputSchema>;

export type Verdict = 'significant-win' | 'significant-loss' | 'not-significant' | 'no-difference-to-test';

export interface AbTestResult {
  control: { visitors: number; conversions: number; rate: number };
  variant: { visitors: number; conversions: number; rate: number };
  alpha: number;
  pooledRate: number;
  standardError: number;
  z: number;
  /** Two-sided. */
  pValue: number;
  significant: boolean;
  lift: { absolute: number; relative: number | null };
  confidenceInterval: {
    level: number;
    /** Difference of rates, unpooled standard error (Wald). */
    absolute: [number, number];
    /** Relative lift, from the log of the rate ratio (Katz); null when an arm has no conversions. */
    relative: [number, number] | null;
  };
  /** Visitors per arm needed to detect a lift of the observed size with the given power. */
  visitorsNeededPerArm: number | null;
  verdict: { code: Verdict; text: string };
  /** The result as one sentence to say in an interview; it never contradicts the verdict. */
  say: string;
  warnings: string[];
}

const pct = (fraction: number) => `${fraction >= 0 ? '+' : '−'}${Math.abs(roundTo(fraction * 100, 2))}%`;
const formatP = (p: number) => (p < 0.0001 ? '< 0.0001' : `= ${roundTo(p, 4)}`);

/** Two-sided, pooled two-proportion z-test of variant against control. */
export function twoProportionTest(input: AbTestOptions): AbTestResult {
  const { control, variant, alpha } = input;
  const p1 = control.conversions / control.visitors;
  const p2 = variant.conversions / variant.visitors;
  const pooled = (control.conversions + variant.conversions) / (control.visitors + variant.visitors);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.visitors + 1 / variant.visitors));
  const diff = p2 - p1;
  const z = se === 0 ? 0 : diff / se;
  const pValue = se === 0 ? 1 : 2 * normalCdf(-Math.abs(z));
  const zCrit = normalQuantile(1 - alpha / 2);
  const seUnpooled = Math.sqrt((p1 * (1 - p1)) / control.visitors + (p2 * (1 - p2)) / variant.visitors);
  let relative: [number, number] | null = null;
  if (control.conversions > 0 && variant.conversions > 0) {
    const logRatio = Math.log(p2 / p1);
    const seLog = Math.sqrt((1 - p1) / control.conversions + (1 - p2) / variant.conversions);
    relative = [roundTo(Math.exp(logRatio - zCrit * seLog) - 1, 9), roundTo(Math.exp(logRatio + zCrit * seLog) - 1, 9)];
  }
  const significant = se > 0 && pValue < alpha;
  const needed = diff === 0 || p1 === 0 || p1 === 1 || p2 === 0 || p2 === 1 ? null : sampleSizePerArm(p1, p2, alpha, input.power);
  const relativeLift = p1 === 0 ? null : roundTo(diff / p1, 9);
  const liftText = relativeLift === null ? `${pct(diff)} points` : `${pct(relativeLift)} relative`;

  let verdict: AbTestResult['verdict'];
  if (se === 0) {
    verdict = { code: 'no-difference-to-test', text: `No difference to test yet: both arms convert at ${roundTo(p1 * 100, 2)}%.` };
  } else if (significant) {
    verdict = diff > 0
      ? { code: 'significant-win', text: `Significant: the variant converts better (${liftText}, p ${formatP(pValue)} < ${alpha}).` }
      : { code: 'significant-loss', text: `Significant: the variant converts worse (${liftText}, p ${formatP(pValue)} < ${alpha}).` };
  } else {
    const more = needed !== null && needed > Math.min(control.visitors, variant.visitors)
      ? ` A lift this size needs about ${needed.toLocaleString('en-US')} visitors per arm to detect with ${roundTo(input.power * 100, 1)}% power.`
      : ' The confidence interval still includes no change.';
    verdict = { code: 'not-significant', text: `Not significant yet (p ${formatP(pValue)} ≥ ${alpha}): the difference could be noise.${more}` };
  }

  const warnings: string[] = [];
  const needMore = needed !== null && needed > Math.min(control.visitors, variant.visitors) ? needed : null;
  const say = sentenceFor(verdict.code, { p1, p2, liftText, pValue, level: roundTo((1 - alpha) * 100, 2), needed: needMore });
  for (const [name, a] of [['control', control], ['variant', variant]] as const) {
    if (Math.min(a.conversions, a.visitors - a.conversions) < MIN_EVENTS_PER_ARM) {
      warnings.push(`the ${name} arm has fewer than ${MIN_EVENTS_PER_ARM} conversions or non-conversions: the normal approximation is rough, wait for more data`);
    }
  }
  const total = control.visitors + variant.visitors;
  const srmZ = (control.visitors - total / 2) / Math.sqrt(total / 4);
  if (2 * normalCdf(-Math.abs(srmZ)) < SAMPLE_RATIO_ALPHA) {
    warnings.push(`if you meant a 50/50 split, the visitor counts (${control.visitors} vs ${variant.visitors}) are a sample ratio mismatch: check the assignment before trusting the result`);
  }

  return {
    control: { ...control, rate: roundTo(p1, 12) },
    variant: { ...variant, rate: roundTo(p2, 12) },
    alpha,
    pooledRate: roundTo(pooled, 12),
    standardError: roundTo(se, 12),
    z: roundTo(z, 9),
    pValue: roundTo(pValue, 12),
    significant,
    lift: { absolute: roundTo(diff, 12), relative: relativeLift },
    confidenceInterval: {
      level: roundTo(1 - alpha, 9),
      absolute: [roundTo(diff - zCrit * seUnpooled, 9), roundTo(diff + zCrit * seUnpooled, 9)],
      relative,
    },
    visitorsNeededPerArm: needed,
    verdict,
    say,
    warnings,
  };
}

function sentenceFor(code: Verdict, r: { p1: number; p2: number; liftText: string; pValue: number; level: number; needed: number | null }): string {
  const rate = (p: number) => `${roundTo(p * 100, 2)}%`;
  const rates = `The variant converts at ${rate(r.p2)} against ${rate(r.p1)} (${r.liftText})`;
  const p = `p ${formatP(r.pValue)}`;
  switch (code) {
    case 'no-difference-to-test':
      return `Both arms convert at ${rate(r.p1)}: there is no difference to test yet.`;
    case 'significant-win':
      return `${rates}; at ${r.level}% confidence that lift is significant (${p}).`;
    case 'significant-loss':
      return `${rates}; at ${r.level}% confidence that drop is significant (${p}), so the variant is worse.`;
    case 'not-significant':
      return `${rates}, but at ${r.level}% confidence that is not significant yet (${p}): ${
        r.needed === null ? 'the interval still includes no change' : `we need about ${r.needed.toLocaleString('en-US')} visitors per arm to detect it`
      }.`;
  }
}
