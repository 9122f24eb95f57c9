/**
 * semanticMatches() made fast enough to run on every keystroke. Ranking the whole bank compares
 * each answer sentence with every bank text (about 3,400 vectors of 512 numbers): ~60 ms for a
 * 300-word answer when done afresh, most of a typing budget of 50 ms. But while a person types, all
 * sentences but one are unchanged, so each sentence's cosines against the whole bank (one row of
 * 3,400 numbers, ~27 KB) are kept by sentence text, and a pass only takes maxima over cached rows.
 * Same results as similarity.ts's semanticMatches (tested), which stays the plain reference.
 *
 * @example
 * const scorer = scorerFor(bank);
 * const result = scorer.matches([{ key: 'I owned the launch.', vector }], 'cross-team-dependency-that-slipped');
 */
import { NotFoundError } from '../../core/errors.js';
import { LruCache } from './lru-cache.js';
import type { QuestionFit, RubricMatch, SemanticMatches } from './similarity.js';
import type { SemanticBank, Vector } from './types.js';

/** Rows kept: sentences of a few dozen answers (27 KB each for today's bank, so ~14 MB at most). */
const DEFAULT_ROW_ENTRIES = 500;

interface QuestionRows {
  id: string;
  title: string;
  prompt: number;
  shows: number[];
  outline: number[];
}

export interface ScoredSentence {
  /** What identifies the sentence's vector: its text. */
  key: string;
  vector: Vector;
}

export class BankScorer {
  private readonly matrix: Float32Array;
  private readonly width: number;
  private readonly questions: QuestionRows[];
  private readonly byId: Map<string, QuestionRows>;
  private readonly rows: LruCache<string, Float64Array>;

  constructor(readonly bank: SemanticBank, rowEntries = DEFAULT_ROW_ENTRIES) {
    const d = bank.dimensions;
    const total = bank.questions.reduce((sum, q) => sum + 1 + q.shows.length + q.outline.length, 0);
    // One contiguous copy of every bank vector: the inner loop then walks memory in order.
    this.matrix = new Float32Array(total * d);
    this.width = total;
    let next = 0;
    const place = (vector: Vector) => {
      if (vector.length !== d) throw new RangeError(`a bank vector has ${vector.length} numbers; the bank says ${d}`);
      this.matrix.set(vector, next * d);
      return next++;
    };
    this.questions = bank.questions.map((q) => ({ id: q.id, title: q.title, prompt: place(q.prompt), shows: q.shows.map(place), outline: q.outline.map(place) }));
    this.byId = new Map(this.questions.map((q) => [q.id, q]));
    this.rows = new LruCache(rowEntries);
  }

  /** The sentence's cosine with every bank text, from the cache when this sentence was seen. */
  row(sentence: ScoredSentence): Float64Array {
    const cached = this.rows.get(sentence.key);
    if (cached) return cached;
    const d = this.bank.dimensions;
    const v = sentence.vector;
    const m = this.matrix;
    const row = new Float64Array(this.width);
    for (let j = 0; j < this.width; j++) {
      const offset = j * d;
      let sum = 0;
      for (let i = 0; i < d; i++) sum += m[offset + i]! * v[i]!;
      row[j] = sum;
    }
    this.rows.set(sentence.key, row);
    return row;
  }

  /** Forgets every sentence row (benchmarks use it to time a pass with nothing cached). */
  clearRows(): void {
    this.rows.clear();
  }

  /** Throws a NotFoundError unless the bank holds the question. */
  requireQuestion(questionId: string): void {
    if (!this.byId.has(questionId)) throw new NotFoundError(`Question "${questionId}" is not in the semantic bank; rebuild the bank from the current content.`);
  }

  /** semanticMatches(sentence vectors, bank, questionId), from cached rows. */
  matches(sentences: readonly ScoredSentence[], questionId: string): SemanticMatches {
    this.requireQuestion(questionId);
    const asked = this.byId.get(questionId)!;
    const rows = sentences.map((sentence) => this.row(sentence));
    // Best cosine over the sentences for every bank text, and which sentence reached it.
    const best = new Float64Array(this.width);
    const which = new Int32Array(this.width).fill(-1);
    rows.forEach((row, s) => {
      for (let j = 0; j < this.width; j++) {
        if (s === 0 || row[j]! > best[j]!) {
          best[j] = row[j]!;
          which[j] = s;
        }
      }
    });
    const mean = (indices: number[]) => (rows.length === 0 || indices.length === 0 ? 0 : indices.reduce((sum, j) => sum + best[j]!, 0) / indices.length);
    const ranking: QuestionFit[] = this.questions
      .map((q) => ({ id: q.id, title: q.title, rubric: mean(q.shows), prompt: rows.length === 0 ? 0 : best[q.prompt]!, outline: mean(q.outline) }))
      .sort((a, b) => b.rubric - a.rubric);
    const index = ranking.findIndex((fit) => fit.id === questionId);
    const rubric: RubricMatch[] = asked.shows.map((j, point) => ({ point, sentence: which[j]!, cosine: rows.length === 0 ? 0 : best[j]! }));
    return { rubric, fit: ranking[index]!, rank: index + 1, ranking };
  }
}

const scorers = new WeakMap<SemanticBank, BankScorer>();

/** The one scorer of a bank, made on first use (copying its vectors once) and kept while the bank is. */
export function scorerFor(bank: SemanticBank): BankScorer {
  let scorer = scorers.get(bank);
  if (!scorer) {
    scorer = new BankScorer(bank);
    scorers.set(bank, scorer);
  }
  return scorer;
}
