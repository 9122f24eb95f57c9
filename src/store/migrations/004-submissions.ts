import type { Kysely } from 'kysely';
import { addIdColumn, floatType, type DialectName } from './columns.js';

export async function up(db: Kysely<unknown>, dialect: DialectName = 'sqlite'): Promise<void> {
  await addIdColumn(db.schema.createTable('submissions'), dialect)
    .addColumn('problem_id', 'text', (col) => col.notNull())
    .addColumn('lang', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) => col.notNull())
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('verdict', 'text', (col) => col.notNull())
    .addColumn('passed', 'integer', (col) => col.notNull())
    .addColumn('total', 'integer', (col) => col.notNull())
    .addColumn('time_ms', floatType(dialect), (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('submissions_problem').on('submissions').columns(['problem_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('submissions').execute();
}
