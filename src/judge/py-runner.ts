import { graceMs, resolveLimits, type Limits } from './limits.js';
import { PyPool } from './py-pool.js';
import type { Settled } from './py-process.js';
import { judgeLoadReply, judgeReply, memoryLimitMessage, protocolFailure, timeLimitMessage } from './sandbox-protocol.js';
import type { Budget, FailedTest, LoadOutcome, SandboxJob, SandboxRunner, SandboxSession, TestOutcome } from './types.js';

/**
 * Python sessions on the warm pool (py-pool.ts): each submission gets an interpreter no code has run
 * in, already started, and drops it afterwards.
 *
 * What is trusted: nothing the process says beyond "this value" or "this error of this kind",
 * checked against a strict schema (sandbox-protocol.ts); its CPU time is read here from /proc.
 */
/** Memory a process may hold beyond what it held when the submission started and the problem's limit. */
const RSS_SLACK_BYTES = 192 * 1024 * 1024;
/**
 * Interpreters each process keeps built ahead, by default. A build takes ~0.4 s and a Run ~50 ms, so
 * a burst of Runs is served from spares: two processes × 5 cover ten in a row. A spare holds ~25 MB.
 */
const DEFAULT_SPARES = 5;

export interface PyRunnerOptions {
  processes: number;
  /** Interpreters each process keeps built ahead (default 3). */
  spares?: number;
  /** The Pyodide package folder; the installed one by default (tests point it elsewhere). */
  pyodideDir?: string;
}

export function createPyRunner(options: PyRunnerOptions): SandboxRunner {
  const pool = new PyPool({ processes: options.processes, spares: options.spares ?? DEFAULT_SPARES, ...(options.pyodideDir ? { pyodideDir: options.pyodideDir } : {}) });

  return {
    warmUp: () => pool.warmUp(),
    async open(): Promise<SandboxSession> {
      const child = await pool.acquire();
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
          rssCap = child.rssBytes() + limits.memoryMb * 1024 * 1024 + RSS_SLACK_BYTES;
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
          pool.giveBack(child);
        },
      };
    },
    close: () => pool.close(),
  };
}
