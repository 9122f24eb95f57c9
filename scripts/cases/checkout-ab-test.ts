import { twoProportionTest } from '../../src/calc/ab-test.js';
import { normalCdf } from '../../src/calc/normal.js';
import type { CaseRow } from '../../src/content/case-csv.js';
import { both, dates, isIn, pctChange, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// Two weeks of a one-page checkout test, per day, arm and platform. The variant helps on mobile
// (+12% relative) and barely on desktop (+1%); mobile baskets get a little smaller.
const DAYS = dates('2025-05-05', 14);
const PLATFORMS = [
  { name: 'desktop', visitors: 1800, rate: 0.04, lift: 0.01, aov: 92, aovChange: 0 },
  { name: 'mobile', visitors: 2600, rate: 0.022, lift: 0.12, aov: 71, aovChange: -0.03 },
] as const;

export const checkoutAbTest: CaseGenerator = {
  slug: 'checkout-ab-test',
  seed: 4,
  columns: ['date', 'arm', 'platform', 'visitors', 'orders', 'revenue'],
  generate(random) {
    const rows: CaseRow[] = [];
    DAYS.forEach((date, i) => {
      const weekend = i % 7 >= 5;
      for (const arm of ['control', 'variant'] as const) {
        for (const p of PLATFORMS) {
          const visitors = random.count(p.visitors * (weekend ? (p.name === 'mobile' ? 1.2 : 0.7) : 1));
          const rate = p.rate * (arm === 'variant' ? 1 + p.lift : 1);
          const orders = random.binomial(visitors, rate);
          const aov = p.aov * (arm === 'variant' ? 1 + p.aovChange : 1);
          const revenue = Math.round(orders * aov * (1 + 0.04 * random.normal()));
          rows.push({ date, arm, platform: p.name, visitors, orders, revenue });
        }
      }
    });
    return rows;
  },
  answers(rows) {
    const arm = (name: string, where: Where = () => true) => ({ visitors: sum(rows, 'visitors', both(isIn('arm', name), where)), conversions: sum(rows, 'orders', both(isIn('arm', name), where)) });
    const rate = (a: { visitors: number; conversions: number }) => a.conversions / a.visitors;
    const mobile = isIn('platform', 'mobile');
    const test = twoProportionTest({ control: arm('control'), variant: arm('variant'), alpha: 0.05, power: 0.8 });
    const mobileTest = twoProportionTest({ control: arm('control', mobile), variant: arm('variant', mobile), alpha: 0.05, power: 0.8 });
    // The split against the 50/50 design: chi-squared with one degree of freedom is z squared.
    const total = arm('control').visitors + arm('variant').visitors;
    const splitZ = (arm('control').visitors - total / 2) / Math.sqrt(total / 4);
    return {
      'control-rate': round(rate(arm('control')) * 100),
      lift: round(pctChange(rate(arm('control')), rate(arm('variant')))),
      'p-value': round(test.pValue, 4),
      'mobile-lift': round(pctChange(rate(arm('control', mobile)), rate(arm('variant', mobile)))),
      'mobile-p-value': round(mobileTest.pValue, 4),
      'split-p-value': round(2 * normalCdf(-Math.abs(splitZ)), 4),
    };
  },
};
