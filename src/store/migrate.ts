import { Migrator, type Kysely } from 'kysely';
import { TpmprepError } from '../core/errors.js';
import type { DialectName } from './migrations/columns.js';
import { migrationsFor } from './migrations/index.js';

/** Brings the schema up to date; runs at every start-up and is a no-op when nothing is pending. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName = 'sqlite', schema?: string): Promise<string[]> {
  const migrations = migrationsFor(dialect);
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
