import type { CaseRow } from '../../src/content/case-csv.js';
import { both, isIn, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// A streaming subscription's month by month book, per plan and acquisition channel. January's
// "two months for $1" promotion signs up a large cohort that churns when full price starts in March.
const MONTHS = ['2024-07-01', '2024-08-01', '2024-09-01', '2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01'];
const PROMO_CHURN: Record<string, number> = { '2025-02-01': 0.06, '2025-03-01': 0.31, '2025-04-01': 0.14 };

export const churnSpikePromoCohort: CaseGenerator = {
  slug: 'churn-spike-promo-cohort',
  seed: 2025,
  columns: ['month', 'plan', 'channel', 'start_subscribers', 'new_subscribers', 'cancellations'],
  generate(random) {
    const rows: CaseRow[] = [];
    const book = new Map<string, number>([
      ['monthly/organic', 182_000],
      ['monthly/promo', 6_000],
      ['annual/organic', 64_000],
      ['annual/promo', 1_500],
    ]);
    for (const month of MONTHS) {
      for (const plan of ['monthly', 'annual'] as const) {
        for (const channel of ['organic', 'promo'] as const) {
          const key = `${plan}/${channel}`;
          const start = book.get(key) ?? 0;
          const churn = plan === 'annual' ? 0.011 : channel === 'promo' ? (PROMO_CHURN[month] ?? 0.075) : 0.042 + (month === '2024-12-01' ? 0.004 : 0);
          const cancellations = random.binomial(start, churn);
          const promoMonth = month === '2025-01-01' && channel === 'promo';
          const fresh = random.count(plan === 'monthly' ? (channel === 'organic' ? 8_200 : promoMonth ? 38_000 : 500) : channel === 'organic' ? 900 : promoMonth ? 2_000 : 60);
          rows.push({ month, plan, channel, start_subscribers: start, new_subscribers: fresh, cancellations });
          book.set(key, start + fresh - cancellations);
        }
      }
    }
    return rows;
  },
  answers(rows) {
    const churn = (where: Where) => (sum(rows, 'cancellations', where) / sum(rows, 'start_subscribers', where)) * 100;
    const march = isIn('month', '2025-03-01');
    return {
      'churn-february': round(churn(isIn('month', '2025-02-01'))),
      'churn-march': round(churn(march)),
      'churn-march-organic': round(churn(both(march, isIn('channel', 'organic')))),
      'promo-share-of-march-cancellations': round((sum(rows, 'cancellations', both(march, isIn('channel', 'promo'))) / sum(rows, 'cancellations', march)) * 100),
    };
  },
};
