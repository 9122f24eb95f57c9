/**
 * The coach's semantic layer: sentence vectors from an offline model in a worker thread, the
 * question bank as vectors cached on disk, and pure similarity scoring. Scoring code imports from
 * here; nothing here decides a score.
 *
 * @example
 * const client = new SemanticClient();
 * const { bank } = await loadBankVectorsForContent(content, cacheDir, (t) => client.embed(t, { cache: false }));
 * const pass = await semanticPass(answer, questionId, bank, (t) => client.embed(t));
 * await client.close();
 */
export { MODEL_NAME, DIMENSIONS } from './embedder.mjs';
export { SemanticClient, SEMANTIC_LIMITS, type EmbedOptions, type SemanticClientOptions, type SemanticClientStats, type WorkerMemory } from './semantic-client.js';
export { bankFiles, bankTexts, loadBankVectors, loadBankVectorsForContent, BANK_CHUNK_TEXTS, type BankText, type BankTextKind, type BankVectorsOptions, type LoadedBank } from './bank-vectors.js';
export {
  bestSentence,
  cosine,
  dot,
  fitOf,
  matchRubricPoints,
  meanBestCosine,
  rankBank,
  semanticMatches,
  type BestSentence,
  type QuestionFit,
  type RubricMatch,
  type SemanticMatches,
} from './similarity.js';
export { BankScorer, scorerFor, type ScoredSentence } from './bank-scorer.js';
export { answerSentences, semanticPass, type AnswerSentence, type SemanticPass } from './semantic-pass.js';
export type { EmbedFn, QuestionVectors, SemanticBank, Vector } from './types.js';
