import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { flashcardOperations } from './flashcards.js';
import { openTestApp } from '../testing.js';

const START = '2026-03-02T12:00:00.000Z';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const FIRST_OF_EACH_DECK = [
  'rest-principles',
  'nines-table-per-year',
  'relational-vs-nosql',
  'continuous-integration',
  'ab-test-design-elements',
  'rice-scoring',
  'north-star-metric',
  'load-balancer-what-it-does',
];

let app: Awaited<ReturnType<typeof openTestApp>>;
let time: number;
let cards: ReturnType<typeof flashcardOperations>;
const iso = (ms: number) => new Date(ms).toISOString();
const advance = (ms: number) => (time += ms);

beforeEach(async () => {
  time = Date.parse(START);
  app = await openTestApp({ now: () => new Date(time) });
  cards = flashcardOperations({ db: app.db, content: app.content, now: () => new Date(time), fuzz: false });
});
afterEach(() => app.close());

describe('flashcards: decks and queue', () => {
  it('starts with every card new and 20 of them offered today, dealt across the decks', async () => {
    const overview = await cards.overview();
    expect(overview.totals).toEqual({ total: 170, new: 170, newToday: 20, due: 0, learning: 0, learned: 0 });
    expect(overview.decks.map((d) => [d.id, d.total, d.new, d.due, d.learned])).toEqual([
      ['apis-and-protocols', 21, 21, 0, 0],
      ['availability-and-latency', 21, 21, 0, 0],
      ['data-stores', 21, 21, 0, 0],
      ['delivery-practices', 21, 21, 0, 0],
      ['experimentation', 21, 21, 0, 0],
      ['prioritization-and-planning', 16, 16, 0, 0],
      ['product-metrics', 21, 21, 0, 0],
      ['system-design-building-blocks', 28, 28, 0, 0],
    ]);
    expect(overview.settings).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 });

    const queue = await cards.queue();
    expect(queue.cards).toHaveLength(20);
    expect(queue.cards.slice(0, 8).map((c) => c.id)).toEqual(FIRST_OF_EACH_DECK);
    expect([queue.due, queue.new, queue.newCardsPerDay, queue.newIntroducedToday, queue.nextDue]).toEqual([0, 20, 20, 0, null]);
    const first = queue.cards[0];
    expect(first).toMatchObject({ id: 'rest-principles', deckTitle: 'APIs and protocols', state: 'new', due: null, reps: 0 });
    expect(first?.options).toEqual([
      { rating: 'again', title: 'Again', key: '1', due: iso(time + MINUTE), interval: '1m' },
      { rating: 'hard', title: 'Hard', key: '2', due: iso(time + 6 * MINUTE), interval: '6m' },
      { rating: 'good', title: 'Good', key: '3', due: iso(time + 10 * MINUTE), interval: '10m' },
      { rating: 'easy', title: 'Easy', key: '4', due: iso(time + 8 * DAY), interval: '8d' },
    ]);
  });

  it('filters by deck and area, and names the decks when one is unknown', async () => {
    const deck = await cards.queue({ deck: 'experimentation', limit: '5' });
    expect(deck.cards.map((c) => c.deck)).toEqual(Array(5).fill('experimentation'));
    expect(deck.new).toBe(20);
    const area = await cards.queue({ area: 'metrics' });
    expect(area.cards.every((c) => c.areas.includes('metrics'))).toBe(true);
    await expect(cards.queue({ deck: 'astrology' })).rejects.toThrow(NotFoundError);
    await expect(cards.queue({ deck: 'astrology' })).rejects.toThrow('no flashcard deck "astrology"; the decks are: apis-and-protocols, availability-and-latency,');
    await expect(cards.queue({ area: 'astrology' })).rejects.toThrow(InvalidInputError);
    await expect(cards.queue({ limit: 501 })).rejects.toThrow('invalid review queue query: limit: limit is at most 500 cards');
  });
});

