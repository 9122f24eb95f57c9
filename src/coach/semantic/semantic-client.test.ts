// The real worker and model (loaded once for the file, restarted once), and a fake worker for failures.
import { afterAll, describe, expect, it } from 'vitest';
import { LimitError, UnavailableError } from '../../core/errors.js';
import { SemanticClient, SEMANTIC_LIMITS } from './semantic-client.js';
import { cosine } from './similarity.js';

const FAKE_WORKER = new URL('./fixtures/fake-worker.mjs', import.meta.url);
const fake = (mode: string, options: { startupTimeoutMs?: number; requestTimeoutMs?: number } = {}) =>
  new SemanticClient({ workerUrl: FAKE_WORKER, workerData: { mode }, ...options });

describe('SemanticClient with the real model', () => {
  const client = new SemanticClient();
  afterAll(() => client.close());

  it('starts the worker on first use and embeds off the main thread', async () => {
    expect(client.stats().workersStarted).toBe(0);
    const [owned, mine, pancakes] = await client.embed(['I owned the launch date.', 'The launch date was my responsibility.', 'Pancakes need flour and eggs.']);
    expect(owned).toHaveLength(512);
    expect(cosine(owned!, mine!)).toBeGreaterThan(cosine(owned!, pancakes!) + 0.15);
    expect(client.stats()).toMatchObject({ workersStarted: 1, cacheHits: 0, cacheMisses: 3, embedded: 3, cachedSentences: 3 });
    expect(client.stats().loadMs).toBeGreaterThan(0);
  }, 60_000);

  it('embeds only sentences it has not seen, each distinct text once', async () => {
    const before = client.stats();
    const vectors = await client.embed(['I owned the launch date.', 'We shipped two weeks early.', 'We shipped two weeks early.']);
    expect(vectors).toHaveLength(3);
    expect(vectors[1]).toBe(vectors[2]);
    expect(client.stats().embedded - before.embedded).toBe(1);
    expect(client.stats().cacheHits - before.cacheHits).toBe(1);
  });

  it('leaves the cache alone when asked to', async () => {
    const before = client.stats();
    await client.embed(['A rubric point the bank embeds in bulk.'], { cache: false });
    await client.embed(['A rubric point the bank embeds in bulk.'], { cache: false });
    expect(client.stats().embedded - before.embedded).toBe(2);
    expect(client.stats().cachedSentences).toBe(before.cachedSentences);
  });

  it('reports the worker heap', async () => {
    const memory = await client.workerMemory();
    expect(memory.heapUsed).toBeGreaterThan(1_000_000);
  });

  it('rejects calls waiting on a closed worker, and starts a new one on the next call', async () => {
    const waiting = expect(client.embed(['A sentence still on its way when the client closes.'])).rejects.toThrow(
      'Semantic analysis is unavailable: the client was closed.',
    );
    await client.close();
    await waiting;
    const [vector] = await client.embed(['A sentence after the restart.']);
    expect(vector).toHaveLength(512);
    expect(client.stats().workersStarted).toBe(2);
  }, 60_000);

  it('splits a request across two workers, in order, and gives the same vectors', async () => {
    const pool = new SemanticClient({ workers: 2 });
    try {
      const texts = Array.from({ length: 9 }, (_, i) => `Sentence ${i} of a pasted answer about a launch that slipped.`);
      const [split, alone] = [await pool.embed(texts), await client.embed(texts, { cache: false })];
      expect(pool.stats()).toMatchObject({ workersStarted: 2, embedded: 9 });
      split.forEach((vector, i) => expect(cosine(vector, alone[i]!)).toBeCloseTo(1, 5));
      await pool.embed(['One typed sentence goes to one worker.']);
      expect(pool.stats().embedded).toBe(10);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('refuses texts past the named limits before starting anything', async () => {
    const fresh = new SemanticClient();
    await expect(fresh.embed(['x'.repeat(SEMANTIC_LIMITS.maxTextChars + 1)])).rejects.toThrow(LimitError);
    await expect(fresh.embed(['x'.repeat(SEMANTIC_LIMITS.maxTextChars + 1)])).rejects.toThrow(
      `A text has ${SEMANTIC_LIMITS.maxTextChars + 1} characters; at most ${SEMANTIC_LIMITS.maxTextChars} are embedded. Split it into sentences.`,
    );
    expect(fresh.stats().workersStarted).toBe(0);
    expect(() => new SemanticClient({ cacheEntries: SEMANTIC_LIMITS.maxCacheEntries + 1 })).toThrow(LimitError);
    expect(() => new SemanticClient({ workers: 5 })).toThrow('workers is 5; use 1 to 4 (each holds its own copy of the model, ~100 MB).');
  });
});

describe('SemanticClient when the worker fails', () => {
  it('rejects with the reason when the model cannot load, and tries again on the next call', async () => {
    const client = fake('fail-load');
    await expect(client.embed(['a'])).rejects.toThrow(UnavailableError);
    await expect(client.embed(['a'])).rejects.toThrow(
      'Semantic analysis is unavailable: the sentence model could not load: model.json is missing. The lexical report does not depend on it; the next request starts the model again.',
    );
    expect(client.stats().workersStarted).toBe(2);
    await client.close();
  });

  it('rejects when the worker throws while starting', async () => {
    const client = fake('throw-on-load');
    await expect(client.embed(['a'])).rejects.toThrow("Semantic analysis is unavailable: the sentence model's worker failed: cannot read the weights.");
    await client.close();
  });

  it('rejects when the worker crashes on a request', async () => {
    const client = fake('crash-on-embed');
    await expect(client.embed(['a'])).rejects.toThrow("Semantic analysis is unavailable: the sentence model's worker stopped (exit code 3).");
    await client.close();
  });

  it('ends a worker that does not load in time', async () => {
    const client = fake('hang-on-load', { startupTimeoutMs: 300 });
    await expect(client.embed(['a'])).rejects.toThrow('Semantic analysis is unavailable: the sentence model did not load within 0.3 s.');
    await client.close();
  });

  it('ends a worker that does not answer in time', async () => {
    const client = fake('hang-on-embed', { requestTimeoutMs: 200 });
    const started = performance.now();
    await expect(client.embed(['a'])).rejects.toThrow('Semantic analysis is unavailable: the sentence model did not answer within 0.5 s.');
    expect(performance.now() - started).toBeLessThan(5_000);
    await client.close();
  });

  it('gives a request queued behind others their time too', async () => {
    const client = fake('hang-on-embed', { requestTimeoutMs: 200 });
    await client.warmUp();
    // 200 ms + 250 ms a text: the first request (2 texts) may take 0.7 s; the second (1 text, 2 ahead) 0.95 s.
    const first = client.embed(['a', 'b']);
    const second = client.embed(['c']);
    await Promise.all([
      expect(first).rejects.toThrow('the sentence model did not answer within 0.7 s'),
      expect(second).rejects.toThrow('the sentence model did not answer within 0.7 s'),
    ]);
    await client.close();
  });
});
