import type { CaseRow } from '../../src/content/case-csv.js';
import { both, count, isIn, round, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';
import type { Random } from './random.js';

// Survey answers from two quarters of a B2B collaboration tool. Q3 brought a free-plan signup push, so
// many more new users answered, and new users score lower. Separately, established team-plan users
// took a price rise in July and some turned detractor.
const SEGMENTS = {
  new: { promoter: 0.3, detractor: 0.32, sessions: 4 },
  established: { promoter: 0.46, detractor: 0.15, sessions: 9 },
} as const;

function score(random: Random, promoter: number, detractor: number): number {
  const roll = random.next();
  if (roll < promoter) return random.chance(0.55) ? 9 : 10;
  if (roll < promoter + detractor) return random.pick([2, 3, 4, 5, 5, 6, 6, 6]);
  return random.chance(0.5) ? 7 : 8;
}

export const npsFellUsageRose: CaseGenerator = {
  slug: 'nps-fell-usage-rose',
  seed: 5,
  columns: ['quarter', 'tenure', 'plan', 'score', 'promoter', 'detractor', 'weekly_sessions'],
  generate(random) {
    const rows: CaseRow[] = [];
    const quarters = [
      { quarter: '2025-q2', responses: 560, newShare: 0.2 },
      { quarter: '2025-q3', responses: 720, newShare: 0.46 },
    ];
    for (const q of quarters) {
      for (let i = 0; i < q.responses; i++) {
        const tenure = random.chance(q.newShare) ? 'new' : 'established';
        const planRoll = random.next();
        const plan = tenure === 'new' ? (planRoll < 0.7 ? 'free' : planRoll < 0.95 ? 'team' : 'enterprise') : planRoll < 0.3 ? 'free' : planRoll < 0.75 ? 'team' : 'enterprise';
        const s = SEGMENTS[tenure];
        const priceRise = q.quarter === '2025-q3' && tenure === 'established' && plan === 'team';
        const value = score(random, priceRise ? s.promoter - 0.05 : s.promoter, priceRise ? s.detractor + 0.08 : s.detractor);
        const sessions = Math.max(0, Math.round(s.sessions * random.skewed(3)));
        rows.push({ quarter: q.quarter, tenure, plan, score: value, promoter: value >= 9 ? 1 : 0, detractor: value <= 6 ? 1 : 0, weekly_sessions: sessions });
      }
    }
    return rows;
  },
  answers(rows) {
    const nps = (where: Where) => ((count(rows, both(where, isIn('promoter', 1))) - count(rows, both(where, isIn('detractor', 1)))) / count(rows, where)) * 100;
    const q2 = isIn('quarter', '2025-q2');
    const q3 = isIn('quarter', '2025-q3');
    const established = isIn('tenure', 'established');
    const team = isIn('plan', 'team');
    return {
      'nps-q2': round(nps(q2)),
      'nps-q3': round(nps(q3)),
      'new-share-q3': round((count(rows, both(q3, isIn('tenure', 'new'))) / count(rows, q3)) * 100),
      'established-nps-q2': round(nps(both(q2, established))),
      'established-nps-q3': round(nps(both(q3, established))),
      'established-team-nps-change': round(nps(both(q3, established, team)) - nps(both(q2, established, team))),
    };
  },
};
