import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Db } from './db.js';
import { migrateToLatest } from './migrate.js';
import type { Schema } from './schema.js';

/** Opens (creating if needed) a SQLite file in WAL mode and runs pending migrations. */
export async function openSqliteDb(file: string): Promise<Db> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(kysely as Kysely<unknown>);
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
  return {
    kind: 'sqlite',
    location: file,
    kysely,
    close: () => kysely.destroy(),
  };
}
