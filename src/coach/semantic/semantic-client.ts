/**
 * The main thread's handle on the sentence model, which runs in a worker thread
 * (semantic-worker.mjs) so that the lexical report stays instant while the model loads and works.
 * The worker starts on first use; vectors are kept in an LRU cache by exact sentence text, so while
 * an answer is typed only changed sentences reach the model. A worker that fails to load, crashes or
 * overruns a deadline is ended and every waiting call rejects with an UnavailableError that says
 * why; the next call starts a fresh worker. Nothing here ever waits without a deadline.
 *
 * @example
 * const client = new SemanticClient();
 * const [a, b] = await client.embed(['I owned the launch date.', 'The launch date was mine.']);
 * await client.close();
 */
import { Worker } from 'node:worker_threads';
import { InvalidInputError, LimitError, UnavailableError } from '../../core/errors.js';
import { DIMENSIONS } from './embedder.mjs';
import { LruCache } from './lru-cache.js';

/** Named defaults, each with a hard maximum; a request past a maximum fails with a LimitError. */
export const SEMANTIC_LIMITS = {
  /** Texts in one embed call: the whole bank (about 3,000 texts today) fits in one. */
  maxTextsPerCall: 10_000,
  /** Characters in one text: a sentence, a rubric point or a prompt, never a whole document. */
  maxTextChars: 4_000,
  defaultCacheEntries: 2_000,
  /** Workers, each with its own copy of the model (~100 MB): two halve a pasted answer's wall time on two idle cores. */
  defaultWorkers: 1,
  maxWorkers: 4,
  maxCacheEntries: 100_000,
  /** Loading takes ~0.5 s on an idle machine; a busy shared one can take several times that. */
  defaultStartupTimeoutMs: 30_000,
  /** An embed request may take this long plus `perTextTimeoutMs` for each text, its own and those queued ahead of it, before the worker is ended. */
  defaultRequestTimeoutMs: 10_000,
  perTextTimeoutMs: 250,
} as const;

export interface SemanticClientOptions {
  /** Sentences whose vectors are kept in memory (2 KB each); default 2,000. */
  cacheEntries?: number;
  /** Worker threads, each with the model loaded; default 1. */
  workers?: number;
  startupTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Another worker script speaking the same protocol; tests use it to simulate crashes and hangs. */
  workerUrl?: URL;
  workerData?: unknown;
}

export interface EmbedOptions {
  /** false: neither read nor fill the sentence cache (for bulk text such as the question bank). Default true. */
  cache?: boolean;
}

export interface SemanticClientStats {
  /** Workers started so far (more than one after a crash, a timeout or close()). */
  workersStarted: number;
  /** Milliseconds the current worker took to load the model, once it has. */
  loadMs: number | null;
  /** CPU time of the current worker's thread up to ready (imports and model), where the platform tells. */
  loadCpuMs: number | null;
  cacheHits: number;
  cacheMisses: number;
  /** Texts sent to the model. */
  embedded: number;
  /** CPU time the worker spent embedding them (0 where the platform cannot tell). */
  workerCpuMs: number;
  cachedSentences: number;
}

/** Heap figures of the worker's own isolate; RSS is the process's and includes every thread. */
export interface WorkerMemory {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

const WORKER_URL = new URL('./semantic-worker.mjs', import.meta.url);
/** Fewer texts than this per worker are not worth splitting: one typed sentence goes to one worker. */
const MIN_TEXTS_PER_WORKER = 4;

type WorkerReply =
  | { type: 'ready'; loadMs: number; cpuMs?: number | null }
  | { type: 'failed'; message: string }
  | { type: 'vectors'; id: number; count: number; buffer: ArrayBuffer; cpuMs?: number | null }
  | { type: 'error'; id: number; message: string }
  | ({ type: 'memory'; id: number } & WorkerMemory);

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  texts: number;
}

/** One running worker: its start-up, its requests in flight, and how it ended. */
class WorkerHandle {
  readonly worker: Worker;
  readonly ready: Promise<number>;
  loadCpuMs: number | null = null;
  dead = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: string | undefined;
  private settleStart: { resolve: (loadMs: number) => void; reject: (error: Error) => void } | undefined;
  private readonly startTimer: NodeJS.Timeout;

