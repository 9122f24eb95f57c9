import type { CaseRow } from '../../src/content/case-csv.js';
import { both, isIn, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// Monthly signup cohorts of 2025, observed to the end of December. New onboarding ships for the
// July cohort onwards; a paid campaign brings a large, less engaged September cohort.
const COHORTS = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'];
const BEFORE = COHORTS.slice(0, 6);
const AFTER = COHORTS.slice(6, 11);

/** Retention after m months: a floor plus a share that decays by `b` each month after the first. */
function retention(m: number, floor: number, a: number, b: number): number {
  if (m === 0) return 1;
  let decay = a;
  for (let k = 1; k < m; k++) decay *= b;
  return floor + (1 - floor) * decay;
}

export const retentionCohorts: CaseGenerator = {
  slug: 'retention-cohorts',
  seed: 71,
  columns: ['cohort', 'month', 'cohort_users', 'active_users'],
  generate(random) {
    const rows: CaseRow[] = [];
    COHORTS.forEach((cohort, k) => {
      const campaign = cohort === '2025-09-01';
      const onboarding = k >= 6;
      const users = campaign ? random.count(9200) : random.count(4000 + 90 * k);
      const floor = campaign ? 0.12 : onboarding ? 0.21 : 0.19;
      const a = campaign ? 0.2 : onboarding ? 0.37 : 0.285;
      for (let m = 0; m <= 11 - k; m++) {
        rows.push({ cohort, month: m, cohort_users: users, active_users: m === 0 ? users : random.binomial(users, retention(m, floor, a, 0.62)) });
      }
    });
    return rows;
  },
  answers(rows) {
    const at = (cohorts: readonly string[], month: number): Where => both(isIn('cohort', ...cohorts), isIn('month', month));
    const rate = (where: Where) => (sum(rows, 'active_users', where) / sum(rows, 'cohort_users', where)) * 100;
    return {
      'm1-before': round(rate(at(BEFORE, 1))),
      'm1-after': round(rate(at(AFTER, 1))),
      'm1-after-without-september': round(rate(at(AFTER.filter((c) => c !== '2025-09-01'), 1))),
      'm3-before': round(rate(at(BEFORE, 3))),
      'm3-after': round(rate(at(['2025-07-01', '2025-08-01', '2025-09-01'], 3))),
    };
  },
};
