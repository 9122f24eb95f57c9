// Worker thread that runs compiled JavaScript in QuickJS. Plain ESM so it runs from src/ and dist/.
// Each test gets a fresh QuickJS runtime (memory limit, 256 KB stack, deadline), so nothing a test
// does survives it. The main thread terminates this worker when a deadline is overrun anyway.
//
// This file is host code: submitted code runs inside the QuickJS wasm heap and reaches this thread
// only through `hostWrite` and the values read back here. It replies, per test, only a serialized
// value or an error of a kind (sandbox-protocol.ts); the main thread measures this thread's CPU time
// itself (/proc/self/task/<tid>, the tid sent once before any submission runs) and decides verdicts.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';

const { harnessSource, stackBytes, wallCap } = workerData;
const STDOUT_KEPT = 8 * 1024;
const MESSAGE_CHARS = 2_000;

/**
 * QuickJS's own memory limit counts little more than the number of allocations in this wasm build (its
 * malloc cannot tell a block's size), so the hard bound is the wasm memory itself: each submission gets a
 * fresh instance whose memory cannot grow past the problem's limit plus the runtime's own start-up heap.
 * Past it, allocation fails inside QuickJS and the code gets "out of memory". The compiled module is
 * shared; an instance takes a few milliseconds.
 */
const WASM_PAGE = 64 * 1024;
const START_HEAP_BYTES = 16 * 1024 * 1024;
const wasmFile = path.join(path.dirname(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/package.json')), 'dist', 'emscripten-module.wasm');
const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmFile));

function quickJsFor(limits) {
  const maximum = Math.ceil((START_HEAP_BYTES + limits.memoryMb * 1024 * 1024) / WASM_PAGE);
  const wasmMemory = new WebAssembly.Memory({ initial: START_HEAP_BYTES / WASM_PAGE, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmModule, wasmMemory }));
}

let QuickJS = await quickJsFor({ memoryMb: 16 });

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

