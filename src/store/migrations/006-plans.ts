import type { Kysely } from 'kysely';

/**
 * The study plan's settings. The plan itself is not stored: it is packed again from these settings
 * and the current readiness each time, so it follows progress.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_settings')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('interview_date', 'text')
    .addColumn('weeks', 'integer')
    .addColumn('hours_per_week', 'double precision', (col) => col.notNull())
    .addColumn('start_date', 'text', (col) => col.notNull())
    .addColumn('rest_days', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_settings').execute();
}
