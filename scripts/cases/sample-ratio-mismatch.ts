import type { CaseRow } from '../../src/content/case-csv.js';
import { both, dates, isIn, pctChange, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// A search-ranking test meant to split users 50/50. The variant's redirect fails for some Safari
// users (older iOS versions), who never reach the page and are never logged. Those users buy less
// often than other Safari users, so the variant's Safari numbers look better than they are. The
// ranking change itself does nothing.
const DAYS = dates('2025-02-03', 14);
const BROWSERS = [
  { name: 'chrome', users: 6000, rate: 0.032, aov: 64 },
  { name: 'safari', users: 3600, rate: 0.034, aov: 71 },
  { name: 'firefox', users: 800, rate: 0.03, aov: 60 },
  { name: 'edge', users: 1200, rate: 0.028, aov: 66 },
] as const;

export const sampleRatioMismatch: CaseGenerator = {
  slug: 'sample-ratio-mismatch',
  seed: 1,
  columns: ['date', 'arm', 'browser', 'users', 'purchases', 'revenue'],
  generate(random) {
    const rows: CaseRow[] = [];
    for (const date of DAYS) {
      for (const arm of ['control', 'variant'] as const) {
        for (const b of BROWSERS) {
          const arriving = random.count(b.users);
          if (arm === 'variant' && b.name === 'safari') {
            // A fifth of Safari users are on old iOS and buy at 30% of the usual rate; the variant loses 90% of them.
            const old = random.binomial(arriving, 0.2);
            const kept = old - random.binomial(old, 0.9);
            const modern = arriving - old;
            const purchases = random.binomial(modern, b.rate) + random.binomial(kept, b.rate * 0.3);
            rows.push({ date, arm, browser: b.name, users: modern + kept, purchases, revenue: Math.round(purchases * b.aov * (1 + 0.05 * random.normal())) });
            continue;
          }
          const purchases = b.name === 'safari' ? random.binomial(arriving, b.rate * (0.8 + 0.2 * 0.3)) : random.binomial(arriving, b.rate);
          rows.push({ date, arm, browser: b.name, users: arriving, purchases, revenue: Math.round(purchases * b.aov * (1 + 0.05 * random.normal())) });
        }
      }
    }
    return rows;
  },
  answers(rows) {
    const users = (arm: string, where: Where = () => true) => sum(rows, 'users', both(isIn('arm', arm), where));
    const perUser = (arm: string, where: Where = () => true) => sum(rows, 'purchases', both(isIn('arm', arm), where)) / users(arm, where);
    const control = users('control');
    const variant = users('variant');
    const expected = (control + variant) / 2;
    const safari = isIn('browser', 'safari');
    const notSafari = (row: CaseRow) => row.browser !== 'safari';
    return {
      'variant-share': round((variant / (control + variant)) * 100),
      'chi-square': round(((control - expected) ** 2 + (variant - expected) ** 2) / expected),
      'safari-variant-share': round((users('variant', safari) / (users('control', safari) + users('variant', safari))) * 100),
      lift: round(pctChange(perUser('control'), perUser('variant'))),
      'lift-without-safari': round(pctChange(perUser('control', notSafari), perUser('variant', notSafari))),
    };
  },
};
