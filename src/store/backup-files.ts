import fs from 'node:fs';
import path from 'node:path';

/** How many backups the data folder keeps; older ones are removed after each new one. */
export const BACKUPS_KEPT = 7;

const BACKUP_NAME = /^tpmprep-(\d{4}-\d{2}-\d{2})T(\d{6})Z\.sqlite$/;

/** Backups sit beside the database, in its folder's backups/. */
export function backupsFolder(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

/** tpmprep-2026-03-02T091500Z.sqlite: sorting the names sorts the backups by time. */
export function backupFileName(at: Date): string {
  const iso = at.toISOString();
  return `tpmprep-${iso.slice(0, 10)}T${iso.slice(11, 19).replaceAll(':', '')}Z.sqlite`;
}

/** Every backup of this database, oldest first. */
export function listBackups(databaseFile: string): string[] {
  const folder = backupsFolder(databaseFile);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

export function newestBackup(databaseFile: string): string | undefined {
  return listBackups(databaseFile).at(-1);
}

/** True when a backup was made on the given UTC day (YYYY-MM-DD). */
export function hasBackupOn(databaseFile: string, day: string): boolean {
  return listBackups(databaseFile).some((file) => BACKUP_NAME.exec(path.basename(file))?.[1] === day);
}

/** Removes all but the newest `keep` backups; returns the removed files. */
export function pruneBackups(databaseFile: string, keep = BACKUPS_KEPT): string[] {
  const all = listBackups(databaseFile);
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/** What to do about a damaged database: restore the newest backup, or start afresh when there is none. */
export function restoreAdvice(databaseFile: string): string {
  const newest = newestBackup(databaseFile);
  if (newest) return `The newest backup is ${newest}; restore it with: tpmprep restore "${newest}"`;
  return `There is no backup in ${backupsFolder(databaseFile)}; move ${databaseFile} aside to start with an empty database.`;
}