describe('flashcards: review', () => {
  it('records a rating, returns the next due date, and brings the card back when it is due', async () => {
    const result = await cards.review('rest-principles', { rating: 'good' });
    expect(result).toEqual({ cardId: 'rest-principles', rating: 'good', state: 'learning', due: iso(time + 10 * MINUTE), interval: '10m', reviewedAt: START });

    let queue = await cards.queue();
    expect(queue.cards.map((c) => c.id)).not.toContain('rest-principles');
    expect([queue.due, queue.new, queue.newIntroducedToday, queue.nextDue]).toEqual([0, 19, 1, iso(time + 10 * MINUTE)]);
    expect((await cards.decks()).totals).toEqual({ total: 170, new: 169, newToday: 19, due: 0, learning: 1, learned: 0 });

    advance(10 * MINUTE);
    queue = await cards.queue();
    expect(queue.cards[0]).toMatchObject({ id: 'rest-principles', state: 'learning', due: iso(time), reps: 1 });
    expect(queue.cards[0]?.options.map((o) => o.interval)).toEqual(['1m', '6m', '2d', '4d']);
    const graduated = await cards.review('rest-principles', { rating: 3 });
    expect(graduated).toMatchObject({ state: 'review', due: iso(time + 2 * DAY), interval: '2d' });

    const rows = await app.db.kysely.selectFrom('reviews').select(['card_id', 'rating', 'state_before', 'state_after', 'due_after', 'scheduled_days']).orderBy('id').execute();
    expect(rows).toEqual([
      { card_id: 'rest-principles', rating: 'good', state_before: 'new', state_after: 'learning', due_after: iso(Date.parse(START) + 10 * MINUTE), scheduled_days: 0 },
      { card_id: 'rest-principles', rating: 'good', state_before: 'learning', state_after: 'review', due_after: iso(time + 2 * DAY), scheduled_days: 2 },
    ]);
    const decks = await cards.decks();
    expect(decks.totals).toEqual({ total: 170, new: 169, newToday: 19, due: 0, learning: 0, learned: 1 });
  });

  it('refuses unknown cards and ratings', async () => {
    await expect(cards.review('nope', { rating: 'good' })).rejects.toThrow(NotFoundError);
    await expect(cards.review('rest-principles', { rating: 'meh' })).rejects.toThrow(InvalidInputError);
    await expect(cards.review('rest-principles', { rating: 5 })).rejects.toThrow(/^invalid review: rating: /);
    await expect(cards.review('rest-principles', {})).rejects.toThrow(InvalidInputError);
  });

  it('keeps to the daily new-card limit and renews it the next day', async () => {
    await cards.settings.set({ newCardsPerDay: 2 });
    let queue = await cards.queue();
    expect(queue.cards.map((c) => c.id)).toEqual(['rest-principles', 'nines-table-per-year']);
    for (const card of queue.cards) await cards.review(card.id, { rating: 'easy' });
    queue = await cards.queue();
    expect([queue.cards.length, queue.new, queue.newIntroducedToday]).toEqual([0, 0, 2]);
    expect((await cards.decks()).totals).toMatchObject({ new: 168, newToday: 0, learned: 2 });

    advance(DAY);
    queue = await cards.queue();
    expect(queue.cards.map((c) => c.id)).toEqual(['relational-vs-nosql', 'continuous-integration']);
    advance(7 * DAY);
    queue = await cards.queue();
    expect(queue.cards.map((c) => [c.id, c.state])).toEqual([
      ['rest-principles', 'review'],
      ['nines-table-per-year', 'review'],
      ['relational-vs-nosql', 'new'],
      ['continuous-integration', 'new'],
    ]);
    expect(queue.due).toBe(2);
  });

  it('gives shorter intervals once the desired retention is raised', async () => {
    const easy = async () => (await cards.queue({ limit: 1 })).cards[0]?.options[3]?.interval;
    expect(await easy()).toBe('8d');
    expect(await cards.settings.set({ desiredRetention: 0.97 })).toEqual({ desiredRetention: 0.97, newCardsPerDay: 20 });
    expect(await easy()).toBe('2d');
    await expect(cards.settings.set({ desiredRetention: 0.5 })).rejects.toThrow('invalid flashcard settings: desiredRetention: desired retention is at least 0.7 (70% of cards recalled when due)');
    await expect(cards.settings.set({ newCardsPerDay: 1000 })).rejects.toThrow('newCardsPerDay: new cards per day is limited to 500');
    await expect(cards.settings.set({})).rejects.toThrow('invalid flashcard settings: give desiredRetention, newCardsPerDay or both');
  });
});

describe('flashcards: stats', () => {
  it('counts reviews today, retention on review cards over 30 days, and cards learned per area', async () => {
    expect(await cards.stats()).toMatchObject({ reviewsToday: 0, retention: { days: 30, reviews: 0, recalled: 0, rate: null }, learned: 0, total: 170 });
    await cards.review('rest-principles', { rating: 'easy' }); // technical-skills
    await cards.review('north-star-metric', { rating: 'easy' });
    await cards.review('rice-scoring', { rating: 'again' }); // learning: not counted in retention
    advance(8 * DAY);
    await cards.review('rest-principles', { rating: 'again' });
    await cards.review('north-star-metric', { rating: 'good' });
    const stats = await cards.stats();
    expect(stats).toMatchObject({ reviewsToday: 2, retention: { days: 30, reviews: 2, recalled: 1, rate: 0.5 }, learned: 1, total: 170 });
    const northStar = app.content.flashcards.find((c) => c.id === 'north-star-metric');
    for (const area of stats.areas) {
      expect(area.learned).toBe(northStar?.areas.includes(area.id) ? 1 : 0);
      expect(area.total).toBe(app.content.flashcards.filter((c) => c.areas.includes(area.id)).length);
    }
    advance(31 * DAY);
    expect((await cards.stats()).retention).toEqual({ days: 30, reviews: 0, recalled: 0, rate: null });
  });

  it('is wired into the app with fuzz on, and a review through it lands in the same store', async () => {
    const result = await app.flashcards.review('cap-theorem', { rating: 'good' });
    expect(result.interval).toBe('10m');
    expect((await cards.decks()).totals.new).toBe(169);
  });
});
