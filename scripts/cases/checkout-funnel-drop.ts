import type { CaseRow } from '../../src/content/case-csv.js';
import { both, dates, isIn, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// Four weeks of a food-delivery checkout funnel per day and platform. Android 7.4 starts rolling out
// on 15 March and breaks the card-authentication step for the users who get it.
const DAYS = dates('2025-03-01', 28);
const BEFORE = DAYS.slice(0, 14);
const AFTER = DAYS.slice(14);
const ROLLOUT = [0.2, 0.45, 0.7, 0.82, 0.88, 0.9, 0.92];

const PLATFORMS = [
  { name: 'ios', carts: 5200, address: 0.79, payment: 0.86, confirm: 0.9 },
  { name: 'android', carts: 4800, address: 0.77, payment: 0.85, confirm: 0.88 },
  { name: 'web', carts: 2600, address: 0.74, payment: 0.8, confirm: 0.87 },
] as const;

export const checkoutFunnelDrop: CaseGenerator = {
  slug: 'checkout-funnel-drop',
  seed: 315,
  columns: ['date', 'platform', 'cart', 'address', 'payment', 'confirmed'],
  generate(random) {
    const rows: CaseRow[] = [];
    DAYS.forEach((date, i) => {
      const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
      for (const p of PLATFORMS) {
        const cart = random.count(p.carts * (weekend ? 1.18 : 1));
        const address = random.binomial(cart, p.address);
        const payment = random.binomial(address, p.payment);
        const onNewVersion = p.name === 'android' && i >= 14 ? (ROLLOUT[i - 14] ?? 0.92) : 0;
        const confirmRate = p.confirm * (1 - onNewVersion) + 0.66 * onNewVersion;
        rows.push({ date, platform: p.name, cart, address, payment, confirmed: random.binomial(payment, confirmRate) });
      }
    });
    return rows;
  },
  answers(rows) {
    const within = (days: readonly string[], ...platforms: string[]): Where => both(isIn('date', ...days), platforms.length ? isIn('platform', ...platforms) : () => true);
    const conversion = (where: Where) => (sum(rows, 'confirmed', where) / sum(rows, 'cart', where)) * 100;
    const paymentRate = (where: Where) => sum(rows, 'confirmed', where) / sum(rows, 'payment', where);
    const androidBefore = within(BEFORE, 'android');
    const androidAfter = within(AFTER, 'android');
    return {
      'conversion-before': round(conversion(within(BEFORE))),
      'conversion-after': round(conversion(within(AFTER))),
      'android-payment-after': round(paymentRate(androidAfter) * 100),
      'lost-orders-per-day': round(((paymentRate(androidBefore) - paymentRate(androidAfter)) * sum(rows, 'payment', androidAfter)) / AFTER.length, 0),
    };
  },
};
