/**
 * Spaced repetition: a pure wrapper around ts-fsrs. Time comes in as an argument, fuzz is seeded from
 * the card id (never the clock), so a preview shown on a button is exactly what that rating schedules.
 *
 * @example
 * const card = newSchedule(now);
 * const next = scheduleReview(card, 'good', now, { desiredRetention: 0.9, fuzz: false });
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  GenSeedStrategyWithCardId,
  Rating,
  State,
  StrategyMode,
  type Card,
  type FSRS,
  type Grade,
} from 'ts-fsrs';
import { InvalidInputError } from './errors.js';

/** The four answers a person gives; `key` is the shortcut in the web app and the terminal. */
export const RATINGS = [
  { id: 'again', title: 'Again', key: '1', grade: Rating.Again },
  { id: 'hard', title: 'Hard', key: '2', grade: Rating.Hard },
  { id: 'good', title: 'Good', key: '3', grade: Rating.Good },
  { id: 'easy', title: 'Easy', key: '4', grade: Rating.Easy },
] as const;

export type RatingId = (typeof RATINGS)[number]['id'];
export const RATING_IDS = RATINGS.map((r) => r.id) as [RatingId, ...RatingId[]];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateId = (typeof CARD_STATES)[number];

/** The share of cards a person wants to still recall when each comes due. */
export const DESIRED_RETENTION = { default: 0.9, min: 0.7, max: 0.99 } as const;

/** A card's memory state and schedule (ts-fsrs's Card, in camelCase with a closed state name). */
export interface CardSchedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateId;
  lastReview: Date | null;
}

export interface SchedulerParams {
  desiredRetention: number;
  /** Spreads review intervals a little so cards learned together do not stay together. Off in tests. */
  fuzz: boolean;
  /** Seeds the fuzz; the card id, so the same card and review count always get the same spread. */
  seed?: string;
}

const STATE_OF: Record<State, CardStateId> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const FSRS_STATE: Record<CardStateId, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

const schedulers = new Map<string, FSRS>();

function schedulerFor(params: SchedulerParams): FSRS {
  const { desiredRetention, fuzz } = params;
  if (!(desiredRetention >= DESIRED_RETENTION.min && desiredRetention <= DESIRED_RETENTION.max)) {
    throw new InvalidInputError(`desired retention must be from ${DESIRED_RETENTION.min} to ${DESIRED_RETENTION.max}, got ${desiredRetention}`);
  }
  const key = `${desiredRetention}|${fuzz}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: fuzz }));
    scheduler.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('seed'));
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/** A card never reviewed, due now. */
export function newSchedule(now: Date): CardSchedule {
  return fromFsrs(createEmptyCard(now));
}

/** The schedule after answering `card` with `rating` at `now`. */
export function scheduleReview(card: CardSchedule, rating: RatingId, now: Date, params: SchedulerParams): CardSchedule {
  const next = schedulerFor(params).next(toFsrs(card, params.seed), now, gradeOf(rating));
  return fromFsrs(next.card);
}

/** What each rating would schedule, in RATINGS order. */
export function previewReview(card: CardSchedule, now: Date, params: SchedulerParams): Record<RatingId, CardSchedule> {
  const preview = schedulerFor(params).repeat(toFsrs(card, params.seed), now);
  return Object.fromEntries(RATINGS.map((r) => [r.id, fromFsrs(preview[r.grade].card)])) as Record<RatingId, CardSchedule>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long from `from` to `to`, the way Anki labels its buttons: 1m, 10m, 3h, 4d, 2.5mo, 1.2y. */
export function intervalLabel(from: Date, to: Date): string {
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

function gradeOf(rating: RatingId): Grade {
  const found = RATINGS.find((r) => r.id === rating);
  if (!found) throw new InvalidInputError(`unknown rating "${String(rating)}"; give one of ${RATING_IDS.join(', ')}`);
  return found.grade;
}

function toFsrs(card: CardSchedule, seed = ''): Card & { seed: string } {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_STATE[card.state],
    last_review: card.lastReview ?? undefined,
    seed,
  };
}

function fromFsrs(card: Card): CardSchedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.state],
    lastReview: card.last_review ?? null,
  };
}
