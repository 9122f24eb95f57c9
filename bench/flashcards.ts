import { openTestApp } from '../src/app/testing.js';
import type { RatingId } from '../src/core/scheduler.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

const REVIEWS = 1_000;
// Mostly recalled, some lapses: the mix a steady learner logs.
const RATINGS: RatingId[] = ['good', 'good', 'again', 'good', 'easy', 'hard', 'good', 'good', 'again', 'good'];

/** The review queue, overview and one review on the shipped 170 cards after 1,000 logged reviews. */
export async function benchFlashcards(): Promise<BenchRow[]> {
  let time = Date.parse('2026-01-05T08:00:00.000Z');
  const app = await openTestApp({ now: () => new Date(time) });
  try {
    const cards = app.content.flashcards;
    for (let i = 0; i < REVIEWS; i++) {
      const card = cards[i % cards.length];
      if (card) await app.flashcards.review(card.id, { rating: RATINGS[i % RATINGS.length] });
      time += 37 * 60_000; // ~1,000 reviews over about 26 days
    }
    const queue = await timeRuns(() => app.flashcards.queue(), 200, 20);
    const overview = await timeRuns(() => app.flashcards.overview(), 100, 10);
    let next = 0;
    const review = await timeRuns(() => app.flashcards.review(cards[next++ % cards.length]?.id ?? '', { rating: 'good' }), 100, 0);
    return [
      { name: `review queue p50 (${cards.length} cards, ${REVIEWS} reviews)`, value: percentile(queue, 50), unit: 'ms' },
      { name: 'review queue p99', value: percentile(queue, 99), unit: 'ms' },
      { name: 'overview (decks + stats) p50', value: percentile(overview, 50), unit: 'ms' },
      { name: 'record a review p50', value: percentile(review, 50), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}
