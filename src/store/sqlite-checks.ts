import path from 'node:path';
import type Database from 'better-sqlite3';
import { StorageError, TpmprepError } from '../core/errors.js';
import { restoreAdvice } from './backup-files.js';
import { MIGRATIONS } from './migrations/index.js';

const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/** SQLite's quick check: finds torn pages and broken indexes without reading every row twice. */
export function checkIntegrity(database: Database.Database, file: string): void {
  const result = database.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw damagedError(file, String(result));
}

/** The migrations recorded in a database that this version does not have: it was written by a newer tpmprep. */
export function unknownMigrations(database: Database.Database): string[] {
  const table = database.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
  if (!table) return [];
  const names = (database.prepare('select name from kysely_migration').all() as Array<{ name: string }>).map((r) => r.name);
  return names.filter((name) => !(name in MIGRATIONS));
}

export function refuseNewerDatabase(database: Database.Database, file: string): void {
  const unknown = unknownMigrations(database);
  if (unknown.length === 0) return;
  const latest = Object.keys(MIGRATIONS).at(-1);
  throw new StorageError(
    `the database ${file} was written by a newer version of tpmprep (it has migration ${unknown.join(', ')}; this version knows up to ${latest}). ` +
      'Update tpmprep, or restore a backup made by this version with: tpmprep restore FILE',
  );
}

function damagedError(file: string, detail: string): StorageError {
  return new StorageError(`the database ${file} is damaged (${detail}). ${restoreAdvice(file)}`);
}

/** Turns whatever opening a database threw into one clear StorageError that names the file. */
export function openError(error: unknown, file: string): TpmprepError {
  if (error instanceof TpmprepError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (DAMAGED.has(code)) return damagedError(file, message);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR')) {
    return new StorageError(`cannot open the database ${file} (${message}); check that the folder ${path.dirname(file)} exists and is writable`);
  }
  return new StorageError(`cannot open the database ${file}: ${message}`);
}
