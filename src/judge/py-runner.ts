import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UnavailableError } from '../core/errors.js';
import { FifoQueue } from './fifo-queue.js';
import { graceMs, resolveLimits, type Limits } from './limits.js';
import { makeSnapshot, PyProcess, snapshotCachePath, type Settled } from './py-process.js';
import { judgeLoadReply, judgeReply, memoryLimitMessage, protocolFailure, timeLimitMessage } from './sandbox-protocol.js';
import type { Budget, FailedTest, LoadOutcome, SandboxJob, SandboxRunner, SandboxSession, TestOutcome } from './types.js';

/**
 * A warm pool of Pyodide processes. Each process is started (from a memory snapshot) before it is
 * needed, judges one submission and is killed. Its replacement starts the moment it is taken, not
 * when it is given back, so `processes` started spares wait beyond those in use and a submission
 * does not wait for a cold start.
 *
 * What is trusted: nothing the process says beyond "this value" or "this error of this kind",
 * checked against a strict schema (sandbox-protocol.ts); its CPU time is read here from /proc.
 */
/** Memory a process may hold beyond its baseline and the problem's limit before it is killed. */
const RSS_SLACK_BYTES = 192 * 1024 * 1024;
/** Failed starts of one pool slot after which waiting submissions fail instead of waiting on. */
const MAX_START_ATTEMPTS = 3;

export interface PyRunnerOptions {
  processes: number;
  /** The Pyodide package folder; the installed one by default (tests point it elsewhere). */
  pyodideDir?: string;
}

