// Child process that judges Python submissions in Pyodide, one fresh interpreter per submission.
// Plain ESM so it runs from src/ and dist/. Modes:
//   node py-child.mjs <pyodideDir> <snapshotPath> snapshot   (trusted: full load, write a memory snapshot)
//   node --experimental-permission ... py-child.mjs <pyodideDir> <snapshotPath> serve
// In `serve` mode the parent starts it under the Node permission model (reads only Pyodide, this file
// and the snapshot; no writes, child processes, workers or addons) with code generation from strings
// disallowed. Pyodide is not a sandbox (`import js` reaches the host), so before any submitted code
// runs, the network and host globals are removed from this JavaScript realm, and `js` is empty.
//
// The process keeps interpreters built ahead (`build`), each its own wasm instance started from the
// snapshot. `load` takes one no code has run in; `release` drops it for good. No interpreter is used
// for two submissions, and none is built while a submission is being judged.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const proc = process; // kept privately for IPC; the global is deleted before submitted code runs
// Present with --expose-gc: a dropped interpreter's memory is given back before the next submission.
const collectGarbage = globalThis.gc;
const [pyodideDir, snapshotPath, mode] = proc.argv.slice(2);

// Pyodide asks for fs constants through process.binding, which the permission model refuses.
const realBinding = proc.binding;
proc.binding = (name) => (name === 'constants' ? { fs: fs.constants } : realBinding.call(proc, name));

// The judged interpreter's wasm heap may not grow past `memoryCap`: Python then raises MemoryError.
let memoryCap = Infinity;
let memoryRefused = false;
/** The interpreter of the submission being judged. */
let current;
const grow = WebAssembly.Memory.prototype.grow;
Object.defineProperty(WebAssembly.Memory.prototype, 'grow', {
  value: function cappedGrow(pages) {
    const judged = current !== undefined && this.buffer === current.module.HEAP8.buffer;
    if (judged && this.buffer.byteLength + pages * 65536 > memoryCap) {
      // Tell the parent now: code that swallows MemoryError may run on until it is killed.
      if (!memoryRefused && proc.connected) proc.send({ type: 'memory-refused' });
      memoryRefused = true;
      throw new RangeError('memory limit reached');
    }
    return grow.call(this, pages);
  },
  writable: false,
  configurable: false,
});

// Loaded as CommonJS first (it defines globalThis._createPyodideModule, which pyodide.mjs then uses):
// imported from ESM, Node would scan its 1.1 MB for exports, ~0.25 s of CPU on every start.
createRequire(import.meta.url)(path.join(pyodideDir, 'pyodide.asm.js'));
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, 'pyodide.mjs')).href);

if (mode === 'snapshot') {
  const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, _makeSnapshot: true });
  fs.writeFileSync(snapshotPath, pyodide.makeMemorySnapshot());
  proc.exit(0);
}

const KEPT_STDOUT = 8 * 1024;
const decoder = new TextDecoder();
let outputLimit = Infinity;
let outputBytes = 0;
let outputExceeded = false;
let stdout = '';

const send = (message) => proc.send(message);
const snapshot = fs.readFileSync(snapshotPath);
const write = (buffer) => {
  outputBytes += buffer.length;
  if (outputBytes > outputLimit) {
    outputExceeded = true;
    throw new Error('output limit exceeded');
  }
  if (stdout.length < KEPT_STDOUT) stdout += decoder.decode(buffer).slice(0, KEPT_STDOUT - stdout.length);
  return buffer.length;
};

/** Interpreters built and never used; each serves one submission and is then dropped. */
const spares = [];
let harness;
let building = false;
/** Messages that arrived during a build wait for it: no submitted code runs while host globals are back. */
const deferred = [];

/**
 * Builds one interpreter from the snapshot: its own wasm instance, so its own memory, Python heap,
 * modules and file system. The host globals Pyodide's loader needs are put back only while no
 * submitted code can run (nothing is judged during a build), and removed again before it ends.
 */
