/**
 * The question bank as vectors: each question's title and prompt, each rubric point's "shows" text
 * and each model outline step. Embedding all of them takes a minute or more on a shared machine, so
 * they are made once per content version and model, and kept in the data folder (vector-file.ts)
 * under a key of the content fingerprint that the parsed-content cache already uses, plus the model
 * name. A changed content file or model makes a new key; a stale or damaged file is rebuilt.
 *
 * @example
 * const client = new SemanticClient();
 * const { bank, source } = await loadBankVectorsForContent(content, path.join(dataHome(), 'cache'), (t) => client.embed(t, { cache: false }));
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentFingerprint } from '../../content/cache.js';
import type { Content, Question } from '../../content/index.js';
import { DIMENSIONS, MODEL_NAME } from './embedder.mjs';
import type { EmbedFn, QuestionVectors, SemanticBank, Vector } from './types.js';
import { digestOfTexts, readVectorFile, writeVectorFile, type VectorFileKey, type VectorFilePaths } from './vector-file.js';

/**
 * Texts per embed call while building: small enough that a sentence typed meanwhile waits for at
 * most one chunk (about 1-2 s) in the worker's queue, large enough to keep the model's batches full.
 */
export const BANK_CHUNK_TEXTS = 64;

export type BankTextKind = 'prompt' | 'shows' | 'outline';

export interface BankText {
  questionId: string;
  kind: BankTextKind;
  /** The rubric point's or outline step's index; 0 for the prompt. */
  index: number;
  text: string;
}

/** Every text of the bank that gets a vector, question by question: prompt, then rubric points, then outline. */
export function bankTexts(questions: readonly Question[]): BankText[] {
  return questions.flatMap((q) => [
    { questionId: q.id, kind: 'prompt' as const, index: 0, text: `${q.title}\n\n${q.prompt}` },
    ...q.rubric.map((point, index) => ({ questionId: q.id, kind: 'shows' as const, index, text: point.shows })),
    ...q.outline.map((step, index) => ({ questionId: q.id, kind: 'outline' as const, index, text: step })),
  ]);
}

export interface BankVectorsOptions {
  questions: readonly Question[];
  /** contentFingerprint() of the content the questions came from. */
  fingerprint: string;
  /** A folder for the cache files, such as the data folder's cache/. */
  cacheDir: string;
  embed: EmbedFn;
  /** Names the model that `embed` runs; defaults to the shipped model. */
  model?: string;
  dimensions?: number;
}

export interface LoadedBank {
  bank: SemanticBank;
  /** 'cache' when read from disk, 'model' when embedded now. */
  source: 'cache' | 'model';
  texts: number;
  /** Whether a fresh bank could be saved (false in a read-only folder). */
  saved: boolean;
  files: VectorFilePaths;
}

/** Where the bank for this content version and model lives: semantic/bank-<key>.json and .f32. */
export function bankFiles(cacheDir: string, fingerprint: string, model: string): VectorFilePaths {
  const key = crypto.createHash('sha256').update(`${fingerprint}\0${model}`).digest('hex').slice(0, 16);
  const base = path.join(cacheDir, 'semantic', `bank-${key}`);
  return { index: `${base}.json`, data: `${base}.f32` };
}

/** The bank's vectors from the cache when they match, else from the model (then saved for next time). */
export async function loadBankVectors(options: BankVectorsOptions): Promise<LoadedBank> {
  const model = options.model ?? MODEL_NAME;
  const dimensions = options.dimensions ?? DIMENSIONS;
  const texts = bankTexts(options.questions);
  const files = bankFiles(options.cacheDir, options.fingerprint, model);
  const key: VectorFileKey = { model, fingerprint: options.fingerprint, textsDigest: digestOfTexts(texts.map((t) => t.text)), dimensions, count: texts.length };

  const cached = readVectorFile(files, key);
  if (cached) return { bank: assembleBank(options.questions, texts, cached, model, dimensions), source: 'cache', texts: texts.length, saved: true, files };

  const matrix = new Float32Array(texts.length * dimensions);
  for (let start = 0; start < texts.length; start += BANK_CHUNK_TEXTS) {
    const chunk = texts.slice(start, start + BANK_CHUNK_TEXTS).map((t) => t.text);
    const vectors = await options.embed(chunk);
    if (vectors.length !== chunk.length) throw new RangeError(`embed returned ${vectors.length} vectors for ${chunk.length} texts`);
    vectors.forEach((vector, i) => {
      if (vector.length !== dimensions) throw new RangeError(`embed returned a vector of ${vector.length} numbers; expected ${dimensions}`);
      matrix.set(vector, (start + i) * dimensions);
    });
  }
  const saved = writeVectorFile(files, key, matrix);
  if (saved) removeOtherBanks(files);
  return { bank: assembleBank(options.questions, texts, matrix, model, dimensions), source: 'model', texts: texts.length, saved, files };
}

/** The same, for loaded content: fingerprints its folder the way the parsed-content cache does. */
export function loadBankVectorsForContent(content: Content, cacheDir: string, embed: EmbedFn): Promise<LoadedBank> {
  return loadBankVectors({ questions: content.questions, fingerprint: contentFingerprint(content.root), cacheDir, embed });
}

function assembleBank(questions: readonly Question[], texts: readonly BankText[], matrix: Float32Array, model: string, dimensions: number): SemanticBank {
  // Views into the one matrix: no copies, and the order of `texts` says which view is which.
  const byId = new Map<string, QuestionVectors>(questions.map((q) => [q.id, { id: q.id, title: q.title, prompt: new Float32Array(0), shows: [], outline: [] }]));
  texts.forEach((text, i) => {
    const vector: Vector = matrix.subarray(i * dimensions, (i + 1) * dimensions);
    const question = byId.get(text.questionId)!;
    if (text.kind === 'prompt') question.prompt = vector;
    else question[text.kind].push(vector);
  });
  return { model, dimensions, questions: [...byId.values()], byId };
}

/** Banks of older content versions or models are dead weight (~6 MB each): removed once a new one is saved. */
function removeOtherBanks(current: VectorFilePaths): void {
  const dir = path.dirname(current.index);
  const keep = new Set([path.basename(current.index), path.basename(current.data)]);
  try {
    for (const name of fs.readdirSync(dir)) {
      if (/^bank-[0-9a-f]{16}\.(json|f32)$/.test(name) && !keep.has(name)) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // nothing to tidy, or not allowed to: harmless
  }
}
