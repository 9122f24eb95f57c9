import { CARD_STATES, type CardSchedule, type CardStateId } from '../../core/scheduler.js';
import type { Db } from '../../store/index.js';
import type { CardsTable } from '../../store/schema.js';

/** Every stored schedule by card id. Small (one row per card ever reviewed), so it is read whole. */
export async function loadSchedules(db: Db): Promise<Map<string, CardSchedule>> {
  const rows = await db.kysely.selectFrom('cards').selectAll().execute();
  return new Map(rows.map((row) => [row.card_id, scheduleOf(row)]));
}

/**
 * Reads the card's schedule, computes the next one and writes both the card and the review log in one
 * transaction, so two quick answers to one card cannot both start from the same state.
 */
export async function saveReview(
  db: Db,
  review: { cardId: string; rating: string; at: Date },
  compute: (before: CardSchedule | null) => CardSchedule,
): Promise<CardSchedule> {
  const { cardId, rating, at } = review;
  return db.kysely.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('cards').selectAll().where('card_id', '=', cardId).executeTakeFirst();
    const before = row ? scheduleOf(row) : null;
    const after = compute(before);
    const values = rowOf(cardId, after);
    await trx
      .insertInto('cards')
      .values(values)
      .onConflict((oc) => oc.column('card_id').doUpdateSet(values))
      .execute();
    await trx
      .insertInto('reviews')
      .values({
        card_id: cardId,
        rating,
        reviewed_at: at.toISOString(),
        state_before: before?.state ?? 'new',
        state_after: after.state,
        due_before: before ? before.due.toISOString() : null,
        due_after: after.due.toISOString(),
        stability_before: before?.stability ?? null,
        stability_after: after.stability,
        difficulty_before: before?.difficulty ?? null,
        difficulty_after: after.difficulty,
        elapsed_days: after.elapsedDays,
        scheduled_days: after.scheduledDays,
      })
      .execute();
    return after;
  });
}

function scheduleOf(row: CardsTable): CardSchedule {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: stateOf(row.state),
    lastReview: row.last_review ? new Date(row.last_review) : null,
  };
}

function stateOf(value: string): CardStateId {
  return (CARD_STATES as readonly string[]).includes(value) ? (value as CardStateId) : 'new';
}

function rowOf(cardId: string, s: CardSchedule): CardsTable {
  return {
    card_id: cardId,
    due: s.due.toISOString(),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    last_review: s.lastReview ? s.lastReview.toISOString() : null,
  };
}
