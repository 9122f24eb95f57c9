// Worker thread that runs compiled JavaScript in QuickJS. Plain ESM so it runs from src/ and dist/.
// Each test gets a fresh QuickJS runtime (memory limit, 256 KB stack, deadline), so nothing a test
// does survives it. The main thread terminates this worker when a deadline is overrun anyway.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { newQuickJSWASMModule } from 'quickjs-emscripten';

const { harnessSource, stackBytes, wallCap } = workerData;
const STDOUT_KEPT = 8 * 1024;
const QuickJS = await newQuickJSWASMModule();

/**
 * CPU time of this thread in ms (Linux /proc/thread-self/schedstat, nanoseconds), so that a busy
 * machine does not turn a fast solution into a time-limit verdict. Falls back to wall time.
 */
const threadCpuMs = (() => {
  const read = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  try {
    return Number.isFinite(read()) ? read : null;
  } catch {
    return null;
  }
})();
const cpuNow = threadCpuMs ?? (() => performance.now());

let job = null;

parentPort.on('message', (message) => {
  try {
    if (message.type === 'load') {
      job = message.job;
      parentPort.postMessage({ type: 'loaded', outcome: loadCheck(job) });
    } else if (message.type === 'test') {
      parentPort.postMessage({ type: 'result', outcome: runTest(job, message.input) });
    } else if (message.type === 'memory') {
      parentPort.postMessage({ type: 'memory', bytes: QuickJS.module.HEAPU8.length });
    }
  } catch (error) {
    // QuickJS itself failed (an abort inside wasm): this worker must not be reused.
    parentPort.postMessage({ type: 'crash', message: String(error && error.stack ? error.stack : error) });
  }
});
parentPort.postMessage({ type: 'ready' });

class Sandbox {
  constructor(job) {
    this.job = job;
    this.handles = [];
    this.budgetMs = Infinity;
    this.deadline = Infinity;
    this.wallCap = Infinity;
    this.cpuStart = 0;
    this.interrupted = false;
    this.usedAtInterrupt = 0;
    this.outputBytes = 0;
    this.outputExceeded = false;
    this.stdout = '';
    this.runtime = QuickJS.newRuntime();
    this.runtime.setMemoryLimit(job.limits.memoryMb * 1024 * 1024);
    this.runtime.setMaxStackSize(stackBytes);
    this.runtime.setInterruptHandler(() => {
      const now = performance.now();
      if (now <= this.deadline) return false;
      if (threadCpuMs && now <= this.wallCap) {
        // CPU time never exceeds wall time: until the wall deadline nothing needs measuring. After it,
        // move the deadline to when the budget could be spent, if the thread was kept waiting.
        const left = this.budgetMs - (threadCpuMs() - this.cpuStart);
        if (left > 0) {
          this.deadline = now + left;
          return false;
        }
      }
      if (!this.interrupted) {
        this.interrupted = true;
        this.usedAtInterrupt = estimatedUse(this.runtime);
      }
      return true;
    });
    this.context = this.runtime.newContext();
  }

  keep(handle) {
    this.handles.push(handle);
    return handle;
  }

  /** Starts a CPU-time budget, capped at `wallCap` times that in wall time. */
  setBudget(ms) {
    const now = performance.now();
    this.budgetMs = ms;
    this.deadline = now + ms;
    this.wallCap = now + wallCap * ms;
    this.cpuStart = cpuNow();
  }

  /** Evaluates the harness and the submission; returns the entry handle or a failure. */
  boot() {
    const ctx = this.context;
    const limitBytes = this.job.limits.outputKb * 1024;
    const hostWrite = this.keep(
      ctx.newFunction('hostWrite', (textHandle) => {
        const text = ctx.getString(textHandle);
        this.outputBytes += Buffer.byteLength(text);
        if (this.outputBytes > limitBytes) {
          this.outputExceeded = true;
          throw new Error(`output limit exceeded (${this.job.limits.outputKb} KB)`);
        }
        if (this.stdout.length < STDOUT_KEPT) this.stdout += text.slice(0, STDOUT_KEPT - this.stdout.length);
      }),
    );
    const factory = this.keep(ctx.unwrapResult(ctx.evalCode(harnessSource, 'harness.js', { type: 'global' })));
    const restrictions = this.keep(ctx.unwrapResult(ctx.evalCode(`(${JSON.stringify(this.job.restrictions)})`)));
    this.harness = this.keep(ctx.unwrapResult(ctx.callFunction(factory, ctx.undefined, hostWrite, restrictions)));
    for (const name of ['prepare', 'invoke', 'serialize', 'describe']) this[name] = this.keep(ctx.getProp(this.harness, name));

    const compiled = ctx.evalCode(this.job.code, 'solution.js', { type: 'global' });
    if (compiled.error) return this.failure(compiled.error, 'load');
    const wrapper = this.keep(compiled.value);
    const called = ctx.callFunction(wrapper, ctx.undefined);
    if (called.error) return this.failure(called.error, 'load');
    const entry = this.keep(called.value);
    const type = ctx.typeof(entry);
    if (type === 'undefined') {
      const keyword = this.job.kind === 'class' ? 'class' : 'function';
      return { ok: false, verdict: 'compile_error', message: `declare \`${keyword} ${this.job.entry}\` at the top level of your code` };
    }
    if (type !== 'function') {
      return { ok: false, verdict: 'compile_error', message: `${this.job.entry} must be a ${this.job.kind}, but it is a ${type}` };
    }
    return { ok: true, entry };
  }

