import { describe, expect, it } from 'vitest';
import { abTestInputSchema, twoProportionTest } from './ab-test.js';
import { normalCdf } from './normal.js';

const run = (control: [number, number], variant: [number, number], extra: object = {}) =>
  twoProportionTest(abTestInputSchema.parse({ control: { visitors: control[0], conversions: control[1] }, variant: { visitors: variant[0], conversions: variant[1] }, ...extra }));

describe('two-proportion z-test (two-sided, pooled)', () => {
  it('1000:100 against 1000:130: z = 2.1027, p = 0.0355, +30% relative, significant', () => {
    const result = run([1000, 100], [1000, 130]);
    expect(result.pooledRate).toBe(0.115);
    expect(result.standardError).toBeCloseTo(0.0142671, 7);
    expect(result.z).toBeCloseTo(2.1027, 4);
    expect(result.pValue).toBeCloseTo(0.0355, 4);
    expect(result.lift).toEqual({ absolute: 0.03, relative: 0.3 });
    expect(result.significant).toBe(true);
    expect(result.verdict).toEqual({ code: 'significant-win', text: 'Significant: the variant converts better (+30% relative, p = 0.0355 < 0.05).' });
    expect(result.say).toBe('The variant converts at 13% against 10% (+30% relative); at 95% confidence that lift is significant (p = 0.0355).');
    expect(result.warnings).toEqual([]);
  });

  it('Walpole et al., Example 10.11: 120 of 200 town voters against 240 of 500 county voters gives z = 2.9', () => {
    const result = run([500, 240], [200, 120]);
    expect(result.pooledRate).toBeCloseTo(0.51, 2);
    expect(Number(result.z.toFixed(1))).toBe(2.9);
    // The book rounds z to 2.9 and reads P(Z > 2.9) = 0.0019 from its table; unrounded, z = 2.8697
    // and the one-sided P is 0.00205, so the two-sided p-value is 0.0041.
    expect(normalCdf(-2.9)).toBeCloseTo(0.0019, 4);
    expect(result.pValue).toBeCloseTo(0.0041, 4);
  });

  it('a worked exercise: 56% of 300 against 48% of 200 gives z = 1.755, two-sided p = 0.0792', () => {
    const result = run([200, 96], [300, 168]);
    expect(result.z).toBeCloseTo(1.755, 3);
    expect(result.pValue).toBeCloseTo(0.0792, 4);
    expect(result.significant).toBe(false);
    expect(run([200, 96], [300, 168], { alpha: 0.09 }).significant).toBe(true);
  });

  it('gives a Wald interval of the difference (unpooled SE) and a Katz log interval of the relative lift', () => {
    const result = run([1000, 100], [1000, 130]);
    // 0.03 ± 1.959964 × √(0.1·0.9/1000 + 0.13·0.87/1000) = 0.03 ± 0.027932
    expect(result.confidenceInterval.level).toBe(0.95);
    expect(result.confidenceInterval.absolute[0]).toBeCloseTo(0.002068, 6);
    expect(result.confidenceInterval.absolute[1]).toBeCloseTo(0.057932, 6);
    // exp(ln 1.3 ± 1.959964 × √(0.9/100 + 0.87/130)) − 1
    expect(result.confidenceInterval.relative?.[0]).toBeCloseTo(0.016984, 6);
    expect(result.confidenceInterval.relative?.[1]).toBeCloseTo(0.661776, 6);
  });

  it('says "not significant yet" in plain words and how many visitors a lift this size needs', () => {
    const result = run([1000, 100], [1000, 110]);
    expect(result.verdict.code).toBe('not-significant');
    expect(result.verdict.text).toBe(
      'Not significant yet (p = 0.4657 ≥ 0.05): the difference could be noise. A lift this size needs about 14,751 visitors per arm to detect with 80% power.',
    );
    expect(result.visitorsNeededPerArm).toBe(14_751);
    expect(result.say).toBe(
      'The variant converts at 11% against 10% (+10% relative), but at 95% confidence that is not significant yet (p = 0.4657): we need about 14,751 visitors per arm to detect it.',
    );
    expect(run([200, 96], [300, 168], { alpha: 0.01 }).say).toBe(
      'The variant converts at 56% against 48% (+16.67% relative), but at 99% confidence that is not significant yet (p = 0.0792): we need about 910 visitors per arm to detect it.',
    );
  });

  it('calls a significant drop a loss', () => {
    const loss = run([5000, 600], [5000, 500]);
    expect(loss.verdict).toEqual({ code: 'significant-loss', text: 'Significant: the variant converts worse (−16.67% relative, p = 0.0014 < 0.05).' });
    expect(loss.say).toBe('The variant converts at 10% against 12% (−16.67% relative); at 95% confidence that drop is significant (p = 0.0014), so the variant is worse.');
  });

  it('handles arms with nothing to compare, and warns when counts are too small or the split is off', () => {
    const none = run([100, 0], [100, 0]);
    expect(none).toMatchObject({ z: 0, pValue: 1, significant: false, lift: { absolute: 0, relative: null }, confidenceInterval: { relative: null } });
    expect(none.verdict).toEqual({ code: 'no-difference-to-test', text: 'No difference to test yet: both arms convert at 0%.' });
    expect(none.say).toBe('Both arms convert at 0%: there is no difference to test yet.');
    expect(run([100, 5], [100, 12]).warnings).toEqual([
      'the control arm has fewer than 10 conversions or non-conversions: the normal approximation is rough, wait for more data',
    ]);
    expect(run([10_000, 1000], [9_000, 900]).warnings).toEqual([
      'if you meant a 50/50 split, the visitor counts (10000 vs 9000) are a sample ratio mismatch: check the assignment before trusting the result',
    ]);
  });

  it('validates counts, naming the limit', () => {
    const parse = (raw: unknown) => abTestInputSchema.safeParse(raw).error?.issues[0]?.message;
    expect(parse({ control: { visitors: 10, conversions: 11 }, variant: { visitors: 10, conversions: 1 } })).toBe('control has more conversions than visitors');
    expect(parse({ control: { visitors: 2e9, conversions: 1 }, variant: { visitors: 10, conversions: 1 } })).toBe('at most 1,000,000,000 visitors (limit maxVisitors)');
    expect(parse({ control: { visitors: 10.5, conversions: 1 }, variant: { visitors: 10, conversions: 1 } })).toBe('control.visitors is a whole number');
  });
});