async function buildInterpreter() {
  building = true;
  showGlobals();
  try {
    const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/`, _loadSnapshot: snapshot, jsglobals: Object.create(null) });
    pyodide.setStdout({ write });
    pyodide.setStderr({ write });
    cutNetwork(pyodide._module);
    // The harness runs in a namespace of its own, not __main__; its functions are kept here only.
    const scope = pyodide.runPython('dict()');
    pyodide.runPython(harness, { globals: scope });
    const build = scope.get('_build');
    const built = build();
    const interpreter = { module: pyodide._module, load: built.get(0), prepare: built.get(1), run: built.get(2) };
    for (const proxy of [built, build, scope]) proxy.destroy();
    return interpreter;
  } finally {
    hideGlobals();
    building = false;
  }
}

/** Drops an interpreter: its proxies are destroyed now, so no finalizer calls into it later. */
function discard(interpreter) {
  for (const proxy of [interpreter.load, interpreter.prepare, interpreter.run]) {
    try {
      proxy.destroy();
    } catch {
      // an interpreter that failed fatally may refuse; it is dropped all the same
    }
  }
}

async function buildSpare(type) {
  try {
    spares.push(await buildInterpreter());
  } catch (error) {
    // The host sees the process go and starts another.
    proc.stderr?.write?.(`could not build a Python interpreter: ${error && error.stack ? error.stack : error}\n`);
    proc.exit(70);
  }
  send({ type, spares: spares.length });
  while (!building && deferred.length > 0) handle(deferred.shift());
}

proc.once('message', (init) => {
  harness = init.harness;
  hideGlobals();
  proc.on('message', (message) => (building ? deferred.push(message) : handle(message)));
  void buildSpare('ready');
});

/**
 * Emscripten's only network path is SOCKFS, which opens WebSockets through the `ws` package for
 * Python sockets. The permission model already keeps `ws` unreadable; this closes the path explicitly.
 */
function cutNetwork(module) {
  const ops = module.SOCKFS.websocket_sock_ops;
  const refuse = () => {
    throw new module.FS.ErrnoError(23); // EHOSTUNREACH: Python sees OSError "Host is unreachable"
  };
  for (const name of ['createPeer', 'connect', 'listen']) {
    Object.defineProperty(ops, name, { value: refuse, writable: false, configurable: false });
  }
}

/** Host globals taken away from every submission, kept here for the loader only. */
const hidden = new Map();

/** Removes every host capability a submission could reach through a JavaScript object. */
function hideGlobals() {
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (KEEP_GLOBALS.has(name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    try {
      if (delete globalThis[name]) hidden.set(name, descriptor);
    } catch {
      // non-configurable built-ins stay; they are language intrinsics
    }
  }
}

function showGlobals() {
  for (const [name, descriptor] of hidden) Object.defineProperty(globalThis, name, descriptor);
  hidden.clear();
}

// Language intrinsics and what Pyodide touches at run time (console and Buffer reach no host resource);
// notably absent: process, require, fetch, WebSocket, navigator, timers and the other Node globals.
const KEEP_GLOBALS = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined', 'Boolean',
  'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'globalThis', 'JSON', 'Math', 'Intl', 'ArrayBuffer',
  'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set',
  'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef', 'decodeURI', 'decodeURIComponent',
  'encodeURI', 'encodeURIComponent', 'escape', 'unescape', 'isFinite', 'isNaN', 'SharedArrayBuffer',
  'WebAssembly', 'TextDecoder', 'TextEncoder', 'performance', 'queueMicrotask', 'console', 'Buffer',
]);

function handle(message) {
  if (message.type === 'build') {
    void buildSpare('built');
  } else if (message.type === 'load') {
    // A submission always gets an interpreter no code has run in; the host only asks when one is spare.
    if (current !== undefined || spares.length === 0) return send({ type: 'loaded', error: { kind: 'protocol' } });
    current = spares.shift();
    outputLimit = message.outputBytes;
    outputBytes = 0;
    outputExceeded = false;
    stdout = '';
    memoryCap = current.module.HEAP8.length + message.memoryBytes;
    memoryRefused = false;
    const reply = call(() => current.load(message.code, message.entry, message.kind, JSON.stringify(message.restrictions)));
    send({ type: 'loaded', ...(reply.error ? { error: reply.error } : {}) });
  } else if (message.type === 'prepare') {
    // Reading the input is the judge's work; the host does not count this request.
    const reply = current ? call(() => current.prepare(message.input)) : { error: { kind: 'protocol' } };
    send({ type: 'prepared', ...(reply.error ? { error: reply.error } : {}) });
  } else if (message.type === 'test') {
    outputBytes = 0;
    outputExceeded = false;
    memoryRefused = false;
    stdout = '';
    const reply = current ? call(() => current.run()) : { error: { kind: 'protocol' } };
    send({ type: 'result', ...reply, stdout, printed: outputBytes });
  } else if (message.type === 'release') {
    if (current) discard(current);
    current = undefined;
    memoryCap = Infinity;
    outputLimit = Infinity;
    collectGarbage?.();
    send({ type: 'released', spares: spares.length });
  }
}

const text = (value, chars) => (typeof value === 'string' ? value.slice(0, chars) : '');

/**
 * Calls the harness and reduces what it returned to the protocol (sandbox-protocol.ts): a value or
 * an error of a kind, every field a bounded string. Limits hit in JavaScript (output, memory) and
 * fatal interpreter errors become errors of their kind; the host decides the verdicts.
 */
function call(run) {
  let result;
  try {
    const proxy = run();
    result = proxy.toJs({ dict_converter: Object.fromEntries });
    proxy.destroy();
  } catch (error) {
    // Pyodide suffered a fatal error while running submitted code (a stack overflow after raising the
    // recursion limit, a refused host call such as os.system): the interpreter is gone.
    const detail = String(error && error.message ? error.message : error);
    if (/Maximum call stack size exceeded/.test(detail)) return { error: { kind: 'stack_overflow', message: 'stack overflow: the recursion is too deep' }, fatal: true };
    if (memoryRefused) return { error: { kind: 'memory', message: '' }, fatal: true };
    return { error: { kind: 'exit', message: `the Python runtime stopped: ${detail.slice(0, 300)}` }, fatal: true };
  }
  if (outputExceeded) return { error: { kind: 'output', message: '' } };
  if (memoryRefused) return { error: { kind: 'memory', message: '' } };
  if (typeof result.output === 'string') return { output: result.output.slice(0, outputLimit + 1) };
  if (!ERROR_KINDS.has(result.kind)) return {};
  const error = { kind: result.kind, message: text(result.message, 2_000) };
  if (typeof result.name === 'string') error.name = text(result.name, 100);
  if (typeof result.where === 'string' && result.where) error.where = text(result.where, 150);
  return { error };
}

const ERROR_KINDS = new Set(['syntax', 'entry', 'exception', 'exit', 'memory']);
