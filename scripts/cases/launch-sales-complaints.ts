import type { CaseRow } from '../../src/content/case-csv.js';
import { both, dates, isIn, pctChange, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// Weekly orders, revenue and complaints per category, June 2024 to November 2025. The launch is on
// 2025-10-06. The windows: 8 weeks before and 8 weeks after, and the same weeks a year earlier.
const WEEKS = dates('2024-06-03', 78, 7);
const LAUNCH = '2025-10-06';
const PRE = WEEKS.filter((w) => w >= '2025-08-11' && w < LAUNCH);
const POST = WEEKS.filter((w) => w >= LAUNCH);
const PRE_LY = WEEKS.filter((w) => w >= '2024-08-12' && w <= '2024-09-30');
const POST_LY = WEEKS.filter((w) => w >= '2024-10-07' && w <= '2024-11-25');

const CATEGORIES = [
  // name, base weekly orders, average order value, complaint rate, how much Q4 gifting lifts it, launch effect on complaints
  { name: 'furniture', orders: 900, aov: 410, rate: 0.055, gifting: 0.05, complaintEffect: 0.6 },
  { name: 'kitchen', orders: 2600, aov: 86, rate: 0.022, gifting: 0.1, complaintEffect: 0.68 },
  { name: 'decor', orders: 2100, aov: 47, rate: 0.011, gifting: 0.2, complaintEffect: 0.8 },
] as const;

/** Q4 ramp: flat until 1 October, rising to the peak in the last week of November. */
function season(week: string, gifting: number): number {
  const month = Number(week.slice(5, 7));
  const day = Number(week.slice(8, 10));
  const dayOfYear = (month - 1) * 30.5 + day;
  const ramp = Math.max(0, Math.min(1, (dayOfYear - 274) / 57));
  const summer = month === 7 || month === 8 ? -0.03 : 0;
  return 1 + summer + ramp * (0.04 + gifting);
}

const inWeeks = (weeks: readonly string[]): Where => isIn('week', ...weeks);

export const launchSalesComplaints: CaseGenerator = {
  slug: 'launch-sales-complaints',
  seed: 20251006,
  columns: ['week', 'category', 'orders', 'revenue', 'complaints'],
  generate(random) {
    const rows: CaseRow[] = [];
    const previousOrders = new Map<string, number>();
    WEEKS.forEach((week, index) => {
      const postIndex = POST.indexOf(week);
      // Novelty: the launch adds 22% in its first week, fading by 2.4 points a week.
      const lift = postIndex < 0 ? 0 : 0.22 - 0.024 * postIndex;
      for (const c of CATEGORIES) {
        const trend = 1 + 0.0028 * index;
        const orders = random.count(c.orders * trend * season(week, c.gifting) * (1 + lift));
        const revenue = Math.round(orders * c.aov * (1 + 0.03 * random.normal()));
        // Complaints arrive with a lag: 60% about this week's orders, 40% about last week's.
        const exposed = 0.6 * orders + 0.4 * (previousOrders.get(c.name) ?? orders);
        const rate = c.rate * (postIndex < 0 ? 1 : c.complaintEffect);
        rows.push({ week, category: c.name, orders, revenue, complaints: random.count(exposed * rate) });
        previousOrders.set(c.name, orders);
      }
    });
    hitHeadline(rows);
    return rows;
  },
  answers(rows) {
    const pre = inWeeks(PRE);
    const post = inWeeks(POST);
    const rate = (where: Where) => sum(rows, 'complaints', where) / sum(rows, 'orders', where);
    const furniture = isIn('category', 'furniture');
    const yoy = (weeks: readonly string[], lastYear: readonly string[]) => pctChange(sum(rows, 'revenue', inWeeks(lastYear)), sum(rows, 'revenue', inWeeks(weeks)));
    return {
      'orders-change': round(pctChange(sum(rows, 'orders', pre), sum(rows, 'orders', post))),
      'complaint-rate-change': round(pctChange(rate(pre), rate(post))),
      'last-year-growth': round(pctChange(sum(rows, 'revenue', inWeeks(PRE_LY)), sum(rows, 'revenue', inWeeks(POST_LY)))),
      'furniture-rate-change': round(pctChange(rate(both(pre, furniture)), rate(both(post, furniture)))),
      'yoy-first-4': round(yoy(POST.slice(0, 4), POST_LY.slice(0, 4))),
      'yoy-last-4': round(yoy(POST.slice(4), POST_LY.slice(4))),
    };
  },
};

/**
 * The dashboard in the case says +25% revenue and -15% complaints exactly: scale the post-launch
 * revenue and complaints by the small factor that gets there, then settle the rounding on one row.
 */
function hitHeadline(rows: CaseRow[]): void {
  const pre = rows.filter((r) => PRE.includes(r.week as string));
  const post = rows.filter((r) => POST.includes(r.week as string));
  settle(pre, post, 'revenue', 5, 4);
  settle(pre, post, 'complaints', 17, 20);
}

/** Makes sum(post) / sum(pre) exactly `numerator / denominator`. */
function settle(pre: CaseRow[], post: CaseRow[], column: string, numerator: number, denominator: number): void {
  const total = (rows: CaseRow[]) => rows.reduce((s, r) => s + Number(r[column]), 0);
  const largest = (rows: CaseRow[]) => rows.reduce((a, b) => (Number(b[column]) > Number(a[column]) ? b : a));
  const first = largest(pre);
  first[column] = Number(first[column]) - (total(pre) % denominator);
  const target = (total(pre) / denominator) * numerator;
  const factor = target / total(post);
  for (const row of post) row[column] = Math.round(Number(row[column]) * factor);
  const last = largest(post);
  last[column] = Number(last[column]) + target - total(post);
}
