import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './columns.js';

/** Flashcard schedules (FSRS state per card), every review given, and the person's settings. */
export async function up(db: Kysely<unknown>, dialect: DialectName = 'sqlite'): Promise<void> {
  await db.schema
    .createTable('cards')
    .addColumn('card_id', 'text', (col) => col.primaryKey())
    .addColumn('due', 'text', (col) => col.notNull())
    .addColumn('stability', 'double precision', (col) => col.notNull())
    .addColumn('difficulty', 'double precision', (col) => col.notNull())
    .addColumn('elapsed_days', 'integer', (col) => col.notNull())
    .addColumn('scheduled_days', 'integer', (col) => col.notNull())
    .addColumn('learning_steps', 'integer', (col) => col.notNull())
    .addColumn('reps', 'integer', (col) => col.notNull())
    .addColumn('lapses', 'integer', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('last_review', 'text')
    .execute();
  await db.schema.createIndex('cards_due').on('cards').column('due').execute();

  await addIdColumn(db.schema.createTable('reviews'), dialect)
    .addColumn('card_id', 'text', (col) => col.notNull())
    .addColumn('rating', 'text', (col) => col.notNull())
    .addColumn('reviewed_at', 'text', (col) => col.notNull())
    .addColumn('state_before', 'text', (col) => col.notNull())
    .addColumn('state_after', 'text', (col) => col.notNull())
    .addColumn('due_before', 'text')
    .addColumn('due_after', 'text', (col) => col.notNull())
    .addColumn('stability_before', 'double precision')
    .addColumn('stability_after', 'double precision', (col) => col.notNull())
    .addColumn('difficulty_before', 'double precision')
    .addColumn('difficulty_after', 'double precision', (col) => col.notNull())
    .addColumn('elapsed_days', 'integer', (col) => col.notNull())
    .addColumn('scheduled_days', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('reviews_reviewed_at').on('reviews').column('reviewed_at').execute();
  await db.schema.createIndex('reviews_card').on('reviews').columns(['card_id', 'reviewed_at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('reviews').execute();
  await db.schema.dropTable('cards').execute();
}
