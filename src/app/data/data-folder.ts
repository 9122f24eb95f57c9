import fs from 'node:fs';
import path from 'node:path';
import { StorageError } from '../../core/errors.js';

/**
 * Makes sure the data folder exists and can be written, before anything is opened in it, so that a
 * missing or read-only folder is reported by name (with the setting that moves it) and not as a
 * SQLite error. A real write is tried: permission bits say nothing when running as root or on a
 * read-only mount.
 */
export function ensureDataFolder(folder: string): void {
  const fix = 'make it writable, or set TPMPREP_HOME to a folder you can write (for example TPMPREP_HOME=$HOME/tpmprep)';
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new StorageError(`the data folder ${folder} does not exist and cannot be created (${reason(error)}); ${fix}`);
  }
  const probe = path.join(folder, `.write-check-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    throw new StorageError(`the data folder ${folder} is not writable (${reason(error)}); ${fix}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const messages: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is a file',
    ENOENT: 'a part of the path does not exist',
    EEXIST: 'a file has that name',
  };
  return (code && messages[code]) ?? code ?? 'unknown reason';
}
