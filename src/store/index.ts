export type { Db } from './db.js';
export type { Schema } from './schema.js';
export { openSqliteDb, replaceSqliteFile, inspectSqliteFile } from './sqlite.js';
export { openPersonDb, openPostgresDb, personSchema, redactUrl } from './postgres.js';
export { BACKUPS_KEPT, backupFileName, backupsFolder, hasBackupOn, listBackups, newestBackup, pruneBackups } from './backup-files.js';
export { writeTransaction } from './transaction.js';
