import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { interleaveByDeck, isDue, planQueue, QUEUE_LIMIT, startOfDay } from '../../core/review-queue.js';
import {
  intervalLabel,
  newSchedule,
  previewReview,
  RATING_IDS,
  RATINGS,
  scheduleReview,
  type CardSchedule,
  type CardStateId,
  type RatingId,
} from '../../core/scheduler.js';
import { AREA_IDS, AREAS, type AreaId } from '../../core/taxonomy.js';
import type { Content, Flashcard } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import { ANKI_MEDIA_TYPE, ankiExport } from './anki-export.js';
import { flashcardSettingsOperations, type FlashcardSettings } from './flashcard-settings.js';
import { loadSchedules, saveReview } from './flashcard-store.js';
import { parseInput } from '../validate.js';

export type { FlashcardSettings } from './flashcard-settings.js';

/** Retention is measured over this many days of reviews. */
export const RETENTION_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export const queueQuerySchema = z.strictObject({
  deck: z.string().min(1).optional(),
  area: z.enum(AREA_IDS).optional(),
  limit: z.coerce.number().int().min(1).max(QUEUE_LIMIT.max, `limit is at most ${QUEUE_LIMIT.max} cards`).optional(),
});

export const reviewInputSchema = z.strictObject({
  rating: z.union([
    z.enum(RATING_IDS, { error: `rating is one of ${RATING_IDS.join(', ')} (or 1-4)` }),
    z.number().int().min(1).max(4).transform((n) => RATING_IDS[n - 1] as RatingId),
  ]),
});

export const exportQuerySchema = z.strictObject({ deck: z.string().min(1).optional() });

export interface DeckSummary {
  id: string;
  title: string;
  description: string;
  total: number;
  /** Never reviewed. */
  new: number;
  /** New cards you may start today, after the daily allowance. */
  newToday: number;
  due: number;
  /** In a (re)learning step that is not due yet: back within minutes or hours. */
  learning: number;
  /** Graduated to the review state. */
  learned: number;
}

export interface RatingOption {
  rating: RatingId;
  title: string;
  key: string;
  /** When the card comes back if you answer this. */
  due: string;
  interval: string;
}

export interface QueueCard extends Flashcard {
  deckTitle: string;
  state: CardStateId;
  due: string | null;
  reps: number;
  lapses: number;
  options: RatingOption[];
}

export interface ReviewQueue {
  cards: QueueCard[];
  due: number;
  new: number;
  newCardsPerDay: number;
  newIntroducedToday: number;
  /** When the next scheduled card (in this filter) comes due, if none is due now. */
  nextDue: string | null;
}

export interface ReviewResult {
  cardId: string;
  rating: RatingId;
  state: CardStateId;
  due: string;
  interval: string;
  reviewedAt: string;
}

export interface FlashcardStats {
  reviewsToday: number;
  retention: { days: number; reviews: number; recalled: number; rate: number | null };
  learned: number;
  total: number;
  areas: Array<{ id: AreaId; title: string; learned: number; total: number }>;
}

export interface FlashcardOverview {
  decks: DeckSummary[];
  totals: Omit<DeckSummary, 'id' | 'title' | 'description'>;
  stats: FlashcardStats;
  settings: FlashcardSettings;
}

export interface FlashcardDeps {
  db: Db;
  content: Content;
  now: () => Date;
  /** Fuzz spreads intervals; on by default, off where tests assert exact dates. */
  fuzz?: boolean;
}

