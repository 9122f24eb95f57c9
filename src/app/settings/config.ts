import os from 'node:os';
import path from 'node:path';
import { InvalidInputError } from '../../core/errors.js';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

/** The per-user data folder: TPMPREP_HOME, else the platform's usual place for application data. */
export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TPMPREP_HOME) return path.resolve(env.TPMPREP_HOME);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'tpmprep');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'tpmprep');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'tpmprep');
}

/** Files the app can rebuild (the parsed content): TPMPREP_CACHE_DIR, else `cache/` in the data folder. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.TPMPREP_CACHE_DIR ? path.resolve(env.TPMPREP_CACHE_DIR) : path.join(dataHome(env), 'cache');
}

export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataHome(env), 'tpmprep.sqlite');
}

/** DATABASE_URL chooses PostgreSQL; unset (the default) is the SQLite file in the data folder. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export function serverPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidInputError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}
