import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './columns.js';

/**
 * Mock interviews and the story bank. A mock's whole state (the loop, the chosen questions, the
 * answers and the clock) is one JSON document, so a paused mock resumes after a restart exactly where
 * it was. A story can be linked to practice attempts and to mock answers through story_links.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName = 'sqlite'): Promise<void> {
  await addIdColumn(db.schema.createTable('mock_sessions'), dialect)
    .addColumn('loop_id', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('mock_sessions_status').on('mock_sessions').columns(['status', 'updated_at']).execute();

  await addIdColumn(db.schema.createTable('stories'), dialect)
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('situation', 'text', (col) => col.notNull())
    .addColumn('task', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull())
    .addColumn('competencies', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // One row per use of a story: a practice attempt, or one answer (item_key) of a mock.
  await addIdColumn(db.schema.createTable('story_links'), dialect)
    .addColumn('story_id', 'integer', (col) => col.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('attempt_id', 'integer', (col) => col.references('attempts.id').onDelete('cascade'))
    .addColumn('mock_id', 'integer', (col) => col.references('mock_sessions.id').onDelete('cascade'))
    .addColumn('item_key', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('story_links_story').on('story_links').columns(['story_id']).execute();
  await db.schema.createIndex('story_links_attempt').on('story_links').columns(['attempt_id']).unique().execute();
  await db.schema.createIndex('story_links_mock_item').on('story_links').columns(['mock_id', 'item_key']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_links').execute();
  await db.schema.dropTable('stories').execute();
  await db.schema.dropTable('mock_sessions').execute();
}