  constructor(url: URL, workerData: unknown, startupTimeoutMs: number) {
    this.worker = new Worker(url, { workerData });
    this.ready = new Promise<number>((resolve, reject) => {
      this.settleStart = { resolve, reject };
    });
    // A caller that gives up on the start still gets the rejection through its own call.
    this.ready.catch(() => undefined);
    this.startTimer = setTimeout(() => this.fail(`the sentence model did not load within ${startupTimeoutMs / 1000} s`), startupTimeoutMs);
    this.worker.on('message', (reply: WorkerReply) => this.receive(reply));
    this.worker.on('error', (error: Error & { code?: string }) => {
      this.failure ??= error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the sentence model ran out of memory' : `the sentence model's worker failed: ${error.message}`;
    });
    this.worker.on('exit', (code) => this.fail(this.failure ?? `the sentence model's worker stopped (exit code ${code})`));
  }

  /**
   * Sends one request. The worker answers in order, so the deadline counts the texts queued ahead
   * too: a sentence typed while the bank is being embedded waits its turn without timing out.
   */
  request(message: { type: 'embed'; texts: string[] } | { type: 'memory' }, timing: { baseMs: number; perTextMs: number }): Promise<WorkerReply> {
    if (this.dead) return Promise.reject(unavailable(this.failure ?? 'the sentence model stopped'));
    const id = this.nextId++;
    const texts = message.type === 'embed' ? message.texts.length : 0;
    const timeoutMs = timing.baseMs + timing.perTextMs * (this.queuedTexts() + texts);
    return new Promise<WorkerReply>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`the sentence model did not answer within ${Math.round(timeoutMs / 100) / 10} s`), timeoutMs);
      this.pending.set(id, { resolve, reject, timer, texts });
      this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Texts sent and not yet answered. */
  queuedTexts(): number {
    let total = 0;
    for (const waiter of this.pending.values()) total += waiter.texts;
    return total;
  }

  /** Ends the worker and rejects everything waiting on it with `reason`. Idempotent. */
  fail(reason: string): void {
    if (this.dead) return;
    this.dead = true;
    this.failure = reason;
    clearTimeout(this.startTimer);
    this.settleStart?.reject(unavailable(reason));
    for (const waiter of this.pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(unavailable(reason));
    }
    this.pending.clear();
    void this.worker.terminate();
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'ready') {
      clearTimeout(this.startTimer);
      this.loadCpuMs = reply.cpuMs ?? null;
      this.settleStart?.resolve(reply.loadMs);
      this.idle();
      return;
    }
    if (reply.type === 'failed') {
      this.fail(`the sentence model could not load: ${reply.message}`);
      return;
    }
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    clearTimeout(waiter.timer);
    this.idle();
    if (reply.type === 'error') waiter.reject(unavailable(`the sentence model failed on a request: ${reply.message}`));
    else waiter.resolve(reply);
  }

  /** An idle worker does not keep the process alive; a busy or starting one does. */
  private idle(): void {
    if (this.pending.size === 0) this.worker.unref();
  }
}

function unavailable(reason: string): UnavailableError {
  return new UnavailableError(`Semantic analysis is unavailable: ${reason}. The lexical report does not depend on it; the next request starts the model again.`);
}

export class SemanticClient {
  private readonly handles: Array<WorkerHandle | undefined>;
  private readonly cache: LruCache<string, Float32Array>;
  private readonly startupTimeoutMs: number;
  private readonly requestTimeoutMs: number;
  private readonly workerUrl: URL;
  private readonly workerData: unknown;
  private readonly counts = { workersStarted: 0, cacheHits: 0, cacheMisses: 0, embedded: 0, workerCpuMs: 0 };
  private loadMs: number | null = null;

  constructor(options: SemanticClientOptions = {}) {
    const entries = options.cacheEntries ?? SEMANTIC_LIMITS.defaultCacheEntries;
    if (entries > SEMANTIC_LIMITS.maxCacheEntries) {
      throw new LimitError(`cacheEntries is ${entries}; at most ${SEMANTIC_LIMITS.maxCacheEntries} sentences are kept.`);
    }
    const workers = options.workers ?? SEMANTIC_LIMITS.defaultWorkers;
    if (!Number.isInteger(workers) || workers < 1 || workers > SEMANTIC_LIMITS.maxWorkers) {
      throw new LimitError(`workers is ${workers}; use 1 to ${SEMANTIC_LIMITS.maxWorkers} (each holds its own copy of the model, ~100 MB).`);
    }
    this.handles = Array.from({ length: workers }, () => undefined);
    this.cache = new LruCache(entries);
    this.startupTimeoutMs = options.startupTimeoutMs ?? SEMANTIC_LIMITS.defaultStartupTimeoutMs;
    this.requestTimeoutMs = options.requestTimeoutMs ?? SEMANTIC_LIMITS.defaultRequestTimeoutMs;
    this.workerUrl = options.workerUrl ?? WORKER_URL;
    this.workerData = options.workerData ?? null;
  }

