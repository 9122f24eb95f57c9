import { Worker } from 'node:worker_threads';
import { UnavailableError } from '../core/errors.js';
import { threadCpuMs } from './cpu-time.js';
import { FifoQueue } from './fifo-queue.js';
import { JS_HARNESS_SOURCE } from './js-harness.js';
import { JS_STACK_BYTES, resolveLimits, WALL_CAP, type Limits } from './limits.js';
import { judgeLoadReply, judgeReply, memoryLimitMessage, timeLimitMessage } from './sandbox-protocol.js';
import type { Budget, FailedTest, LoadOutcome, SandboxJob, SandboxRunner, SandboxSession, TestOutcome } from './types.js';

/**
 * A warm pool of worker threads, each holding a QuickJS wasm module. A worker serves one submission
 * at a time; one that overruns a deadline or crashes is terminated and replaced.
 *
 * What is trusted: the worker's own code (js-worker.mjs) is host code; submitted code runs inside
 * the QuickJS wasm heap and cannot reach it. Still, a reply is only "a value" or "an error of a
 * kind", checked against a strict schema here, and the CPU time of a test is read here from the
 * worker thread's /proc entry (wall time where /proc is missing), never taken from the reply.
 */
const DEFAULT_WORKER_URL = new URL('./js-worker.mjs', import.meta.url);
/** A worker whose wasm heap grew past this is replaced after its submission, to give memory back. */
const RECYCLE_HEAP_BYTES = 64 * 1024 * 1024;
const STARTUP_TIMEOUT_MS = 20_000;
/** Failed starts of one pool slot after which waiting submissions fail instead of waiting on. */
const MAX_START_ATTEMPTS = 3;

type Reply = { type: string; bytes?: number; message?: string; tid?: number };
type Waiter = { resolve: (reply: Reply | { type: 'gone'; message: string }) => void };

class JsWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  dead = false;
  /** The worker thread's id, for reading its CPU time; undefined off Linux. */
  tid: number | undefined;
  private waiter: Waiter | undefined;
  private exitMessage = 'the sandbox worker stopped';
  private terminated = false;

  constructor(url: URL) {
    this.worker = new Worker(url, {
      workerData: { harnessSource: JS_HARNESS_SOURCE, stackBytes: JS_STACK_BYTES, wallCap: WALL_CAP },
      // QuickJS memory lives in the wasm heap; this bounds the worker's own JavaScript heap.
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
      // Nothing of the judge's environment (an API key) is in the worker, even out of QuickJS's reach.
      env: {},
    });
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the QuickJS worker did not start in time')), STARTUP_TIMEOUT_MS);
      this.worker.once('message', (message: Reply) => {
        clearTimeout(timer);
        this.tid = typeof message.tid === 'number' && Number.isSafeInteger(message.tid) ? message.tid : undefined;
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
      // An exit the judge did not ask for is a crash of the judge, whatever caused it.
      if (!this.terminated && this.exitMessage === 'the sandbox worker stopped') this.exitMessage = 'the sandbox worker crashed';
      this.settle({ type: 'gone', message: this.exitMessage });
    });
  }

  /**
   * Sends one request; resolves with the reply, or `timeout` after terminating the worker, and the
   * worker thread's CPU time the request took, as this thread reads it.
   */
  request(message: object, timeoutMs: number): Promise<{ reply: Reply | { type: 'gone'; message: string } | { type: 'timeout' }; cpuMs: number }> {
    if (this.dead) return Promise.resolve({ reply: { type: 'gone', message: this.exitMessage }, cpuMs: 0 });
    const wallStart = performance.now();
    const cpuStart = threadCpuMs(this.tid);
    const used = () => {
      const now = threadCpuMs(this.tid);
      return now === undefined || cpuStart === undefined ? performance.now() - wallStart : now - cpuStart;
    };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        const cpuMs = used();
        this.terminate();
        resolve({ reply: { type: 'timeout' }, cpuMs });
      }, Math.max(1, timeoutMs));
      this.waiter = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve({ reply, cpuMs: used() });
        },
      };
      this.worker.postMessage(message);
    });
  }

  terminate(): void {
    this.dead = true;
    this.terminated = true;
    void this.worker.terminate();
  }

  private settle(reply: Reply | { type: 'gone'; message: string }): void {
    if (reply.type === 'ready') return;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.resolve(reply);
  }
}