export function flashcardOperations({ db, content, now, fuzz = true }: FlashcardDeps) {
  const settings = flashcardSettingsOperations(db, now);
  const cardById = new Map(content.flashcards.map((c) => [c.id, c]));
  const deckById = new Map(content.decks.map((d) => [d.id, d]));
  const introductionOrder = interleaveByDeck(content.flashcards);

  function requireDeck(id: string) {
    const deck = deckById.get(id);
    if (!deck) throw new NotFoundError(`no flashcard deck "${id}"; the decks are: ${content.decks.map((d) => d.id).join(', ')}`);
    return deck;
  }

  function requireCard(id: string): Flashcard {
    const card = cardById.get(id);
    if (!card) throw new NotFoundError(`no flashcard "${id}"; \`tpmprep flashcards list\` shows the decks, the review queue shows card ids`);
    return card;
  }

  async function newIntroducedSince(dayStart: Date): Promise<number> {
    const row = await db.kysely
      .selectFrom('reviews')
      .select((eb) => eb.fn.count<number>('card_id').distinct().as('n'))
      .where('state_before', '=', 'new')
      .where('reviewed_at', '>=', dayStart.toISOString())
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async function newAllowance(at: Date) {
    const [current, introduced] = await Promise.all([settings.get(), newIntroducedSince(startOfDay(at))]);
    return { settings: current, introduced, remaining: Math.max(0, current.newCardsPerDay - introduced) };
  }

  function options(schedule: CardSchedule, cardId: string, at: Date, desiredRetention: number): RatingOption[] {
    const preview = previewReview(schedule, at, { desiredRetention, fuzz, seed: cardId });
    return RATINGS.map((r) => ({ rating: r.id, title: r.title, key: r.key, due: preview[r.id].due.toISOString(), interval: intervalLabel(at, preview[r.id].due) }));
  }

  function queueCard(card: Flashcard, schedule: CardSchedule | null | undefined, at: Date, desiredRetention: number): QueueCard {
    const current = schedule ?? newSchedule(at);
    return {
      ...card,
      deckTitle: deckById.get(card.deck)?.title ?? card.deck,
      state: current.state,
      due: schedule ? schedule.due.toISOString() : null,
      reps: current.reps,
      lapses: current.lapses,
      options: options(current, card.id, at, desiredRetention),
    };
  }

  /** One card as a review shows it now, due or not: a card rated Again comes back in the same session. */
  async function card(id: string): Promise<QueueCard> {
    const found = requireCard(id);
    const at = now();
    const [schedules, current] = await Promise.all([loadSchedules(db), settings.get()]);
    return queueCard(found, schedules.get(id), at, current.desiredRetention);
  }

  /** Due cards first (earliest first), then new cards within today's allowance. */
  async function queue(raw: unknown = {}): Promise<ReviewQueue> {
    const input = parseInput(queueQuerySchema, raw, 'review queue query');
    if (input.deck) requireDeck(input.deck);
    const at = now();
    const [schedules, allowance] = await Promise.all([loadSchedules(db), newAllowance(at)]);
    const candidates = introductionOrder.filter((c) => (!input.deck || c.deck === input.deck) && (!input.area || c.areas.includes(input.area)));
    const plan = planQueue({ cards: candidates, schedules, now: at, newRemaining: allowance.remaining, limit: input.limit ?? QUEUE_LIMIT.default });
    return {
      cards: plan.items.map(({ card, schedule }) => queueCard(card, schedule, at, allowance.settings.desiredRetention)),
      due: plan.due,
      new: plan.new,
      newCardsPerDay: allowance.settings.newCardsPerDay,
      newIntroducedToday: allowance.introduced,
      nextDue: plan.nextDue?.toISOString() ?? null,
    };
  }

  /** Records an answer and returns when the card comes back. */
  async function review(cardId: string, raw: unknown): Promise<ReviewResult> {
    requireCard(cardId);
    const { rating } = parseInput(reviewInputSchema, raw, 'review');
    const at = now();
    const { desiredRetention } = await settings.get();
    const after = await saveReview(db, { cardId, rating, at }, (before) => scheduleReview(before ?? newSchedule(at), rating, at, { desiredRetention, fuzz, seed: cardId }));
    return { cardId, rating, state: after.state, due: after.due.toISOString(), interval: intervalLabel(at, after.due), reviewedAt: at.toISOString() };
  }

  async function decks(): Promise<{ decks: DeckSummary[]; totals: FlashcardOverview['totals'] }> {
    const at = now();
    const [schedules, allowance] = await Promise.all([loadSchedules(db), newAllowance(at)]);
    const summarize = (cards: readonly Flashcard[]) => {
      const unseen = cards.filter((c) => !schedules.has(c.id)).length;
      return {
        total: cards.length,
        new: unseen,
        newToday: Math.min(unseen, allowance.remaining),
        due: cards.filter((c) => {
          const s = schedules.get(c.id);
          return s !== undefined && isDue(s, at);
        }).length,
        learning: cards.filter((c) => {
          const s = schedules.get(c.id);
          return s !== undefined && s.state !== 'review' && !isDue(s, at);
        }).length,
        learned: cards.filter((c) => schedules.get(c.id)?.state === 'review').length,
      };
    };
    return {
      decks: content.decks.map((d) => ({ id: d.id, title: d.title, description: d.description, ...summarize(content.flashcards.filter((c) => c.deck === d.id)) })),
      totals: summarize(content.flashcards),
    };
  }

  async function stats(): Promise<FlashcardStats> {
    const at = now();
    const since = new Date(at.getTime() - RETENTION_WINDOW_DAYS * DAY_MS).toISOString();
    const [schedules, today, graded] = await Promise.all([
      loadSchedules(db),
      db.kysely.selectFrom('reviews').select((eb) => eb.fn.countAll<number>().as('n')).where('reviewed_at', '>=', startOfDay(at).toISOString()).executeTakeFirst(),
      // Recall is only measured on cards that were in review: learning steps are expected to fail.
      db.kysely.selectFrom('reviews').select(['rating']).where('state_before', '=', 'review').where('reviewed_at', '>=', since).where('reviewed_at', '<=', at.toISOString()).execute(),
    ]);
    const recalled = graded.filter((r) => r.rating !== 'again').length;
    const learned = (c: Flashcard) => schedules.get(c.id)?.state === 'review';
    return {
      reviewsToday: Number(today?.n ?? 0),
      retention: { days: RETENTION_WINDOW_DAYS, reviews: graded.length, recalled, rate: graded.length > 0 ? recalled / graded.length : null },
      learned: content.flashcards.filter(learned).length,
      total: content.flashcards.length,
      areas: AREAS.map((area) => {
        const cards = content.flashcards.filter((c) => c.areas.includes(area.id));
        return { id: area.id, title: area.title, learned: cards.filter(learned).length, total: cards.length };
      }).filter((a) => a.total > 0),
    };
  }

  async function overview(): Promise<FlashcardOverview> {
    const [deckList, currentStats, currentSettings] = await Promise.all([decks(), stats(), settings.get()]);
    return { ...deckList, stats: currentStats, settings: currentSettings };
  }

  /** The cards as a file Anki (2.1.55+) imports: File > Import, note type Basic. */
  function exportAnki(raw: unknown = {}): { filename: string; mediaType: string; cards: number; text: string } {
    const input = parseInput(exportQuerySchema, raw, 'export query');
    const cards = input.deck ? content.flashcards.filter((c) => c.deck === requireDeck(input.deck as string).id) : content.flashcards;
    return {
      filename: input.deck ? `tpmprep-${input.deck}.txt` : 'tpmprep-flashcards.txt',
      mediaType: ANKI_MEDIA_TYPE,
      cards: cards.length,
      text: ankiExport(cards, content.decks),
    };
  }

  return { overview, decks, queue, card, review, stats, settings, exportAnki };
}
