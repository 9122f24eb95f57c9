import { Migrator, sql, type Kysely } from 'kysely';
import { TpmprepError } from '../core/errors.js';
import type { DialectName } from './migrations/columns.js';
import { migrationsFor } from './migrations/index.js';

/** Brings the schema up to date; runs at every start-up and is a no-op when nothing is pending. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName = 'sqlite', schema?: string): Promise<string[]> {
  const migrations = migrationsFor(dialect);
  if (await isUpToDate(db, Object.keys(migrations), schema)) return [];
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TpmprepError('internal', `${failed ? `database migration ${failed}` : 'bringing the database up to date'} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Whether every migration has run, in one query. Kysely's Migrator looks for its tables by listing
 * every table of the database, and hosted mode opens one schema per person: with a few hundred
 * people that listing made each person's first request take seconds and held a connection meanwhile.
 */
async function isUpToDate(db: Kysely<unknown>, names: string[], schema?: string): Promise<boolean> {
  const table = schema ? sql.id(schema, 'kysely_migration') : sql.id('kysely_migration');
  try {
    const { rows } = await sql<{ name: string }>`select name from ${table}`.execute(db);
    const done = new Set(rows.map((r) => r.name));
    return done.size === names.length && names.every((name) => done.has(name));
  } catch {
    return false; // no migration table yet: a new database or schema
  }
}
