import type { Db } from './db.js';

export type { Db } from './db.js';
export type { RecordingColumns, Schema } from './schema.js';
export { openSqliteDb, replaceSqliteFile, inspectSqliteFile } from './sqlite.js';
export { personSchema, redactUrl } from './postgres-names.js';

/** PostgreSQL is loaded only when a database URL asks for it, so SQLite runs never pay for its driver. */
export async function openPostgresDb(url: string): Promise<Db> {
  return (await import('./postgres.js')).openPostgresDb(url);
}

export async function openPersonDb(server: Db, userId: number): Promise<Db> {
  return (await import('./postgres.js')).openPersonDb(server, userId);
}
export { BACKUPS_KEPT, backupFileName, backupsFolder, hasBackupOn, listBackups, newestBackup, pruneBackups } from './backup-files.js';
export { writeTransaction } from './transaction.js';
