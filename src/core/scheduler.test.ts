import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { intervalLabel, newSchedule, previewReview, scheduleReview, type CardSchedule, type RatingId } from './scheduler.js';

const START = new Date('2026-01-05T12:00:00.000Z');
const noFuzz = (desiredRetention = 0.9) => ({ desiredRetention, fuzz: false });

/** Answers a new card with each rating in turn, each exactly when it comes due. */
function run(ratings: RatingId[], desiredRetention = 0.9): CardSchedule[] {
  let card = newSchedule(START);
  let now = START;
  return ratings.map((rating) => {
    card = scheduleReview(card, rating, now, noFuzz(desiredRetention));
    now = card.due;
    return card;
  });
}

describe('scheduleReview (fuzz off, fixed dates)', () => {
  it('schedules a new card by its first rating: learning steps for Again/Hard/Good, days for Easy', () => {
    const card = newSchedule(START);
    expect(card).toMatchObject({ state: 'new', reps: 0, lapses: 0, due: START, lastReview: null });
    const due = (rating: RatingId) => scheduleReview(card, rating, START, noFuzz());
    expect(due('again')).toMatchObject({ state: 'learning', due: new Date('2026-01-05T12:01:00.000Z'), scheduledDays: 0, reps: 1 });
    expect(due('hard')).toMatchObject({ state: 'learning', due: new Date('2026-01-05T12:06:00.000Z'), scheduledDays: 0 });
    expect(due('good')).toMatchObject({ state: 'learning', due: new Date('2026-01-05T12:10:00.000Z'), scheduledDays: 0 });
    expect(due('easy')).toMatchObject({ state: 'review', due: new Date('2026-01-13T12:00:00.000Z'), scheduledDays: 8 });
  });

  it('follows a sequence of ratings to exact due dates, with a lapse', () => {
    const seen = run(['good', 'good', 'good', 'again', 'good', 'hard', 'easy']);
    expect(seen.map((c) => [c.state, c.due.toISOString(), c.scheduledDays, c.reps, c.lapses])).toEqual([
      ['learning', '2026-01-05T12:10:00.000Z', 0, 1, 0],
      ['review', '2026-01-07T12:10:00.000Z', 2, 2, 0],
      ['review', '2026-01-18T12:10:00.000Z', 11, 3, 0],
      ['relearning', '2026-01-18T12:20:00.000Z', 0, 4, 1],
      ['review', '2026-01-20T12:20:00.000Z', 2, 5, 1],
      ['review', '2026-01-24T12:20:00.000Z', 4, 6, 1],
      ['review', '2026-02-05T12:20:00.000Z', 12, 7, 1],
    ]);
    expect(seen[2]?.lastReview).toEqual(new Date('2026-01-07T12:10:00.000Z'));
  });

  it('gives shorter intervals for a higher desired retention', () => {
    const days = (retention: number) => run(['good', 'good', 'good'], retention).map((c) => c.scheduledDays);
    expect(days(0.8)).toEqual([0, 8, 76]);
    expect(days(0.9)).toEqual([0, 2, 11]);
    expect(days(0.95)).toEqual([0, 1, 3]);
  });

  it('refuses a desired retention outside 0.7-0.99', () => {
    const card = newSchedule(START);
    expect(() => scheduleReview(card, 'good', START, noFuzz(0.5))).toThrow(InvalidInputError);
    expect(() => scheduleReview(card, 'good', START, noFuzz(1))).toThrow('desired retention must be from 0.7 to 0.99, got 1');
  });
});

describe('previewReview', () => {
  it('previews exactly what each rating schedules, fuzz off', () => {
    const card = run(['good', 'good'])[1] as CardSchedule;
    const at = card.due;
    const preview = previewReview(card, at, noFuzz());
    for (const rating of ['again', 'hard', 'good', 'easy'] as const) {
      expect(preview[rating]).toEqual(scheduleReview(card, rating, at, noFuzz()));
    }
    expect([preview.again.state, preview.hard.scheduledDays, preview.good.scheduledDays, preview.easy.scheduledDays]).toEqual(['relearning', 8, 11, 19]);
  });

  it('with fuzz on, seeds the spread from the card, so the preview matches the review made later', () => {
    const params = { desiredRetention: 0.9, fuzz: true, seed: 'cap-theorem' };
    const card = newSchedule(START);
    const shown = previewReview(card, START, params).easy;
    const answered = scheduleReview(card, 'easy', new Date(START.getTime() + 90_000), params);
    expect(answered.scheduledDays).toBe(shown.scheduledDays);
    const other = scheduleReview(card, 'easy', START, { ...params, seed: 'sharding' });
    expect([shown.scheduledDays, other.scheduledDays]).toEqual([7, 10]);
  });
});

describe('intervalLabel', () => {
  const at = (ms: number) => new Date(START.getTime() + ms);
  it('labels intervals the way the rating buttons show them', () => {
    expect(intervalLabel(START, at(0))).toBe('1m');
    expect(intervalLabel(START, at(10 * 60_000))).toBe('10m');
    expect(intervalLabel(START, at(3 * 3_600_000))).toBe('3h');
    expect(intervalLabel(START, at(8 * 86_400_000))).toBe('8d');
    expect(intervalLabel(START, at(75 * 86_400_000))).toBe('2.5mo');
    expect(intervalLabel(START, at(60 * 86_400_000))).toBe('2mo');
    expect(intervalLabel(START, at(438 * 86_400_000))).toBe('1.2y');
  });
});
