import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { StorageError, TpmprepError } from '../core/errors.js';
import type { Db } from './db.js';
import { migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { personSchema, redactUrl } from './postgres-names.js';
import type { Schema } from './schema.js';

/** Connections one process keeps open; several app processes share one server. */
export const POSTGRES_POOL_SIZE = 10;

// int8 (bigint, what count(*) returns) comes back as a string by default; every count here is small.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens a PostgreSQL database by URL (`postgres://user:password@host:port/name`), checks it is not
 * from a newer version, and runs pending migrations: the same numbered migrations as SQLite. Every
 * failure is a StorageError that names the server (never the password) and says what to check.
 */
export async function openPostgresDb(url: string): Promise<Db> {
  const location = redactUrl(url);
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new StorageError(`DATABASE_URL must start with postgres:// (it is ${location}); for the embedded SQLite file, leave DATABASE_URL unset`);
  }
  const pool = new pg.Pool({ connectionString: url, max: POSTGRES_POOL_SIZE, connectionTimeoutMillis: 5_000 });
  // A connection that drops while idle must not take the process down.
  pool.on('error', () => undefined);
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(kysely);
    await refuseNewerDatabase(kysely, location);
    await migrateToLatest(kysely as Kysely<unknown>, 'postgres');
  } catch (error) {
    await kysely.destroy();
    throw openError(error, location);
  }
  return {
    kind: 'postgres',
    location,
    kysely,
    // Other processes write to the same server, so no cheap version exists: nothing is cached.
    close: () => kysely.destroy(),
  };
}

async function refuseNewerDatabase(kysely: Kysely<Schema>, location: string): Promise<void> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(kysely).catch(() => ({ rows: [] as Array<{ name: string }> }));
  const unknown = rows.map((r) => r.name).filter((name) => !(name in MIGRATIONS));
  if (unknown.length === 0) return;
  throw new StorageError(
    `the database ${location} was written by a newer version of tpmprep (it has migration ${unknown.join(', ')}; this version knows up to ${Object.keys(MIGRATIONS).at(-1)}). Update tpmprep`,
  );
}

function openError(error: unknown, location: string): TpmprepError {
  if (error instanceof TpmprepError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || /timeout/i.test(message)) {
    return new StorageError(`cannot reach the PostgreSQL server at ${location} (${code || message}); check that it is running and that DATABASE_URL names the right host and port`);
  }
  if (code === '28P01' || code === '28000') return new StorageError(`the PostgreSQL server at ${location} refused the user or password (${message}); check DATABASE_URL`);
  if (code === '3D000') return new StorageError(`the database in ${location} does not exist (${message}); create it first, for example: createdb tpmprep`);
  return new StorageError(`cannot open the database ${location}: ${message}`);
}


/**
 * One person's data in hosted mode: their own schema on the shared server, with every user table of
 * the local app, made and brought up to date on first use. The app's operations run unchanged on it,
 * so one person can never name another's rows: a row that is not in their schema does not exist.
 * Shares the server's connections; closing it closes nothing.
 */
export async function openPersonDb(server: Db, userId: number): Promise<Db> {
  if (server.kind !== 'postgres') throw new StorageError('hosted mode keeps each person in a PostgreSQL schema; set DATABASE_URL');
  if (!Number.isInteger(userId) || userId <= 0) throw new StorageError(`invalid user id ${userId}`);
  const schema = personSchema(userId);
  await sql`create schema if not exists ${sql.id(schema)}`.execute(server.kysely);
  const kysely = server.kysely.withSchema(schema);
  await migrateToLatest(kysely as Kysely<unknown>, 'postgres', schema);
  return { kind: 'postgres', location: `${server.location} (schema ${schema})`, kysely, schema, close: async () => undefined };
}
