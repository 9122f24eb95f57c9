import type { Kysely } from 'kysely';

/**
 * A spoken answer in a mock stage: the same columns as attempt_audio, keyed by the mock and the item
 * (its key in the mock's state, such as "1.2"). The audio is the file `file` in the data folder's audio/.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mock_audio')
    .addColumn('mock_id', 'integer', (col) => col.notNull().references('mock_sessions.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (col) => col.notNull())
    .addColumn('file', 'text', (col) => col.notNull().unique())
    .addColumn('mime', 'text', (col) => col.notNull())
    .addColumn('bytes', 'integer', (col) => col.notNull())
    .addColumn('engine', 'text', (col) => col.notNull())
    .addColumn('heard', 'text', (col) => col.notNull())
    .addColumn('words', 'text', (col) => col.notNull())
    .addColumn('keywords', 'text', (col) => col.notNull())
    .addColumn('delivery', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('mock_audio_pk', ['mock_id', 'item_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mock_audio').execute();
}