  /**
   * One unit-length vector per text, in order. Texts seen before (exactly) come from the cache;
   * the rest go to the model, each distinct text once: split across the workers when there are
   * several and enough texts, else to the least busy worker.
   */
  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    validateTexts(texts);
    const useCache = options.cache !== false;
    const result: Array<Float32Array | undefined> = texts.map((text) => (useCache ? this.cache.get(text) : undefined));
    const missing = [...new Set(texts.filter((_, i) => result[i] === undefined))];
    this.counts.cacheHits += texts.length - result.filter((v) => v === undefined).length;
    this.counts.cacheMisses += missing.length;
    if (missing.length > 0) {
      const handles = (await this.started()).sort((a, b) => a.queuedTexts() - b.queuedTexts());
      const parts = Math.min(handles.length, Math.ceil(missing.length / MIN_TEXTS_PER_WORKER));
      const size = Math.ceil(missing.length / parts);
      const timing = { baseMs: this.requestTimeoutMs, perTextMs: SEMANTIC_LIMITS.perTextTimeoutMs };
      const replies = await Promise.all(
        Array.from({ length: parts }, (_, p) => {
          const part = missing.slice(p * size, (p + 1) * size);
          return handles[p]!.request({ type: 'embed', texts: part }, timing).then((reply) => {
            if (reply.type !== 'vectors' || reply.count !== part.length) throw unavailable('the sentence model answered out of turn');
            return reply;
          });
        }),
      );
      const fresh = new Map<string, Float32Array>();
      replies.forEach((reply, p) => {
        this.counts.embedded += reply.count;
        this.counts.workerCpuMs += reply.cpuMs ?? 0;
        const flat = new Float32Array(reply.buffer);
        for (let i = 0; i < reply.count; i++) fresh.set(missing[p * size + i]!, flat.slice(i * DIMENSIONS, (i + 1) * DIMENSIONS));
      });
      if (useCache) for (const [text, vector] of fresh) this.cache.set(text, vector);
      texts.forEach((text, i) => (result[i] ??= fresh.get(text)));
    }
    return result as Float32Array[];
  }

  /** Starts the workers now (those not running) and resolves with the slowest one's model load time in ms. */
  async warmUp(): Promise<number> {
    await this.started();
    return this.loadMs ?? 0;
  }

  /** The first worker's heap figures (starting the workers if needed). */
  async workerMemory(): Promise<WorkerMemory> {
    const [handle] = await this.started();
    const reply = await handle!.request({ type: 'memory' }, { baseMs: this.requestTimeoutMs, perTextMs: SEMANTIC_LIMITS.perTextTimeoutMs });
    if (reply.type !== 'memory') throw unavailable('the sentence model answered out of turn');
    return { heapUsed: reply.heapUsed, external: reply.external, arrayBuffers: reply.arrayBuffers };
  }

  stats(): SemanticClientStats {
    const cpu = this.handles.map((h) => h?.loadCpuMs ?? null);
    const loadCpuMs = cpu.some((ms) => ms === null) ? null : cpu.reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
    return { ...this.counts, loadMs: this.loadMs, loadCpuMs, cachedSentences: this.cache.size };
  }

  /** Forgets every cached sentence vector (the model stays loaded). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Ends the workers; calls waiting on them reject. A later call starts new ones. */
  async close(): Promise<void> {
    const running = this.handles.filter((h): h is WorkerHandle => h !== undefined);
    this.handles.fill(undefined);
    this.loadMs = null;
    for (const handle of running) handle.fail('the client was closed');
    await Promise.all(running.map((handle) => handle.worker.terminate()));
  }

  /** Every worker, started (again) where it is not running, once its model is loaded. */
  private async started(): Promise<WorkerHandle[]> {
    for (let i = 0; i < this.handles.length; i++) {
      if (!this.handles[i] || this.handles[i]!.dead) {
        this.handles[i] = new WorkerHandle(this.workerUrl, this.workerData, this.startupTimeoutMs);
        this.counts.workersStarted++;
        this.loadMs = null;
      }
    }
    const handles = [...this.handles] as WorkerHandle[];
    const loads = await Promise.all(handles.map((handle) => handle.ready));
    if (handles.every((handle, i) => this.handles[i] === handle)) this.loadMs = Math.max(...loads);
    return handles;
  }
}

function validateTexts(texts: readonly string[]): void {
  if (!Array.isArray(texts) || texts.some((text) => typeof text !== 'string')) {
    throw new InvalidInputError('embed() takes a list of strings.');
  }
  if (texts.length > SEMANTIC_LIMITS.maxTextsPerCall) {
    throw new LimitError(`${texts.length} texts in one call; at most ${SEMANTIC_LIMITS.maxTextsPerCall} are embedded at once.`);
  }
  const long = texts.find((text) => text.length > SEMANTIC_LIMITS.maxTextChars);
  if (long !== undefined) {
    throw new LimitError(`A text has ${long.length} characters; at most ${SEMANTIC_LIMITS.maxTextChars} are embedded. Split it into sentences.`);
  }
}
