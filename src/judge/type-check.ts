import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from './cpu-time.js';

/**
 * Type-checks TypeScript submissions with the TypeScript compiler, in a child process kept warm
 * (type-check-worker.mjs). Measured on the judge's machine (bench/judge.ts): ~20-70 ms a check once
 * warm, under the 300 ms a Run can spare, so type errors are compile errors with their lines, as
 * on LeetCode. The compiler sees untrusted code: a check that spends CHECK_TIMEOUT_MS of the checker's
 * CPU (a type that explodes; a busy machine only stretches the wall time, up to WALL_CAP times) or fails is skipped, the worker replaced, and the submission judged as if it had
 * passed the check: the type check is a service to the candidate, not a fence.
 */
export interface TypeDiagnostic {
  line: number;
  code: number;
  message: string;
}

export interface TypeChecker {
  /** The submission's type errors; undefined when the check could not be done in time. */
  check(code: string): Promise<TypeDiagnostic[] | undefined>;
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

const WORKER_FILE = fileURLToPath(new URL('./type-check-worker.mjs', import.meta.url));
/** The compiler's heap: enough for the standard library and a large submission, not for a type bomb. */
const HEAP_MB = 384;
const CHECK_TIMEOUT_MS = 5_000;
const WALL_CAP = 4;
/** Loading the compiler and the standard library's declarations: about a second, far longer on a busy machine. */
const STARTUP_TIMEOUT_MS = 60_000;
/** Diagnostics listed in a compile error; the rest are counted. */
const SHOWN = 5;

type Reply = { id?: number; ready?: boolean; diagnostics?: TypeDiagnostic[]; failed?: string };

export function createTypeChecker(): TypeChecker {
  let worker: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 0;
  let closed = false;

  function start(): Promise<void> {
    if (ready && worker) return ready;
    // Nothing of the judge's environment (an API key) reaches the process that reads submitted code.
    const started = fork(WORKER_FILE, [], { env: {}, execArgv: [`--max-old-space-size=${HEAP_MB}`], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    worker = started;
    started.unref();
    started.channel?.unref();
    started.on('error', () => undefined);
    started.once('exit', () => {
      if (worker === started) [worker, ready] = [undefined, undefined];
    });
    // Held while the checker starts or checks, so a waiting submission keeps the judge's process alive.
    hold(started, true);
    ready = new Promise<void>((resolve, reject) => {
      // A start that fails or takes too long is not kept: the next check starts a new worker.
      const timer = setTimeout(() => {
        started.kill('SIGKILL');
        reject(new Error('the type checker did not start in time'));
      }, STARTUP_TIMEOUT_MS);
      started.once('message', () => {
        clearTimeout(timer);
        hold(started, false);
        resolve();
      });
      started.once('exit', () => reject(new Error('the type checker stopped')));
    });
    ready.catch(() => undefined);
    return ready;
  }

  async function checkNow(code: string): Promise<TypeDiagnostic[] | undefined> {
    if (closed) return undefined;
    try {
      await start();
    } catch {
      return undefined;
    }
    const current = worker;
    if (!current) return undefined;
    const id = ++nextId;
    const cpuStart = processCpuMs(current.pid);
    const wallEnd = performance.now() + WALL_CAP * CHECK_TIMEOUT_MS;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout;
      const expire = () => {
        // Waiting for a core is not the check's fault: go on while its own CPU time is under the limit.
        const now = processCpuMs(current.pid);
        const left = now === undefined || cpuStart === undefined ? 0 : CHECK_TIMEOUT_MS - (now - cpuStart);
        if (left > 0 && performance.now() < wallEnd) {
          timer = setTimeout(expire, Math.max(50, left));
          return;
        }
        current.off('message', onMessage);
        current.off('exit', onExit);
        current.kill('SIGKILL');
        resolve(undefined);
      };
      timer = setTimeout(expire, CHECK_TIMEOUT_MS);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('exit', onExit);
        hold(current, false);
        resolve(Array.isArray(reply.diagnostics) ? reply.diagnostics : undefined);
      };
      // A checker that dies mid-check (out of memory on a type bomb) skips the check at once.
      const onExit = () => {
        clearTimeout(timer);
        current.off('message', onMessage);
        resolve(undefined);
      };
      current.on('message', onMessage);
      current.once('exit', onExit);
      hold(current, true);
      try {
        current.send({ id, code });
      } catch {
        onExit();
      }
    });
  }

  return {
    check(code) {
      const result = queue.then(() => checkNow(code));
      queue = result.catch(() => undefined);
      return result;
    },
    warmUp: () => start().catch(() => undefined),
    async close() {
      closed = true;
      const current = worker;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      hold(current, true);
      await new Promise<void>((resolve) => {
        current.once('exit', () => resolve());
        current.kill('SIGKILL');
      });
    },
  };
}

/** An idle checker never keeps the process alive; one that is starting or checking does. */
function hold(child: ChildProcess, on: boolean): void {
  if (on) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

/** "line 3: Type 'number' is not assignable to type 'string'. (TS2322)", one per line. */
export function describeTypeErrors(diagnostics: TypeDiagnostic[]): string {
  const shown = diagnostics.slice(0, SHOWN).map((d) => `${d.line > 0 ? `line ${d.line}: ` : ''}${d.message} (TS${d.code})`);
  const more = diagnostics.length > SHOWN ? `\n(and ${diagnostics.length - SHOWN} more)` : '';
  return `${shown.join('\n')}${more}`;
}
