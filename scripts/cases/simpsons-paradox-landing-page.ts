import type { CaseRow } from '../../src/content/case-csv.js';
import { both, dates, isIn, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// April's two landing pages. Marketing routed traffic by campaign, not at random: page A got mostly
// search visitors, page B mostly paid-social visitors, who sign up far less often. B converts better
// within every channel and worse overall.
const DAYS = dates('2025-04-01', 30);
const TRAFFIC = {
  a: { search: { visitors: 2000, rate: 0.06 }, social: { visitors: 300, rate: 0.015 }, email: { visitors: 400, rate: 0.09 } },
  b: { search: { visitors: 300, rate: 0.066 }, social: { visitors: 2200, rate: 0.018 }, email: { visitors: 400, rate: 0.095 } },
} as const;

export const simpsonsParadoxLandingPage: CaseGenerator = {
  slug: 'simpsons-paradox-landing-page',
  seed: 401,
  columns: ['date', 'page', 'channel', 'visitors', 'signups'],
  generate(random) {
    const rows: CaseRow[] = [];
    for (const date of DAYS) {
      for (const page of ['a', 'b'] as const) {
        for (const channel of ['search', 'social', 'email'] as const) {
          const t = TRAFFIC[page][channel];
          const visitors = random.count(t.visitors);
          rows.push({ date, page, channel, visitors, signups: random.binomial(visitors, t.rate) });
        }
      }
    }
    return rows;
  },
  answers(rows) {
    const rate = (where: Where) => (sum(rows, 'signups', where) / sum(rows, 'visitors', where)) * 100;
    const page = (p: string, channel?: string) => both(isIn('page', p), channel ? isIn('channel', channel) : () => true);
    return {
      'overall-a': round(rate(page('a'))),
      'overall-b': round(rate(page('b'))),
      'social-difference': round(rate(page('b', 'social')) - rate(page('a', 'social'))),
      'search-difference': round(rate(page('b', 'search')) - rate(page('a', 'search'))),
      'b-social-share': round((sum(rows, 'visitors', page('b', 'social')) / sum(rows, 'visitors', page('b'))) * 100),
    };
  },
};
