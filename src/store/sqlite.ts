import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { WriteCounter } from './data-version.js';
import type { Db } from './db.js';
import { migrateToLatest } from './migrate.js';
import type { Schema } from './schema.js';
import { checkIntegrity, openError, refuseNewerDatabase } from './sqlite-checks.js';

/**
 * Opens (creating if needed) a SQLite file in WAL mode, checks it is sound and not from a newer
 * version, and runs pending migrations. Every failure is a StorageError that names the file.
 */
export async function openSqliteDb(file: string): Promise<Db> {
  let database: Database.Database | undefined;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    checkIntegrity(database, file);
    refuseNewerDatabase(database, file);
  } catch (error) {
    database?.close();
    throw openError(error, file);
  }
  const writes = new WriteCounter();
  const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database }), plugins: [writes] });
  try {
    await migrateToLatest(kysely as Kysely<unknown>);
  } catch (error) {
    await kysely.destroy();
    throw openError(error, file);
  }
  const raw = database;
  const dataVersion = raw.prepare('pragma data_version').pluck();
  return {
    kind: 'sqlite',
    location: file,
    kysely,
    dataVersion: () => `${writes.count}:${String(dataVersion.get())}`,
    // SQLite's online backup: a consistent copy while the database stays in use.
    backup: async (target: string) => {
      await raw.backup(target);
    },
    close: () => kysely.destroy(),
  };
}

/**
 * Replaces `target` with a copy of the SQLite file `from`, through the backup API (so a backup taken
 * in WAL mode is copied whole). The copy is written beside the target and renamed over it, so a
 * failure half-way leaves the old database in place. Nothing may hold `target` open meanwhile.
 */
export async function replaceSqliteFile(from: string, target: string): Promise<void> {
  const partial = `${target}.restoring`;
  fs.rmSync(partial, { force: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  for (const leftover of [`${target}-wal`, `${target}-shm`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(partial, target);
}

/** Reads a SQLite file without changing it, to check it before it replaces the database. */
export function inspectSqliteFile(file: string): void {
  let database: Database.Database | undefined;
  try {
    database = new Database(file, { readonly: true, fileMustExist: true });
    checkIntegrity(database, file);
    refuseNewerDatabase(database, file);
    const hasTables = database.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!hasTables) throw new Error('it is not a tpmprep database (it has no migrations table)');
  } catch (error) {
    throw openError(error, file);
  } finally {
    database?.close();
  }
}