  /** Classifies an exception handle (and disposes it). */
  failure(errorHandle, phase) {
    const ctx = this.context;
    this.keep(errorHandle);
    if (this.outputExceeded) return { ok: false, verdict: 'output_limit_exceeded', message: `output limit exceeded (${this.job.limits.outputKb} KB)` };
    if (this.interrupted) {
      if (this.nearMemoryLimit()) return memoryExceeded(this.job);
      return { ok: false, verdict: 'time_limit_exceeded', message: `time limit exceeded (${this.job.limits.timePerTestMs} ms per test)` };
    }
    this.setBudget(100);
    const described = ctx.callFunction(this.describe, ctx.undefined, errorHandle);
    let info = { name: 'Error', message: 'an exception that could not be described', stack: '' };
    if (described.error) this.keep(described.error);
    else {
      const text = ctx.getString(this.keep(described.value));
      try {
        info = JSON.parse(text);
      } catch {
        // keep the generic description
      }
    }
    if (info.message === 'out of memory' && info.name === 'InternalError') return memoryExceeded(this.job);
    if (info.name === 'SyntaxError' && phase === 'load') {
      return { ok: false, verdict: 'compile_error', message: `SyntaxError: ${info.message}`, stack: info.stack };
    }
    if (info.message === 'stack overflow' && info.name === 'InternalError') {
      return {
        ok: false,
        verdict: 'runtime_error',
        message: 'stack overflow: recursion is limited to about 1,000 nested calls here; use an explicit stack or loop',
        stack: info.stack,
      };
    }
    const label = info.name === 'Uncaught' ? 'uncaught exception' : info.name;
    return { ok: false, verdict: 'runtime_error', message: `${label}: ${info.message}`, stack: info.stack };
  }

  /**
   * Near its memory limit QuickJS spends its time collecting garbage, so a memory bomb usually hits
   * the deadline before "out of memory": judge it by the heap estimate taken when it was interrupted.
   */
  nearMemoryLimit() {
    return this.usedAtInterrupt >= 0.9 * this.job.limits.memoryMb * 1024 * 1024;
  }

  dispose() {
    for (const handle of this.handles.reverse()) if (handle.alive) handle.dispose();
    this.context.dispose();
    this.runtime.dispose();
  }
}

/** QuickJS's own estimate of the bytes its objects use ("memory used" in its usage dump). */
function estimatedUse(runtime) {
  const match = /^memory used\s+\d+\s+(\d+)/m.exec(runtime.dumpMemoryUsage());
  return match ? Number(match[1]) : 0;
}

function memoryExceeded(job) {
  return { ok: false, verdict: 'memory_limit_exceeded', message: `memory limit exceeded (${job.limits.memoryMb} MB)` };
}

function loadCheck(job) {
  const sandbox = new Sandbox(job);
  try {
    sandbox.setBudget(job.limits.timePerTestMs);
    const booted = sandbox.boot();
    if (booted.ok) return { ok: true };
    return { ok: false, verdict: booted.verdict, message: booted.message, stack: booted.stack };
  } finally {
    sandbox.dispose();
  }
}

function runTest(job, inputJson) {
  const sandbox = new Sandbox(job);
  const ctx = sandbox.context;
  let timeMs = 0;
  const end = (outcome) => ({ ...outcome, timeMs, stdout: sandbox.stdout });
  try {
    // One CPU budget for the whole test: loading the code, reading the input, the call, the output.
    sandbox.setBudget(job.limits.timePerTestMs);
    const booted = sandbox.boot();
    if (!booted.ok) return end({ status: 'error', verdict: booted.verdict === 'compile_error' ? 'runtime_error' : booted.verdict, message: booted.message, stack: booted.stack });
    const prepared = ctx.callFunction(sandbox.prepare, ctx.undefined, sandbox.keep(ctx.newString(inputJson)));
    if (prepared.error) return end(asError(sandbox.failure(prepared.error, 'prepare')));
    const input = sandbox.keep(prepared.value);
    const kind = sandbox.keep(ctx.newString(job.kind));
    const name = sandbox.keep(ctx.newString(job.entry));

    const started = cpuNow();
    const invoked = ctx.callFunction(sandbox.invoke, ctx.undefined, kind, booted.entry, name, input);
    timeMs = cpuNow() - started;
    if (invoked.error) return end(asError(sandbox.failure(invoked.error, 'invoke')));
    const value = sandbox.keep(invoked.value);

    const serialized = ctx.callFunction(sandbox.serialize, ctx.undefined, value);
    if (serialized.error) return end(asError(sandbox.failure(serialized.error, 'serialize')));
    const output = ctx.getString(sandbox.keep(serialized.value));
    if (sandbox.outputExceeded || sandbox.outputBytes + Buffer.byteLength(output) > job.limits.outputKb * 1024) {
      return end({ status: 'error', verdict: 'output_limit_exceeded', message: `output limit exceeded (${job.limits.outputKb} KB)` });
    }
    return end({ status: 'ok', output });
  } finally {
    sandbox.dispose();
  }
}

function asError(failure) {
  return { status: 'error', verdict: failure.verdict, message: failure.message, stack: failure.stack };
}