export interface JsRunnerOptions {
  workers: number;
  /** The worker script; tests point it at one that crashes. */
  workerUrl?: URL;
}

export function createJsRunner(options: JsRunnerOptions): SandboxRunner {
  const queue = new FifoQueue<JsWorker>();
  const all = new Set<JsWorker>();
  let closed = false;
  let started: Promise<void> | undefined;
  /** Pool slots given up after repeated failed starts; the next submission tries them again. */
  let abandoned = 0;

  /** Starts one pool slot: retries a failed start, then gives the slot up and fails the waiting. */
  async function spawn(): Promise<void> {
    for (let attempt = 1; !closed; attempt++) {
      const worker = new JsWorker(options.workerUrl ?? DEFAULT_WORKER_URL);
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
      const { reply } = await worker.request({ type: 'memory' }, 5_000);
      if (closed) return worker.terminate();
      if (reply.type === 'memory' && Number((reply as Reply).bytes) < RECYCLE_HEAP_BYTES) return queue.release(worker);
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
      let released = false;
      // A test stops itself after WALL_CAP times its CPU budget; the watchdog is for when it cannot,
      // and for the submission's total wall limit (budget.wallMs).
      const watchdogMs = (budget: Budget) => Math.min(WALL_CAP * budget.cpuMs + 300, budget.wallMs);
      const gone = (reply: { type: string; message?: string }, cpuMs: number): FailedTest => {
        const base = { status: 'error' as const, timeMs: cpuMs, stdout: '' };
        if (reply.type === 'timeout') return { ...base, verdict: 'time_limit_exceeded', message: timeLimitMessage(limits) };
        if (reply.type === 'crash') worker.terminate();
        if (reply.message === 'out of memory') return { ...base, verdict: 'memory_limit_exceeded', message: memoryLimitMessage(limits) };
        return { ...base, verdict: 'internal_error', message: `the judge failed: ${(reply.message ?? 'the sandbox stopped').slice(0, 300)}` };
      };
      return {
        get alive() {
          return !worker.dead;
        },
        async load(job: SandboxJob, budget: Budget): Promise<LoadOutcome> {
          limits = job.limits;
          const { reply, cpuMs } = await worker.request({ type: 'load', job, budgetMs: budget.cpuMs }, watchdogMs(budget));
          if (reply.type === 'loaded') {
            const outcome = judgeLoadReply(reply, cpuMs, limits);
            if (!outcome.ok && outcome.verdict === 'internal_error') worker.terminate();
            return outcome;
          }
          const { verdict, message } = gone(reply, cpuMs);
          return { ok: false, verdict, message, timeMs: cpuMs };
        },
        async runTest(inputJson: string, budget: Budget): Promise<TestOutcome> {
          // Reading the input is the judge's work and is not counted; everything after it is.
          const prepared = await worker.request({ type: 'prepare', input: inputJson, budgetMs: limits.timePerTestMs }, watchdogMs({ ...budget, cpuMs: limits.timePerTestMs }));
          if (prepared.reply.type !== 'prepared') return gone(prepared.reply, 0);
          const { reply, cpuMs } = await worker.request({ type: 'test', budgetMs: budget.cpuMs }, watchdogMs(budget));
          if (reply.type !== 'result') return gone(reply, cpuMs);
          const outcome = judgeReply(reply, cpuMs, limits);
          if (outcome.status === 'error' && outcome.verdict === 'internal_error') worker.terminate();
          return outcome;
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
