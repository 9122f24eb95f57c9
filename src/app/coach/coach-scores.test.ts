import { describe, expect, it } from 'vitest';
import { coachOn } from '../testing.js';

/**
 * The overall score and every dimension, pinned on fixed answers: a change to any rule that moves
 * them fails here, so it is made on purpose and checked against `npm run eval:coach`.
 */
const scores = (questionId: string, text: string) => {
  const a = coachOn(questionId, text);
  return { score: a.score, ...Object.fromEntries(a.dimensions.map((d) => [d.id, d.score])) };
};

describe('pinned scores', () => {
  it('a strong data-driven decision story', () => {
    const text =
      'At a consumer finance app in 2023, security wanted two-factor authentication mandatory at signup and growth feared losing signups. I owned the recommendation to the product lead. ' +
      'I ran a two-week A/B test on 20% of new signups with signup completion as the primary metric and support contacts as a guardrail, and I checked that both groups matched on platform and channel. ' +
      'Completion dropped 1.8 points, significant at our sample size, but I segmented it and found the drop sat in one Android flow with a slow SMS code. ' +
      'The trade-off was security against growth, so instead of dropping 2FA I asked engineering to fix the SMS flow first. ' +
      'The retest showed a 0.4-point drop, we shipped mandatory 2FA, and account takeover reports fell by more than half that quarter. I learned to segment a surprising result before accepting it.';
    expect(scores('a-data-driven-decision', text)).toEqual({ score: 79, structure: 100, specificity: 100, ownership: 100, thinking: 100, collaboration: 70, depth: 100, delivery: 83, rubric: 60 });
  });

  it('a technical answer on caching', () => {
    const text =
      'I would split the page data by how fast it changes. Images and descriptions change weekly, so they sit behind the CDN with long TTLs and versioned URLs. ' +
      'Product objects go in Redis with cache-aside: on a miss the app reads the database and fills the cache. ' +
      'Price changes many times a day and a stale price is a trust problem, so I would invalidate the key in the same code path that writes the price. ' +
      'The trade-off is slower writes, which is fine because reads outnumber writes a hundred to one. ' +
      'Checkout always re-reads the price from the database, so a stale cache can show an old price but never charge one. I would watch hit rate, p95 latency and price mismatches at checkout.';
    expect(scores('caching-strategies', text)).toEqual({ score: 81, structure: 30, specificity: 100, thinking: 70, depth: 100, delivery: 74, rubric: 90 });
  });

  it('an estimate whose arithmetic holds', () => {
    const text =
      'Assume 100 million new links a month and 100 reads per link. A month is about 2.6 million seconds, so writes are 100 million / 2.6 million = about 40 per second. ' +
      'Reads are 100 times that, about 4,000 per second on average. With a peak factor of 3, plan for 12,000 reads per second, mostly from cache. The assumption I would check first is the read ratio.';
    expect(scores('estimate-url-shortener-qps', text)).toEqual({ score: 79, structure: 100, specificity: 100, thinking: 0, delivery: 83, rubric: 60 });
    // The same estimate with its division wrong by ten: flagged, Specifics falls, and the score is capped.
    const wrong = coachOn('estimate-url-shortener-qps', text.replace('= about 40 per second', '= about 400 per second'));
    expect([wrong.score, wrong.dimensions.find((d) => d.id === 'specificity')?.score, wrong.integrity.numbers.map((n) => n.kind)]).toEqual([45, 60, ['wrong-arithmetic']]);
  });
});