export function createPyRunner(options: PyRunnerOptions): SandboxRunner {
  const queue = new FifoQueue<PyProcess>();
  const all = new Set<PyProcess>();
  let closed = false;
  let privateDir: string | undefined;
  let snapshot: Promise<string> | undefined;
  let started: Promise<void> | undefined;

  function ensureSnapshot(): Promise<string> {
    snapshot ??= (async () => {
      const cached = snapshotCachePath(options.pyodideDir);
      if (cached && fs.existsSync(cached)) return cached;
      // No usable cache folder: a private one for this judge, removed on close.
      const target = cached ?? path.join((privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-judge-'))), 'pyodide.snapshot');
      const partial = `${target}.${process.pid}.${Date.now()}.partial`;
      await makeSnapshot(partial, options.pyodideDir);
      fs.renameSync(partial, target); // atomic: a concurrent judge sees the whole file or none
      return target;
    })();
    return snapshot;
  }

  /** Pool slots given up after repeated failed starts; the next submission tries them again. */
  let abandoned = 0;

  /** Starts one pool slot: retries a failed start, then gives the slot up and fails the waiting. */
  async function spawnOne(): Promise<void> {
    for (let attempt = 1; !closed; attempt++) {
      let child: PyProcess | undefined;
      try {
        const file = await ensureSnapshot();
        if (closed) return;
        const started = (child = new PyProcess(file, options.pyodideDir));
        all.add(started);
        started.child.once('exit', () => all.delete(started));
        await started.ready;
        if (closed) return started.kill();
        return queue.release(started);
      } catch (error) {
        child?.kill();
        snapshot = undefined; // rebuilt on the next attempt, in case it was the problem
        if (attempt < MAX_START_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
          continue;
        }
        abandoned++;
        const failure = new UnavailableError(`the Python sandbox cannot start: ${error instanceof Error ? error.message : String(error)}`);
        queue.failWaiting(failure);
        throw failure;
      }
    }
  }

  function start(): Promise<void> {
    // The first process starts alone, so the first submission does not share the CPU with the rest.
    started ??= spawnOne().then(
      () => Promise.all(Array.from({ length: options.processes - 1 }, () => spawnOne())).then(() => undefined),
      (error: unknown) => {
        abandoned += options.processes - 1; // never started; the next submission starts them
        throw error;
      },
    );
    return started;
  }

  return {
    warmUp: start,
    async open(): Promise<SandboxSession> {
      if (!started) void start().catch(() => undefined);
      for (; abandoned > 0; abandoned--) void spawnOne().catch(() => undefined);
      const child = await queue.acquire();
      if (!closed) void spawnOne().catch(() => undefined);
      let limits: Limits = resolveLimits({}, 'the Python sandbox');
      let rssCap = Infinity;
      let released = false;
      const failed = (settled: Settled, cpuMs: number): FailedTest => {
        const base = { status: 'error' as const, timeMs: cpuMs, stdout: '' };
        if (settled.type === 'timeout' && child.memoryRefused) return { ...base, verdict: 'memory_limit_exceeded', message: memoryLimitMessage(limits) };
        if (settled.type === 'timeout') return { ...base, verdict: 'time_limit_exceeded', message: timeLimitMessage(limits) };
        const gone = settled.type === 'gone' ? settled : undefined;
        if (settled.type === 'memory' || /heap limit|out of memory/i.test(gone?.stderr ?? '')) {
          return { ...base, verdict: 'memory_limit_exceeded', message: memoryLimitMessage(limits) };
        }
        // The process ended on its own (an exit code): the submitted code took the interpreter down.
        if (gone?.code !== null && gone?.code !== undefined) {
          return { ...base, verdict: 'runtime_error', message: `the Python process stopped unexpectedly (exit code ${gone.code})` };
        }
        // Killed by a signal the judge did not send, or an unexpected reply: the judge failed.
        if (gone) return { ...base, verdict: 'internal_error', message: `the judge failed: the Python process was stopped (${gone.signal ?? 'no signal'})` };
        return protocolFailure(cpuMs);
      };
      const request = (message: object, budget: Budget) => child.request(message, budget.cpuMs, graceMs(limits), budget.wallMs, rssCap);
      return {
        get alive() {
          return !child.dead;
        },
        async load(job: SandboxJob, budget: Budget): Promise<LoadOutcome> {
          limits = job.limits;
          rssCap = child.baselineRssBytes + limits.memoryMb * 1024 * 1024 + RSS_SLACK_BYTES;
          const message = {
            type: 'load',
            code: job.code,
            entry: job.entry,
            kind: job.kind,
            restrictions: job.restrictions,
            memoryBytes: limits.memoryMb * 1024 * 1024,
            outputBytes: limits.outputKb * 1024,
          };
          const { settled, cpuMs } = await request(message, budget);
          if (settled.type === 'loaded') {
            const outcome = judgeLoadReply(settled, cpuMs, limits);
            if (!outcome.ok && outcome.verdict === 'internal_error') child.kill();
            return outcome;
          }
          const { verdict, message: text } = failed(settled, cpuMs);
          return { ok: false, verdict, message: text, timeMs: cpuMs };
        },
        async runTest(inputJson: string, budget: Budget): Promise<TestOutcome> {
          // Reading the input is the judge's work and is not counted; everything after it is.
          const prepared = await request({ type: 'prepare', input: inputJson }, { ...budget, cpuMs: limits.timePerTestMs });
          if (prepared.settled.type !== 'prepared' || 'error' in prepared.settled) {
            return prepared.settled.type === 'prepared' ? protocolFailure(0) : failed(prepared.settled, 0);
          }
          const { settled, cpuMs } = await request({ type: 'test' }, budget);
          if (settled.type !== 'result') return failed(settled, cpuMs);
          // After a fatal error the interpreter is unusable: no further test may run in it.
          const { fatal, ...reply } = settled;
          if (fatal !== undefined) child.kill();
          const outcome = judgeReply(reply, cpuMs, limits);
          if (outcome.status === 'error' && outcome.verdict === 'internal_error') child.kill();
          return outcome;
        },
        close(): void {
          if (released) return;
          released = true;
          child.kill();
        },
      };
    },
    async close(): Promise<void> {
      closed = true;
      for (const child of [...queue.close(), ...all]) child.kill();
      all.clear();
      await snapshot?.catch(() => undefined);
      if (privateDir) fs.rmSync(privateDir, { recursive: true, force: true });
    },
  };
}
