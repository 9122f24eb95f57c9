import type { CaseRow } from '../../src/content/case-csv.js';
import { both, count, isIn, median, nearestRank, pctChange, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// Page loads sampled from real-user monitoring, one week before and one week after an image CDN and
// lazy loading shipped. The fix cuts the image-bound middle of the distribution; slow mobile networks
// (the tail) barely move. A site-wide 10% discount ran during the "after" week.
const PAGES = [
  { name: 'home', share: 0.3, ms: 1500, rate: 0.035 },
  { name: 'search', share: 0.3, ms: 1800, rate: 0.045 },
  { name: 'product', share: 0.4, ms: 2200, rate: 0.06 },
] as const;
const PER_PERIOD = 850;

export const pageLoadImprovement: CaseGenerator = {
  slug: 'page-load-improvement',
  seed: 616,
  columns: ['period', 'page', 'device', 'load_ms', 'converted'],
  generate(random) {
    const rows: CaseRow[] = [];
    for (const period of ['before', 'after'] as const) {
      for (let i = 0; i < PER_PERIOD; i++) {
        const roll = random.next();
        const page = roll < 0.3 ? PAGES[0] : roll < 0.6 ? PAGES[1] : PAGES[2];
        const device = random.chance(0.56) ? 'mobile' : 'desktop';
        const slowNetwork = device === 'mobile' && random.chance(0.12);
        const cut = period === 'after' ? (device === 'desktop' ? 0.26 : 0.2) : 0;
        const body = page.ms * (device === 'mobile' ? 1.5 : 1) * random.skewed(6) * (1 - (slowNetwork ? 0.05 : cut));
        const load = Math.round(body * (slowNetwork ? 2.8 : 1));
        // Slower pages convert less; the discount week converts more regardless of speed.
        const speed = Math.max(0.4, 1 - 0.07 * (load / 1000 - 2));
        const rate = page.rate * (device === 'mobile' ? 0.7 : 1) * speed * (period === 'after' ? 1.12 : 1);
        rows.push({ period, page: page.name, device, load_ms: load, converted: random.chance(rate) ? 1 : 0 });
      }
    }
    return rows;
  },
  answers(rows) {
    const loads = (where: Where) => rows.filter(where).map((r) => Number(r.load_ms));
    const before = isIn('period', 'before');
    const after = isIn('period', 'after');
    const mobile = isIn('device', 'mobile');
    const conversion = (where: Where) => (sum(rows, 'converted', where) / count(rows, where)) * 100;
    return {
      'median-before': round(median(loads(before)), 1),
      'median-change': round(pctChange(median(loads(before)), median(loads(after)))),
      'p95-change': round(pctChange(nearestRank(loads(before), 95), nearestRank(loads(after), 95))),
      'mobile-median-change': round(pctChange(median(loads(both(before, mobile))), median(loads(both(after, mobile))))),
      'conversion-change': round(conversion(after) - conversion(before)),
    };
  },
};
