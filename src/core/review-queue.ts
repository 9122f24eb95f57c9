/**
 * Which cards to study now: due cards first, earliest due first, then new cards up to what is left of
 * the day's new-card allowance. Pure: the schedules and the clock come in.
 *
 * @example
 * const plan = planQueue({ cards, schedules, now, newRemaining: 20, limit: 50 });
 */
import type { CardSchedule } from './scheduler.js';

/** The daily allowance of cards seen for the first time. */
export const NEW_CARDS_PER_DAY = { default: 20, min: 0, max: 500 } as const;
/** How many cards one queue request returns. */
export const QUEUE_LIMIT = { default: 50, max: 500 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Local midnight: a study day is the person's calendar day, where the process runs. */
export function startOfDay(now: Date): Date {
  const day = new Date(now.getTime());
  day.setHours(0, 0, 0, 0);
  return day;
}

/**
 * A review card counts as due for its whole due day, like Anki, so a card scheduled for 21:00 can be
 * studied in the morning; a card in (re)learning waits for its minute-level step.
 */
export function isDue(schedule: CardSchedule, now: Date): boolean {
  if (schedule.state === 'new') return true;
  if (schedule.state === 'review') return schedule.due.getTime() < startOfDay(now).getTime() + DAY_MS;
  return schedule.due.getTime() <= now.getTime();
}

/** Deals cards from each deck in turn, so a day's new cards span every topic rather than the first deck. */
export function interleaveByDeck<T extends { deck: string }>(cards: readonly T[]): T[] {
  const decks = new Map<string, T[]>();
  for (const card of cards) {
    const list = decks.get(card.deck) ?? [];
    list.push(card);
    decks.set(card.deck, list);
  }
  const out: T[] = [];
  const piles = [...decks.values()];
  for (let i = 0; out.length < cards.length; i++) {
    for (const pile of piles) {
      const card = pile[i];
      if (card) out.push(card);
    }
  }
  return out;
}

export interface QueueInput<T extends { id: string }> {
  /** The candidate cards, in the order new cards should be introduced. */
  cards: readonly T[];
  schedules: ReadonlyMap<string, CardSchedule>;
  now: Date;
  /** New cards still allowed today. */
  newRemaining: number;
  limit: number;
}

export interface QueuePlan<T> {
  items: Array<{ card: T; schedule: CardSchedule | null }>;
  /** Due cards among the candidates, before the limit. */
  due: number;
  /** New cards that may be studied today among the candidates, before the limit. */
  new: number;
  /** The earliest due time among scheduled candidates that are not due yet. */
  nextDue: Date | null;
}

export function planQueue<T extends { id: string }>(input: QueueInput<T>): QueuePlan<T> {
  const due: Array<{ card: T; schedule: CardSchedule; order: number }> = [];
  const fresh: T[] = [];
  let nextDue: Date | null = null;
  for (const [order, card] of input.cards.entries()) {
    const schedule = input.schedules.get(card.id);
    if (!schedule || schedule.state === 'new') {
      fresh.push(card);
    } else if (isDue(schedule, input.now)) {
      due.push({ card, schedule, order });
    } else if (!nextDue || schedule.due < nextDue) {
      nextDue = schedule.due;
    }
  }
  due.sort((a, b) => a.schedule.due.getTime() - b.schedule.due.getTime() || a.order - b.order);
  const allowedNew = fresh.slice(0, Math.max(0, input.newRemaining));
  const items = [
    ...due.map(({ card, schedule }) => ({ card, schedule: schedule as CardSchedule | null })),
    ...allowedNew.map((card) => ({ card, schedule: null })),
  ].slice(0, input.limit);
  return { items, due: due.length, new: allowedNew.length, nextDue };
}
