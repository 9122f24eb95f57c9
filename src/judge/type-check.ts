import { Worker } from 'node:worker_threads';

/**
 * Type-checks TypeScript submissions with the TypeScript compiler, in a worker thread kept warm
 * (type-check-worker.mjs). Measured on the judge's machine (bench/judge.ts): ~20-70 ms a check once
 * warm, under the 300 ms a Run can spare, so type errors are compile errors with their lines, as
 * on LeetCode. The compiler sees untrusted code: a check that runs past CHECK_TIMEOUT_MS (a type
 * that explodes) or fails is skipped, the worker replaced, and the submission judged as if it had
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

const WORKER_URL = new URL('./type-check-worker.mjs', import.meta.url);
const CHECK_TIMEOUT_MS = 5_000;
const STARTUP_TIMEOUT_MS = 30_000;
/** Diagnostics listed in a compile error; the rest are counted. */
const SHOWN = 5;

type Reply = { id?: number; ready?: boolean; diagnostics?: TypeDiagnostic[]; failed?: string };

export function createTypeChecker(): TypeChecker {
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 0;
  let closed = false;

  function start(): Promise<void> {
    if (ready && worker) return ready;
    const started = new Worker(WORKER_URL, { env: {}, resourceLimits: { maxOldGenerationSizeMb: 384 } });
    worker = started;
    started.unref();
    started.on('error', () => undefined);
    started.once('exit', () => {
      if (worker === started) [worker, ready] = [undefined, undefined];
    });
    ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the type checker did not start in time')), STARTUP_TIMEOUT_MS);
      started.once('message', () => {
        clearTimeout(timer);
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
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        current.off('message', onMessage);
        void current.terminate();
        resolve(undefined);
      }, CHECK_TIMEOUT_MS);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        current.off('message', onMessage);
        resolve(Array.isArray(reply.diagnostics) ? reply.diagnostics : undefined);
      };
      current.on('message', onMessage);
      current.postMessage({ id, code });
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
      await worker?.terminate();
    },
  };
}

/** "line 3: Type 'number' is not assignable to type 'string'. (TS2322)", one per line. */
export function describeTypeErrors(diagnostics: TypeDiagnostic[]): string {
  const shown = diagnostics.slice(0, SHOWN).map((d) => `${d.line > 0 ? `line ${d.line}: ` : ''}${d.message} (TS${d.code})`);
  const more = diagnostics.length > SHOWN ? `\n(and ${diagnostics.length - SHOWN} more)` : '';
  return `${shown.join('\n')}${more}`;
}
