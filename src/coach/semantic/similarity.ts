/**
 * Pure scoring on vectors: which answer sentence best carries each rubric point of a question, and
 * how well the answer as a whole fits every question of the bank. Relevance is judged rubric by
 * rubric against the whole bank, not by one mean vector against a prompt: measured here, an answer's
 * mean embedding against titles and prompts ranked a strong "failure" story 251st of 279, because
 * its sentences are about its domain, not about failing.
 *
 * Every vector is unit length (as embed() and the bank give them), so the cosine is the dot product.
 *
 * @example
 * const { rubric, rank, ranking } = semanticMatches(sentenceVectors, bank, 'tell-me-about-a-failure');
 * rubric[0]; // { point: 0, sentence: 3, cosine: 0.58 }: sentence 3 is closest to rubric point 0
 */
import { NotFoundError } from '../../core/errors.js';
import type { QuestionVectors, SemanticBank, Vector } from './types.js';

/** Cosine of any two vectors of one length; 0 when either is all zeros. */
export function cosine(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new RangeError(`vectors of different lengths: ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Dot product: the cosine of two unit-length vectors, at a third of the cost. */
export function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

export interface BestSentence {
  /** Index into the answer's sentences; -1 when the answer has none. */
  sentence: number;
  cosine: number;
}

/** The answer sentence closest to `target`. */
export function bestSentence(target: Vector, sentenceVectors: readonly Vector[]): BestSentence {
  let best: BestSentence = { sentence: -1, cosine: 0 };
  sentenceVectors.forEach((vector, sentence) => {
    const value = dot(target, vector);
    if (best.sentence < 0 || value > best.cosine) best = { sentence, cosine: value };
  });
  return best;
}

export interface RubricMatch extends BestSentence {
  /** Index of the rubric point in the question's rubric. */
  point: number;
}

/** For each rubric point of `question`, the answer sentence closest to what the point shows. */
export function matchRubricPoints(sentenceVectors: readonly Vector[], question: QuestionVectors): RubricMatch[] {
  return question.shows.map((shows, point) => ({ point, ...bestSentence(shows, sentenceVectors) }));
}

/** Mean over `targets` of the best cosine any sentence reaches: 0 with no sentences or no targets. */
export function meanBestCosine(sentenceVectors: readonly Vector[], targets: readonly Vector[]): number {
  if (sentenceVectors.length === 0 || targets.length === 0) return 0;
  let sum = 0;
  for (const target of targets) sum += bestSentence(target, sentenceVectors).cosine;
  return sum / targets.length;
}

export interface QuestionFit {
  id: string;
  title: string;
  /** Mean over the question's rubric points of the best sentence cosine: what the ranking sorts by. */
  rubric: number;
  /** Best sentence cosine against the question's title and prompt. */
  prompt: number;
  /** Mean over the model outline's steps of the best sentence cosine (high for a recited outline). */
  outline: number;
}

export function fitOf(sentenceVectors: readonly Vector[], question: QuestionVectors): QuestionFit {
  return {
    id: question.id,
    title: question.title,
    rubric: meanBestCosine(sentenceVectors, question.shows),
    prompt: sentenceVectors.length === 0 ? 0 : bestSentence(question.prompt, sentenceVectors).cosine,
    outline: meanBestCosine(sentenceVectors, question.outline),
  };
}

/** Every bank question by rubric fit, best first; ties keep the bank's order. */
export function rankBank(sentenceVectors: readonly Vector[], bank: SemanticBank): QuestionFit[] {
  return bank.questions.map((question) => fitOf(sentenceVectors, question)).sort((a, b) => b.rubric - a.rubric);
}

export interface SemanticMatches {
  /** Per rubric point of the asked question, its closest answer sentence. */
  rubric: RubricMatch[];
  /** The asked question's fit. */
  fit: QuestionFit;
  /** 1-based place of the asked question in the ranking. */
  rank: number;
  /** The whole bank, best fit first. */
  ranking: QuestionFit[];
}

/** Everything the coach needs from the vectors of one answer to one question of the bank. */
export function semanticMatches(sentenceVectors: readonly Vector[], bank: SemanticBank, questionId: string): SemanticMatches {
  const question = bank.byId.get(questionId);
  if (!question) throw new NotFoundError(`Question "${questionId}" is not in the semantic bank; rebuild the bank from the current content.`);
  const ranking = rankBank(sentenceVectors, bank);
  const index = ranking.findIndex((fit) => fit.id === questionId);
  return { rubric: matchRubricPoints(sentenceVectors, question), fit: ranking[index]!, rank: index + 1, ranking };
}
