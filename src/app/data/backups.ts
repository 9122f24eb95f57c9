import fs from 'node:fs';
import path from 'node:path';
import { ConflictError, InvalidInputError, NotFoundError } from '../../core/errors.js';
import {
  backupFileName,
  backupsFolder,
  hasBackupOn,
  inspectSqliteFile,
  listBackups,
  openSqliteDb,
  pruneBackups,
  replaceSqliteFile,
  type Db,
} from '../../store/index.js';
import type { AudioStore } from '../speech/audio-store.js';
import { ensureDataFolder } from './data-folder.js';
import { liveServerLock } from '../server-lock.js';

export interface BackupFile {
  file: string;
  bytes: number;
}

export interface BackupResult extends BackupFile {
  /** Older backups removed to keep the last BACKUPS_KEPT. */
  removed: string[];
  /** Recordings newly copied to backups/audio/ (each is written once and never changes). */
  recordingsCopied: number;
}

/** Recordings are backed up to backups/audio/: a file per attempt, copied once, never pruned. */
export function audioBackupFolder(databaseFile: string): string {
  return path.join(backupsFolder(databaseFile), 'audio');
}

function copyRecordings(from: string, to: string, names: readonly string[]): number {
  let copied = 0;
  for (const name of names) {
    const target = path.join(to, name);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(to, { recursive: true });
    fs.copyFileSync(path.join(from, name), target);
    copied++;
  }
  return copied;
}

const describe = (file: string): BackupFile => ({ file, bytes: fs.statSync(file).size });

/** Online backups of the SQLite database into the data folder's backups/, keeping the newest few. */
export function backupOperations({ db, now, audio }: { db: Db; now: () => Date; audio?: AudioStore }) {
  async function create(): Promise<BackupResult> {
    if (!db.backup) throw new InvalidInputError(`backups are made for SQLite; back up the ${db.kind} database ${db.location} with its own tools`);
    const folder = backupsFolder(db.location);
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, backupFileName(now()));
    await db.backup(file);
    const recordingsCopied = audio ? copyRecordings(audio.folder, audioBackupFolder(db.location), audio.list()) : 0;
    return { ...describe(file), removed: pruneBackups(db.location), recordingsCopied };
  }

  /** The backup made at server start: at most one a day (UTC). */
  async function daily(): Promise<BackupResult | null> {
    if (!db.backup || hasBackupOn(db.location, now().toISOString().slice(0, 10))) return null;
    return create();
  }

  return { create, daily, list: () => listBackups(db.location).map(describe) };
}

/**
 * Replaces the database with a backup. Refuses while a server holds the database; checks the backup
 * is a sound tpmprep database no newer than this version; keeps a copy of the current database
 * (when it can still be read) as backups/pre-restore-<time>.sqlite; brings an older backup up to date.
 */
export async function restoreDatabase(options: { from: string; databaseFile: string; dataHome: string; now?: () => Date }): Promise<{ restored: string; from: string; previous: string | null; recordingsRestored: number }> {
  const { databaseFile, dataHome } = options;
  const from = path.resolve(options.from);
  const holder = liveServerLock(dataHome);
  if (holder) {
    throw new ConflictError(
      `a tpmprep server (pid ${holder.pid}, ${holder.url}) is using ${holder.database}; stop it (Ctrl+C where it runs) and restore again. ` +
        `If no server is running, delete ${path.join(dataHome, 'server.lock')}`,
    );
  }
  if (!fs.existsSync(from) || !fs.statSync(from).isFile()) throw new NotFoundError(`no backup file ${from}; list the backups with: tpmprep backup --list`);
  if (from === path.resolve(databaseFile)) throw new InvalidInputError(`${from} is the database itself; restore from a file in ${backupsFolder(databaseFile)}`);
  inspectSqliteFile(from);
  ensureDataFolder(path.dirname(databaseFile));
  const previous = await keepPrevious(databaseFile, (options.now ?? (() => new Date()))());
  await replaceSqliteFile(from, databaseFile);
  const db = await openSqliteDb(databaseFile);
  await db.close();
  // Recordings the restored database refers to come back from backups/audio/ when they are missing.
  const saved = audioBackupFolder(databaseFile);
  const audioFolder = path.join(path.dirname(databaseFile), 'audio');
  const recordingsRestored = fs.existsSync(saved) ? copyRecordings(saved, audioFolder, fs.readdirSync(saved)) : 0;
  return { restored: databaseFile, from, previous, recordingsRestored };
}

async function keepPrevious(databaseFile: string, at: Date): Promise<string | null> {
  if (!fs.existsSync(databaseFile)) return null;
  try {
    const current = await openSqliteDb(databaseFile);
    try {
      const file = path.join(backupsFolder(databaseFile), `pre-restore-${backupFileName(at).replace(/^tpmprep-/, '')}`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await current.backup?.(file);
      return file;
    } finally {
      await current.close();
    }
  } catch {
    // A damaged database cannot be copied, and is what the restore is for.
    return null;
  }
}
