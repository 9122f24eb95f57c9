import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FifoQueue } from './fifo-queue.js';
import { graceMs } from './limits.js';
import { makeSnapshot, PyProcess, type Reply, type Settled } from './py-process.js';
import type { LoadOutcome, SandboxJob, SandboxRunner, SandboxSession, TestOutcome } from './types.js';

/**
 * A warm pool of Pyodide processes. Each process is started (from a memory snapshot, ~0.4 s) before
 * it is needed, judges one submission and is killed; a replacement starts at once.
 */
/** Memory a process may hold beyond its baseline and the problem's limit before it is killed. */
const RSS_SLACK_BYTES = 192 * 1024 * 1024;

export function createPyRunner(options: { processes: number }): SandboxRunner {
  const queue = new FifoQueue<PyProcess>();
  const all = new Set<PyProcess>();
  let closed = false;
  let snapshotDir: string | undefined;
  let snapshot: Promise<string> | undefined;
  let started: Promise<void> | undefined;

  function ensureSnapshot(): Promise<string> {
    snapshot ??= (async () => {
      // A private folder per judge: the snapshot decides what the interpreter is, so no one else may write it.
      snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-judge-'));
      const file = path.join(snapshotDir, 'pyodide.snapshot');
      await makeSnapshot(file);
      return file;
    })();
    return snapshot;
  }

  async function spawnOne(): Promise<void> {
    if (closed) return;
    const file = await ensureSnapshot();
    if (closed) return;
    const child = new PyProcess(file);
    all.add(child);
    child.child.once('exit', () => all.delete(child));
    try {
      await child.ready;
    } catch (error) {
      child.kill();
      if (!closed) setTimeout(() => void spawnOne().catch(() => undefined), 1_000).unref();
      throw error;
    }
    if (closed) return child.kill();
    queue.release(child);
  }

  function start(): Promise<void> {
    started ??= Promise.all(Array.from({ length: options.processes }, () => spawnOne())).then(() => undefined);
    return started;
  }

  return {
    warmUp: start,
    async open(job: SandboxJob): Promise<SandboxSession> {
      void start().catch(() => undefined);
      const child = await queue.acquire();
      const limits = job.limits;
      const rssCap = child.baselineRssBytes + limits.memoryMb * 1024 * 1024 + RSS_SLACK_BYTES;
      let released = false;
      const failed = (settled: Settled): TestOutcome => {
        const base = { status: 'error' as const, timeMs: 0, stdout: '' };
        if (settled.type === 'timeout') {
          return { ...base, verdict: 'time_limit_exceeded', message: `time limit exceeded (${limits.timePerTestMs} ms per test)`, timeMs: limits.timePerTestMs };
        }
        const stderr = settled.type === 'gone' ? settled.stderr : '';
        if (settled.type === 'memory' || /heap limit|out of memory/i.test(stderr)) {
          return { ...base, verdict: 'memory_limit_exceeded', message: `memory limit exceeded (${limits.memoryMb} MB)` };
        }
        const code = settled.type === 'gone' ? settled.code : null;
        return { ...base, verdict: 'runtime_error', message: `the Python process stopped unexpectedly (exit code ${code ?? 'none'})` };
      };
      const outcomeOf = (settled: Settled, cpuMs: number): TestOutcome => {
        if (settled.type !== 'result') return failed(settled);
        const outcome = (settled as Reply).outcome as TestOutcome & { fatal?: boolean };
        // After a fatal error the interpreter is unusable: no further test may run in it.
        if (outcome.fatal) child.kill();
        // The harness times the call in wall time; on a busy machine the process's CPU time is lower.
        const timeMs = Math.min(outcome.timeMs, cpuMs);
        if (timeMs > limits.timePerTestMs) {
          return { status: 'error', verdict: 'time_limit_exceeded', message: `time limit exceeded (${limits.timePerTestMs} ms per test)`, timeMs, stdout: outcome.stdout };
        }
        return { ...outcome, timeMs };
      };
      return {
        get alive() {
          return !child.dead;
        },
        async load(): Promise<LoadOutcome> {
          const message = {
            type: 'load',
            code: job.code,
            entry: job.entry,
            kind: job.kind,
            restrictions: job.restrictions,
            memoryBytes: limits.memoryMb * 1024 * 1024,
            outputBytes: limits.outputKb * 1024,
          };
          const { settled } = await child.request(message, limits.timePerTestMs, graceMs(limits), rssCap);
          if (settled.type === 'loaded') return (settled as Reply).outcome as LoadOutcome;
          const outcome = failed(settled);
          return outcome.status === 'error' ? { ok: false, verdict: outcome.verdict, message: outcome.message } : { ok: true };
        },
        async runTest(inputJson: string): Promise<TestOutcome> {
          const { settled, cpuMs } = await child.request({ type: 'test', input: inputJson }, limits.timePerTestMs, graceMs(limits), rssCap);
          return outcomeOf(settled, cpuMs);
        },
        close(): void {
          if (released) return;
          released = true;
          child.kill();
          void spawnOne().catch(() => undefined);
        },
      };
    },
    async close(): Promise<void> {
      closed = true;
      for (const child of [...queue.close(), ...all]) child.kill();
      all.clear();
      await snapshot?.catch(() => undefined);
      if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true });
    },
  };
}