parentPort.on('message', async (message) => {
  try {
    if (message.type === 'load') {
      job = message.job;
      QuickJS = await quickJsFor(job.limits);
      parentPort.postMessage({ type: 'loaded', ...loadCheck(job, message.budgetMs) });
    } else if (message.type === 'prepare') {
      prepareTest(job, message.input, message.budgetMs);
      parentPort.postMessage({ type: 'prepared' });
    } else if (message.type === 'test') {
      parentPort.postMessage({ type: 'result', ...runTest(job, message.budgetMs) });
    } else if (message.type === 'memory') {
      parentPort.postMessage({ type: 'memory', bytes: QuickJS.module.HEAPU8.length });
    }
  } catch (error) {
    // QuickJS itself failed (an abort inside wasm): this worker must not be reused.
    parentPort.postMessage({ type: 'crash', message: String(error && error.stack ? error.stack : error) });
  }
});
/** This thread's id, so the main thread can read its CPU time; undefined off Linux. */
const tid = (() => {
  try {
    return Number(fs.readlinkSync('/proc/thread-self').split('/').pop()) || undefined;
  } catch {
    return undefined;
  }
})();
parentPort.postMessage({ type: 'ready', tid });

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
      // Past the output limit nothing the code does can change the verdict: stop it now.
      if (this.outputExceeded) return true;
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

  /** Evaluates the harness, then the submission; returns the entry handle or an error. */
  boot() {
    this.bootHarness();
    return this.bootCode();
  }

  /** The judge's part of a test, before any submitted code exists in this runtime. */
  bootHarness() {
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
  }

  bootCode() {
    const ctx = this.context;
    // The module's top level runs here, under the test's budget: its CPU counts like the call's.
    const compiled = ctx.evalCode(this.job.code, 'solution.js', { type: 'global' });
    if (compiled.error) return { error: this.failure(compiled.error, 'load') };
    const wrapper = this.keep(compiled.value);
    const called = ctx.callFunction(wrapper, ctx.undefined);
    if (called.error) return { error: this.failure(called.error, 'load') };
    const entry = this.keep(called.value);
    const type = ctx.typeof(entry);
    if (type === 'undefined') {
      const keyword = this.job.kind === 'class' ? 'class' : 'function';
      return { error: { kind: 'entry', message: `declare \`${keyword} ${this.job.entry}\` at the top level of your code` } };
    }
    if (type !== 'function') {
      return { error: { kind: 'entry', message: `${this.job.entry} must be a ${this.job.kind}, but it is a ${type}` } };
    }
    return { entry };
  }

  /** Describes an exception handle as an error of a kind (sandbox-protocol.ts), and disposes it. */
  failure(errorHandle, phase) {
    const ctx = this.context;
    this.keep(errorHandle);
    if (this.outputExceeded) return { kind: 'output', message: '' };
    if (this.interrupted) return this.nearMemoryLimit() ? { kind: 'memory', message: '' } : { kind: 'timeout', message: '' };
    // Describing may run the submission's getters: they get a small budget of their own, still counted.
    this.setBudget(100);
    const described = ctx.callFunction(this.describe, ctx.undefined, errorHandle);
    let info = { name: 'Error', message: 'an exception that could not be described', stack: '' };
    if (described.error) this.keep(described.error);
    else {
      const parts = this.keep(described.value);
      const part = (index) => {
        const handle = this.keep(ctx.getProp(parts, index));
        return ctx.typeof(handle) === 'string' ? ctx.getString(handle) : '';
      };
      info = { name: part(0), message: part(1), stack: part(2) };
    }
    // An exception that fights being described (a getter that never returns) is still an exception.
    if (this.interrupted) return { kind: 'exception', name: 'Error', message: 'an exception that could not be described' };
    const stack = String(info.stack).slice(0, 16_384);
    if (info.message === 'out of memory' && info.name === 'InternalError') return { kind: 'memory', message: '' };
    if (info.name === 'SyntaxError' && phase === 'load') return { kind: 'syntax', message: cut(`SyntaxError: ${info.message}`), stack };
    if (info.message === 'stack overflow' && info.name === 'InternalError') {
      return { kind: 'stack_overflow', message: 'stack overflow: recursion is limited to about 1,000 nested calls here; use an explicit stack or loop', stack };
    }
    const name = info.name === 'Uncaught' ? 'uncaught exception' : String(info.name).slice(0, 100);
    return { kind: 'exception', name, message: cut(String(info.message)), stack };
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

function cut(text) {
  return text.length > MESSAGE_CHARS ? text.slice(0, MESSAGE_CHARS) : text;
}

function loadCheck(job, budgetMs) {
  const sandbox = new Sandbox(job);
  try {
    sandbox.setBudget(budgetMs);
    const booted = sandbox.boot();
    return booted.error ? { error: booted.error } : {};
  } finally {
    sandbox.dispose();
  }
}

/**
 * A test comes in two requests, so the host can measure them apart: `prepare` builds the runtime,
 * evaluates the harness and reads the input (the judge's work, no submitted code involved); `test`
 * evaluates the submission, calls it and serializes the value (all counted against its limits).
 */
let prepared = null;

function prepareTest(job, inputJson, budgetMs) {
  if (prepared) prepared.sandbox.dispose();
  const sandbox = new Sandbox(job);
  prepared = { sandbox };
  sandbox.setBudget(budgetMs);
  sandbox.bootHarness();
  const ctx = sandbox.context;
  const input = ctx.callFunction(sandbox.prepare, ctx.undefined, sandbox.keep(ctx.newString(inputJson)));
  prepared.input = sandbox.keep(ctx.unwrapResult(input));
}

function runTest(job, budgetMs) {
  const { sandbox, input } = prepared;
  prepared = null;
  const ctx = sandbox.context;
  const end = (result) => ({ ...result, stdout: sandbox.stdout, printed: sandbox.outputBytes });
  try {
    sandbox.setBudget(budgetMs);
    const booted = sandbox.bootCode();
    if (booted.error) return end({ error: booted.error });
    const kind = sandbox.keep(ctx.newString(job.kind));
    const name = sandbox.keep(ctx.newString(job.entry));
    const invoked = ctx.callFunction(sandbox.invoke, ctx.undefined, kind, booted.entry, name, input);
    if (invoked.error) return end({ error: sandbox.failure(invoked.error, 'invoke') });
    const value = sandbox.keep(invoked.value);
    // toJSON methods and getters run here, under the same budget.
    const serialized = ctx.callFunction(sandbox.serialize, ctx.undefined, value);
    if (serialized.error) return end({ error: sandbox.failure(serialized.error, 'serialize') });
    const output = ctx.getString(sandbox.keep(serialized.value));
    if (sandbox.outputExceeded) return end({ error: { kind: 'output', message: '' } });
    // Anything past the limit is refused by the host anyway; do not copy it out.
    if (output.length > job.limits.outputKb * 1024) return end({ output: output.slice(0, job.limits.outputKb * 1024 + 1) });
    return end({ output });
  } finally {
    sandbox.dispose();
  }
}
