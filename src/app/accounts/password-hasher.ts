import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * scrypt on threads of their own at a lower CPU priority. A password hash is about 140 ms of CPU
 * (N = 2^15), and on libuv's thread pool (four threads a process) it competes on equal terms with the
 * event loop and the database: ten sign-ins a second take most of a two-core machine from every other
 * request. Here at most HASHING_THREADS hashes run at once in a process, at nice 5: about a third of
 * what a request thread gets while both want the CPU, and all of the CPU the requests leave. Not
 * lower: measured on a busy machine, sign-ins at nice 19 waited up to a minute, and at nice 10 twelve
 * sign-ins beside a CPU-bound test took over a minute. On Linux the nice value is per thread, so only
 * these threads are lowered.
 */
export const HASHING_PRIORITY = 5;

/** Threads per process: two keep a second sign-in from queueing behind the first on two cores. */
export const HASHING_THREADS = Math.max(1, Math.min(2, os.availableParallelism()));

export interface ScryptOptions {
  N: number;
  r: number;
  p: number;
  maxmem: number;
}

const SOURCE = `
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const os = require('node:os');
let priority = null;
try {
  os.setPriority(${HASHING_PRIORITY});
  priority = os.getPriority();
} catch {
  // Not allowed here: the hash still runs, at the usual priority.
}
parentPort.on('message', (job) => {
  if (job.kind === 'priority') return parentPort.postMessage({ id: job.id, priority });
  try {
    const key = crypto.scryptSync(job.password, Buffer.from(job.salt), job.length, job.options);
    parentPort.postMessage({ id: job.id, key });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error && error.message || error) });
  }
});
`;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Hasher {
  worker: Worker;
  pending: Map<number, Pending>;
}

let hashers: Hasher[] = [];
let nextJob = 0;
let nextHasher = 0;

function spawnHasher(): Hasher {
  const worker = new Worker(SOURCE, { eval: true });
  // An idle hashing thread does not keep the process alive.
  worker.unref();
  const hasher: Hasher = { worker, pending: new Map() };
  worker.on('message', (message: { id: number; key?: Uint8Array; priority?: number | null; error?: string }) => {
    const job = hasher.pending.get(message.id);
    if (!job) return;
    hasher.pending.delete(message.id);
    if (hasher.pending.size === 0) worker.unref();
    if (message.error !== undefined) job.reject(new Error(message.error));
    else job.resolve(message.key ? Buffer.from(message.key) : (message.priority ?? null));
  });
  const fail = (error: Error) => {
    hashers = hashers.filter((h) => h !== hasher);
    for (const job of hasher.pending.values()) job.reject(error);
    hasher.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the password hashing thread stopped (exit code ${code})`)));
  return hasher;
}

function run<T>(job: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
  while (hashers.length < HASHING_THREADS) hashers.push(spawnHasher());
  const hasher = hashers[nextHasher++ % hashers.length]!;
  const id = nextJob++;
  return new Promise<T>((resolve, reject) => {
    hasher.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    // Held while a hash is owed, so the process waits for the answer.
    hasher.worker.ref();
    hasher.worker.postMessage({ ...job, id }, transfer);
  });
}

/** scrypt of `password` on a hashing thread at nice 5; the same key as crypto.scrypt. */
export function scryptLowPriority(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  const copy = new Uint8Array(salt);
  return run<Buffer>({ kind: 'hash', password, salt: copy, length, options }, [copy.buffer]);
}

/** The nice value of a hashing thread (null where it could not be lowered): for tests and diagnostics. */
export function hashingThreadPriority(): Promise<number | null> {
  return run<number | null>({ kind: 'priority' });
}
