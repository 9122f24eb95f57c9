import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './cpu-time.js';
import { WALL_CAP } from './limits.js';

/**
 * One locked-down Node process running Pyodide (py-child.mjs). It holds interpreters built ahead,
 * each a wasm instance of its own started from the snapshot, and gives every submission one that no
 * code has run in; after the submission the interpreter is dropped. A Python interpreter cannot be
 * reset, so none is ever reused: whatever a submission changed (modules, builtins, the virtual file
 * system) lives in an instance no later submission sees.
 */
export const CHILD_ENTRY = fileURLToPath(new URL('./py-child.mjs', import.meta.url));
export const PYODIDE_DIR = path.dirname(createRequire(import.meta.url).resolve('pyodide/pyodide.mjs'));
const HARNESS_SOURCE = fs.readFileSync(fileURLToPath(new URL('./py-harness.py', import.meta.url)), 'utf8');

const STARTUP_TIMEOUT_MS = 60_000;
/** A spare interpreter's build, or the release of a used one, that takes longer means a broken process. */
const HOUSEKEEPING_TIMEOUT_MS = 60_000;
const STDERR_KEPT = 16 * 1024;

const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';

export type Reply = { type: 'ready' | 'built' | 'released' | 'loaded' | 'prepared' | 'result'; fatal?: unknown };
export type Settled =
  | Reply
  | { type: 'gone'; stderr: string; code: number | null; signal: NodeJS.Signals | null; killed: boolean }
  | { type: 'timeout' }
  | { type: 'memory' };

/**
 * Where the Pyodide memory snapshot is cached between judges: a folder only this user can write
 * (the snapshot decides what the interpreter is), named after everything that shapes the snapshot.
 * Undefined when no such folder can be had; the caller then makes a private one.
 */
