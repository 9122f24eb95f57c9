import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './columns.js';

/**
 * Deep-dive drills: one of the person's stories, questioned by a chain of follow-ups. The drill's
 * whole state (the questions asked, each answer with the coach's analysis, the next question) is one
 * JSON document, like a mock's, so an unfinished drill resumes where it stopped.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName = 'sqlite'): Promise<void> {
  await addIdColumn(db.schema.createTable('drills'), dialect)
    .addColumn('story_id', 'integer', (col) => col.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('drills_story').on('drills').columns(['story_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('drills').execute();
}
