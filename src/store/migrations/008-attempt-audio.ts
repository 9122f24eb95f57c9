import type { Kysely } from 'kysely';

/**
 * A spoken attempt's recording. The audio itself is a file in the data folder's audio/ (`file` is its
 * name there); the row keeps what the recogniser heard, with word times for playback, and the delivery
 * measured on the audio.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attempt_audio')
    .addColumn('attempt_id', 'integer', (col) => col.primaryKey().references('attempts.id').onDelete('cascade'))
    .addColumn('file', 'text', (col) => col.notNull())
    .addColumn('mime', 'text', (col) => col.notNull())
    .addColumn('bytes', 'integer', (col) => col.notNull())
    .addColumn('engine', 'text', (col) => col.notNull())
    .addColumn('heard', 'text', (col) => col.notNull())
    .addColumn('words', 'text', (col) => col.notNull())
    .addColumn('keywords', 'text', (col) => col.notNull())
    .addColumn('delivery', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attempt_audio').execute();
}
