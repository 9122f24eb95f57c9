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
    let ahead = 0;
    for (const waiter of this.pending.values()) ahead += waiter.texts;
    const timeoutMs = timing.baseMs + timing.perTextMs * (ahead + texts);
    return new Promise<WorkerReply>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`the sentence model did not answer within ${Math.round(timeoutMs / 100) / 10} s`), timeoutMs);
      this.pending.set(id, { resolve, reject, timer, texts });
      this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
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
  private handle: WorkerHandle | undefined;
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
    this.cache = new LruCache(entries);
    this.startupTimeoutMs = options.startupTimeoutMs ?? SEMANTIC_LIMITS.defaultStartupTimeoutMs;
    this.requestTimeoutMs = options.requestTimeoutMs ?? SEMANTIC_LIMITS.defaultRequestTimeoutMs;
    this.workerUrl = options.workerUrl ?? WORKER_URL;
    this.workerData = options.workerData ?? null;
  }

  /**
   * One unit-length vector per text, in order. Texts seen before (exactly) come from the cache;
   * the rest go to the model in one request, each distinct text once.
   */
  async embed(texts: readonly string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    validateTexts(texts);
    const useCache = options.cache !== false;
    const result: Array<Float32Array | undefined> = texts.map((text) => (useCache ? this.cache.get(text) : undefined));
    const missing = [...new Set(texts.filter((_, i) => result[i] === undefined))];
    this.counts.cacheHits += texts.length - result.filter((v) => v === undefined).length;
    this.counts.cacheMisses += missing.length;
    if (missing.length > 0) {
      const handle = await this.started();
      const reply = await handle.request({ type: 'embed', texts: missing }, { baseMs: this.requestTimeoutMs, perTextMs: SEMANTIC_LIMITS.perTextTimeoutMs });
      if (reply.type !== 'vectors' || reply.count !== missing.length) throw unavailable('the sentence model answered out of turn');
      this.counts.embedded += missing.length;
      this.counts.workerCpuMs += reply.cpuMs ?? 0;
      const flat = new Float32Array(reply.buffer);
      const fresh = new Map(missing.map((text, i) => [text, flat.slice(i * DIMENSIONS, (i + 1) * DIMENSIONS)]));
      if (useCache) for (const [text, vector] of fresh) this.cache.set(text, vector);
      texts.forEach((text, i) => (result[i] ??= fresh.get(text)));
    }
    return result as Float32Array[];
  }

  /** Starts the worker now (if it is not running) and resolves with the model's load time in ms. */
  async warmUp(): Promise<number> {
    await this.started();
    return this.loadMs ?? 0;
  }

  /** The worker's heap figures (starting it if needed). */
  async workerMemory(): Promise<WorkerMemory> {
    const handle = await this.started();
    const reply = await handle.request({ type: 'memory' }, { baseMs: this.requestTimeoutMs, perTextMs: SEMANTIC_LIMITS.perTextTimeoutMs });
    if (reply.type !== 'memory') throw unavailable('the sentence model answered out of turn');
    return { heapUsed: reply.heapUsed, external: reply.external, arrayBuffers: reply.arrayBuffers };
  }

  stats(): SemanticClientStats {
    return { ...this.counts, loadMs: this.loadMs, loadCpuMs: this.handle?.loadCpuMs ?? null, cachedSentences: this.cache.size };
  }

  /** Forgets every cached sentence vector (the model stays loaded). */
  clearCache(): void {
    this.cache.clear();
  }

  /** Ends the worker; calls waiting on it reject. A later call starts a new one. */
  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    this.loadMs = null;
    if (!handle) return;
    handle.fail('the client was closed');
    await handle.worker.terminate();
  }

  private async started(): Promise<WorkerHandle> {
    if (!this.handle || this.handle.dead) {
      this.handle = new WorkerHandle(this.workerUrl, this.workerData, this.startupTimeoutMs);
      this.counts.workersStarted++;
      this.loadMs = null;
    }
    const handle = this.handle;
    const loadMs = await handle.ready;
    if (this.handle === handle) this.loadMs = loadMs;
    return handle;
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
