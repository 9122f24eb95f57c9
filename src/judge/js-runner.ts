import { Worker } from 'node:worker_threads';
import { UnavailableError } from '../core/errors.js';
import { FifoQueue } from './fifo-queue.js';
import { JS_HARNESS_SOURCE } from './js-harness.js';
import { graceMs, JS_STACK_BYTES, resolveLimits, WALL_CAP, type Limits } from './limits.js';
import type { FailedTest, LoadOutcome, SandboxJob, SandboxRunner, SandboxSession, TestOutcome } from './types.js';

/**
 * A warm pool of worker threads, each holding a QuickJS wasm module. A worker serves one submission
 * at a time; one that overruns a deadline or crashes is terminated and replaced.
 */
const WORKER_URL = new URL('./js-worker.mjs', import.meta.url);
/** A worker whose wasm heap grew past this is replaced after its submission, to give memory back. */
const RECYCLE_HEAP_BYTES = 768 * 1024 * 1024;
const STARTUP_TIMEOUT_MS = 20_000;
/** Failed starts of one pool slot after which waiting submissions fail instead of waiting on. */
const MAX_START_ATTEMPTS = 3;

type Reply = { type: string; outcome?: unknown; bytes?: number; message?: string };
type Waiter = { resolve: (reply: Reply | { type: 'gone'; message: string }) => void };

class JsWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  dead = false;
  private waiter: Waiter | undefined;
  private exitMessage = 'the sandbox worker stopped';

  constructor() {
    this.worker = new Worker(WORKER_URL, {
      workerData: { harnessSource: JS_HARNESS_SOURCE, stackBytes: JS_STACK_BYTES, wallCap: WALL_CAP },
      // QuickJS memory lives in the wasm heap; this bounds the worker's own JavaScript heap.
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the QuickJS worker did not start in time')), STARTUP_TIMEOUT_MS);
      this.worker.once('message', (message: Reply) => {
        clearTimeout(timer);
        if (message.type === 'ready') resolve();
        else reject(new Error(`the QuickJS worker failed to start: ${message.message ?? message.type}`));
      });
      this.worker.once('exit', () => reject(new Error(this.exitMessage)));
    });
    this.worker.on('message', (message: Reply) => this.settle(message));
    this.worker.on('error', (error: Error & { code?: string }) => {
      this.exitMessage = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : `the sandbox worker failed: ${error.message}`;
    });
    this.worker.on('exit', () => {
      this.dead = true;
      this.settle({ type: 'gone', message: this.exitMessage });
    });
  }

  /** Sends one request; resolves with the reply, or `timeout` after terminating the worker. */
  request(message: object, timeoutMs: number): Promise<Reply | { type: 'gone'; message: string } | { type: 'timeout' }> {
    if (this.dead) return Promise.resolve({ type: 'gone', message: this.exitMessage });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        this.terminate();
        resolve({ type: 'timeout' });
      }, timeoutMs);
      this.waiter = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
      };
      this.worker.postMessage(message);
    });
  }

  terminate(): void {
    this.dead = true;
    void this.worker.terminate();
  }

  private settle(reply: Reply | { type: 'gone'; message: string }): void {
    if (reply.type === 'ready') return;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve(reply);
  }
}

export function createJsRunner(options: { workers: number }): SandboxRunner {
  const queue = new FifoQueue<JsWorker>();
  const all = new Set<JsWorker>();
  let closed = false;
  let started: Promise<void> | undefined;
  /** Pool slots given up after repeated failed starts; the next submission tries them again. */
  let abandoned = 0;

  /** Starts one pool slot: retries a failed start, then gives the slot up and fails the waiting. */
  async function spawn(): Promise<void> {
    for (let attempt = 1; !closed; attempt++) {
      const worker = new JsWorker();
      all.add(worker);
      worker.worker.once('exit', () => all.delete(worker));
      try {
        await worker.ready;
        if (closed) return worker.terminate();
        return queue.release(worker);
      } catch (error) {
        worker.terminate();
        if (attempt < MAX_START_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
          continue;
        }
        abandoned++;
        const failure = new UnavailableError(`the JavaScript sandbox cannot start: ${error instanceof Error ? error.message : String(error)}`);
        queue.failWaiting(failure);
        throw failure;
      }
    }
  }

  function start(): Promise<void> {
    started ??= Promise.all(Array.from({ length: options.workers }, () => spawn())).then(() => undefined);
    return started;
  }

  async function giveBack(worker: JsWorker): Promise<void> {
    if (closed) return worker.terminate();
    if (!worker.dead) {
      const reply = await worker.request({ type: 'memory' }, 5_000);
      if (closed) return worker.terminate();
      if (reply.type === 'memory' && (reply as Reply).bytes! < RECYCLE_HEAP_BYTES) return queue.release(worker);
      worker.terminate();
    }
    await spawn().catch(() => undefined);
  }

  return {
    warmUp: start,
    async open(): Promise<SandboxSession> {
      if (!started) void start().catch(() => undefined);
      for (; abandoned > 0; abandoned--) void spawn().catch(() => undefined);
      const worker = await queue.acquire();
      let limits: Limits = resolveLimits({}, 'the JavaScript sandbox');
      // A test stops itself after WALL_CAP times its limit; the watchdog is for when it cannot.
      const watchdogMs = () => WALL_CAP * limits.timePerTestMs + graceMs(limits);
      let released = false;
      const gone = (reply: { type: string; message?: string }): FailedTest => {
        if (reply.type === 'timeout') {
          return { status: 'error', verdict: 'time_limit_exceeded', message: `time limit exceeded (${limits.timePerTestMs} ms per test)`, timeMs: limits.timePerTestMs, stdout: '' };
        }
        if (reply.type === 'crash') worker.terminate();
        if (reply.message === 'out of memory') {
          return { status: 'error', verdict: 'memory_limit_exceeded', message: `memory limit exceeded (${limits.memoryMb} MB)`, timeMs: 0, stdout: '' };
        }
        if (reply.message?.includes('Maximum call stack size exceeded')) {
          return { status: 'error', verdict: 'runtime_error', message: 'stack overflow: the recursion is too deep', timeMs: 0, stdout: '' };
        }
        return { status: 'error', verdict: 'internal_error', message: reply.message ?? 'the sandbox stopped', timeMs: 0, stdout: '' };
      };
      return {
        get alive() {
          return !worker.dead;
        },
        async load(job: SandboxJob): Promise<LoadOutcome> {
          limits = job.limits;
          const reply = await worker.request({ type: 'load', job }, watchdogMs());
          if (reply.type === 'loaded') return (reply as Reply).outcome as LoadOutcome;
          const outcome = gone(reply as { type: string; message?: string });
          return { ok: false, verdict: outcome.verdict, message: outcome.message };
        },
        async runTest(inputJson: string): Promise<TestOutcome> {
          const reply = await worker.request({ type: 'test', input: inputJson }, watchdogMs());
          if (reply.type === 'result') return (reply as Reply).outcome as TestOutcome;
          return gone(reply as { type: string; message?: string });
        },
        close(): void {
          if (released) return;
          released = true;
          void giveBack(worker);
        },
      };
    },
    async close(): Promise<void> {
      closed = true;
      queue.close();
      await Promise.all([...all].map((worker) => worker.worker.terminate()));
      all.clear();
    },
  };
}