export function snapshotCachePath(pyodideDir = PYODIDE_DIR): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = path.join(os.tmpdir(), `tpmprep-judge-${uid}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  try {
    const version = createHash('sha256')
      .update(fs.readFileSync(path.join(pyodideDir, 'package.json')))
      .update(process.version)
      .update(fs.readFileSync(CHILD_ENTRY))
      .digest('hex')
      .slice(0, 16);
    return path.join(dir, `pyodide-${version}.snapshot`);
  } catch {
    return undefined;
  }
}

/** Writes the Pyodide memory snapshot every sandbox process starts from (a full load takes ~2 s). */
export function makeSnapshot(snapshotPath: string, pyodideDir = PYODIDE_DIR): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_ENTRY, pyodideDir, snapshotPath, 'snapshot'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-STDERR_KEPT)));
    const timer = setTimeout(() => child.kill('SIGKILL'), STARTUP_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && fs.existsSync(snapshotPath)) resolve();
      else reject(new Error(`could not prepare Python (exit ${code}): ${stderr.trim().slice(-500)}`));
    });
  });
}

export class PyProcess {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  dead = false;
  /** Set when the wasm heap refused to grow during the current request. */
  memoryRefused = false;
  private stderr = '';
  private killed = false;
  private waiter: ((settled: Settled) => void) | undefined;

  constructor(snapshotPath: string, pyodideDir = PYODIDE_DIR) {
    // One flag per path: Node 20 does not split a comma-separated list.
    const readable = [`${pyodideDir}${path.sep}*`, CHILD_ENTRY, snapshotPath].map((p) => `--allow-fs-read=${p}`);
    this.child = spawn(
      process.execPath,
      [
        PERMISSION_FLAG,
        ...readable,
        '--disallow-code-generation-from-strings',
        '--expose-gc',
        '--max-old-space-size=256',
        '--no-warnings',
        CHILD_ENTRY,
        pyodideDir,
        snapshotPath,
        'serve',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: {}, serialization: 'json' },
    );
    // A waiting submission or a running request keeps the judge's process alive, not the pool.
    this.child.unref();
    this.child.channel?.unref();
    (this.child.stderr as { unref?: () => void } | null)?.unref?.();
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-STDERR_KEPT)));
    this.child.on('message', (message: Reply | { type: 'memory-refused' }) => {
      if (message.type === 'memory-refused') this.memoryRefused = true;
      else this.settle(message);
    });
    this.child.on('error', () => this.kill());
    this.child.on('exit', (code, signal) => {
      this.dead = true;
      this.settle({ type: 'gone', stderr: this.stderr, code, signal, killed: this.killed });
    });
    this.ready = this.exchange({ type: 'init', harness: HARNESS_SOURCE }, 'ready', STARTUP_TIMEOUT_MS).catch((error: unknown) => {
      throw new Error(`the Python sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** Builds one more spare interpreter; no request may be sent until it is done. */
  build(): Promise<void> {
    return this.exchange({ type: 'build' }, 'built', HOUSEKEEPING_TIMEOUT_MS);
  }

  /** Drops the interpreter of the submission that was judged and gives its memory back. */
  release(): Promise<void> {
    return this.exchange({ type: 'release' }, 'released', HOUSEKEEPING_TIMEOUT_MS);
  }

  /** The process's resident memory now (0 where /proc is missing). */
  rssBytes(): number {
    return rssBytes(this.child.pid);
  }

  /** Work of the judge's own, not of a submission: no CPU limit, only a generous deadline. */
  private exchange(message: object, expected: Reply['type'], timeoutMs: number): Promise<void> {
    if (this.dead) return Promise.reject(new Error(`the Python process is gone: ${this.stderr.trim().slice(-500)}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new Error(`the Python process did not answer ${expected} in time`));
      }, timeoutMs);
      timer.unref();
      this.waiter = (settled) => {
        clearTimeout(timer);
        if (settled.type === expected) return resolve();
        this.kill();
        const why = settled.type === 'gone' ? this.stderr.trim().slice(-500) || `exit ${settled.code ?? settled.signal}` : `unexpected ${settled.type}`;
        reject(new Error(why));
      };
      this.child.send(message);
    });
  }

  /**
   * Sends one request and waits for its reply, allowing `limitMs + graceMs` of the process's CPU
   * time (at most WALL_CAP times the limit, and at most `wallMs`, in wall time). Past that, or once
   * the process holds more than `rssCapBytes` of memory, the process is killed: the backstop behind
   * Pyodide's own limits. `cpuMs` is the process's CPU time for the request, read by this process.
   */
  request(message: object, limitMs: number, graceMs: number, wallMs: number, rssCapBytes: number): Promise<{ settled: Settled; cpuMs: number }> {
    if (this.dead) return Promise.resolve({ settled: { type: 'gone', stderr: this.stderr, code: null, signal: null, killed: this.killed }, cpuMs: 0 });
    const pid = this.child.pid;
    this.memoryRefused = false;
    const wallStart = performance.now();
    const wallCap = Math.min(WALL_CAP * limitMs + graceMs, wallMs);
    const cpuStart = processCpuMs(pid);
    const used = () => {
      const now = processCpuMs(pid);
      return now === undefined || cpuStart === undefined ? performance.now() - wallStart : now - cpuStart;
    };
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout;
      const finish = (settled: Settled) => {
        const cpu = used();
        clearTimeout(timer);
        clearInterval(watch);
        this.waiter = undefined;
        resolve({ settled, cpuMs: cpu });
      };
      const check = () => {
        const spent = used();
        const budget = limitMs + graceMs;
        const wallLeft = wallCap - (performance.now() - wallStart);
        if (spent < budget && wallLeft > 0) {
          timer = setTimeout(check, Math.max(10, Math.min(budget - spent, wallLeft)));
          return;
        }
        this.kill();
        finish({ type: 'timeout' });
      };
      timer = setTimeout(check, Math.min(limitMs + graceMs, wallCap));
      const watch = setInterval(() => {
        if (rssBytes(pid) <= rssCapBytes) return;
        this.kill();
        finish({ type: 'memory' });
      }, 50);
      this.waiter = finish;
      this.child.send(message);
    });
  }

  kill(): void {
    this.dead = true;
    this.killed = true;
    this.child.kill('SIGKILL');
  }

  private settle(settled: Settled): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.(settled);
  }
}

/** Resident memory of a process (Linux); 0 where /proc is unavailable, which disables that backstop. */
function rssBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
