import { describe, expect, it } from 'vitest';
import { interleaveByDeck, isDue, planQueue, startOfDay } from './review-queue.js';
import { newSchedule, type CardSchedule, type CardStateId } from './scheduler.js';

// Noon UTC is the same calendar day in every zone from UTC-11 to UTC+11, where these tests may run.
const NOW = new Date('2026-03-10T12:00:00.000Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
const schedule = (state: CardStateId, due: Date): CardSchedule => ({ ...newSchedule(NOW), state, due, reps: 1 });

describe('isDue', () => {
  it('counts a review card due for its whole due day, a learning card only from its step', () => {
    const endOfDay = new Date(startOfDay(NOW).getTime() + 24 * 3_600_000);
    expect(isDue(schedule('review', new Date(endOfDay.getTime() - 1)), NOW)).toBe(true);
    expect(isDue(schedule('review', endOfDay), NOW)).toBe(false);
    expect(isDue(schedule('learning', at(0)), NOW)).toBe(true);
    expect(isDue(schedule('relearning', at(0.1)), NOW)).toBe(false);
    expect(isDue(newSchedule(at(5)), NOW)).toBe(true);
  });
});

describe('interleaveByDeck', () => {
  it('deals one card from each deck in turn, keeping each deck in order', () => {
    const cards = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2'].map((id) => ({ id, deck: id.charAt(0) }));
    expect(interleaveByDeck(cards).map((c) => c.id)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });
});

describe('planQueue', () => {
  const cards = ['n1', 'd-late', 'n2', 'd-early', 'later', 'n3', 'learning-soon'].map((id) => ({ id }));
  const schedules = new Map<string, CardSchedule>([
    ['d-late', schedule('review', at(-1))],
    ['d-early', schedule('review', at(-30))],
    ['later', schedule('review', at(48))],
    ['learning-soon', schedule('learning', at(0.25))],
  ]);

  it('puts due cards first by due date, then new cards up to the allowance, and names the next due time', () => {
    const plan = planQueue({ cards, schedules, now: NOW, newRemaining: 2, limit: 50 });
    expect(plan.items.map((i) => i.card.id)).toEqual(['d-early', 'd-late', 'n1', 'n2']);
    expect(plan.items.map((i) => i.schedule?.state ?? null)).toEqual(['review', 'review', null, null]);
    expect([plan.due, plan.new]).toEqual([2, 2]);
    expect(plan.nextDue).toEqual(at(0.25));
  });

  it('applies the limit after ordering and never goes below zero new cards', () => {
    expect(planQueue({ cards, schedules, now: NOW, newRemaining: 5, limit: 3 }).items.map((i) => i.card.id)).toEqual(['d-early', 'd-late', 'n1']);
    const none = planQueue({ cards, schedules, now: NOW, newRemaining: -4, limit: 50 });
    expect(none.items.map((i) => i.card.id)).toEqual(['d-early', 'd-late']);
    expect(none.new).toBe(0);
  });
});
