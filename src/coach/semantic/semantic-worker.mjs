// Worker thread that holds the sentence model, so that loading it (~0.5 s) and embedding (~25 ms a
// sentence) never block the main thread, where the lexical report is computed. Plain ESM, like
// src/judge/js-worker.mjs, so it runs from src/ and from dist/.
//
// Protocol: the worker posts { type: 'ready', loadMs, cpuMs } once the model is loaded, or
// { type: 'failed', message } and exits. Then each { type: 'embed', id, texts } is answered, in
// order, with { type: 'vectors', id, count, buffer, cpuMs } (count * DIMENSIONS float32s,
// transferred; cpuMs is this thread's CPU time for the request, which a busy machine does not inflate) or
// { type: 'error', id, message }; { type: 'memory', id } with this thread's heap figures.
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { DIMENSIONS, embed, loadEmbedder } from './embedder.mjs';

/** CPU time of this thread in ms (Linux /proc/thread-self/schedstat, nanoseconds); null elsewhere. */
const threadCpuMs = (() => {
  const read = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  try {
    return Number.isFinite(read()) ? read : () => null;
  } catch {
    return () => null;
  }
})();

let loaded;
try {
  loaded = await loadEmbedder();
} catch (error) {
  parentPort.postMessage({ type: 'failed', message: String(error && error.message ? error.message : error) });
  process.exit(1);
}
parentPort.postMessage({ type: 'ready', loadMs: loaded.loadMs, cpuMs: threadCpuMs() });

// One request at a time: the model's WebAssembly backend is not re-entrant across awaits.
let queue = Promise.resolve();
parentPort.on('message', (message) => {
  queue = queue.then(() => handle(message));
});

async function handle(message) {
  if (message.type === 'embed') {
    try {
      const cpuBefore = threadCpuMs();
      const vectors = await embed(message.texts);
      const flat = new Float32Array(vectors.length * DIMENSIONS);
      vectors.forEach((vector, i) => flat.set(vector, i * DIMENSIONS));
      const cpuAfter = threadCpuMs();
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      parentPort.postMessage({ type: 'vectors', id: message.id, count: vectors.length, buffer: flat.buffer, cpuMs }, [flat.buffer]);
    } catch (error) {
      parentPort.postMessage({ type: 'error', id: message.id, message: String(error && error.message ? error.message : error) });
    }
  } else if (message.type === 'memory') {
    const { heapUsed, external, arrayBuffers } = process.memoryUsage();
    parentPort.postMessage({ type: 'memory', id: message.id, heapUsed, external, arrayBuffers });
  }
}
