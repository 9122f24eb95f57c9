import type { Kysely } from 'kysely';
import { addIdColumn, type DialectName } from './columns.js';

/** Attempts at the toolkit's exercises (designs, metric cases, program scenarios) with their grading. */
export async function up(db: Kysely<unknown>, dialect: DialectName = 'sqlite'): Promise<void> {
  await addIdColumn(db.schema.createTable('exercise_attempts'), dialect)
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('exercise_id', 'text', (col) => col.notNull())
    .addColumn('submitted', 'text', (col) => col.notNull())
    .addColumn('grading', 'text', (col) => col.notNull())
    .addColumn('seconds', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('exercise_attempts_exercise').on('exercise_attempts').columns(['kind', 'exercise_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('exercise_attempts').execute();
}
