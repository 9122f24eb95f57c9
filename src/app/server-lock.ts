import fs from 'node:fs';
import path from 'node:path';

/**
 * While `tpmprep serve` runs it keeps server.lock in the data folder: its pid, address and database.
 * A restore refuses to replace the database while the lock names a live process. A lock left behind
 * by a killed server names a dead pid and is ignored, so kill -9 never blocks a restore. (A pid reused
 * by an unrelated process would make restore refuse wrongly; the message names the pid and the file
 * to delete, so the person can tell.)
 */
export interface ServerLock {
  pid: number;
  url: string;
  database: string;
  startedAt: string;
}

export function serverLockFile(dataHome: string): string {
  return path.join(dataHome, 'server.lock');
}

export function writeServerLock(dataHome: string, lock: Omit<ServerLock, 'pid'>): () => void {
  const file = serverLockFile(dataHome);
  fs.writeFileSync(file, `${JSON.stringify({ pid: process.pid, ...lock })}\n`);
  return () => {
    // Only this server's own lock is removed: another server may have written its own since.
    if (readServerLock(dataHome)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

export function readServerLock(dataHome: string): ServerLock | undefined {
  try {
    const lock = JSON.parse(fs.readFileSync(serverLockFile(dataHome), 'utf8')) as ServerLock;
    return Number.isInteger(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

/** The lock of a server that is still running, if any. */
export function liveServerLock(dataHome: string): ServerLock | undefined {
  const lock = readServerLock(dataHome);
  return lock && isAlive(lock.pid) ? lock : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
