import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: DialectName = 'sqlite'): Promise<void> {
  await addIdColumn(db.schema.createTable('attempts'), dialect)
    .addColumn('question_id', 'text', (col) => col.notNull())
    .addColumn('answer', 'text', (col) => col.notNull())
    .addColumn('seconds', 'integer', (col) => col.notNull())
    .addColumn('analysis', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('attempts_question').on('attempts').columns(['question_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attempts').execute();
}
