/**
 * One semantic pass over an answer: split it into sentences (the same wink sentences the lexical
 * report uses, so spans line up), embed them (through the client's cache, so while typing only the
 * changed sentence reaches the model), and match them against the asked question's rubric and the
 * whole bank (bank-scorer.ts, which also keeps each sentence's cosines with the bank, by text: so
 * `embed` must run the model the bank was made with). Async because the model runs in a worker;
 * the lexical report never waits for it.
 *
 * @example
 * const pass = await semanticPass(answer, 'cross-team-dependency-that-slipped', bank, (texts) => client.embed(texts));
 * pass.rank;                         // where the asked question places among the bank's
 * pass.rubric[0].sentence;           // index into pass.sentences of the closest sentence to point 0
 * pass.sentences[i].span;            // [start, end) in the answer
 */
import { parseText } from '../text.js';
import type { Span } from '../types.js';
import { BATCH_SIZE } from './embedder.mjs';
import { SEMANTIC_LIMITS } from './semantic-client.js';
import { scorerFor, type ScoredSentence } from './bank-scorer.js';
import type { SemanticMatches } from './similarity.js';
import type { EmbedFn, SemanticBank } from './types.js';

/** Sentences per embed request in a pass: the worker's model batch, so no batch runs half empty. */
const PASS_CHUNK = BATCH_SIZE;

export interface AnswerSentence {
  /** The sentence with its whitespace collapsed: the cache key, so re-wrapping a line costs nothing. */
  text: string;
  span: Span;
}

/** The answer's sentences, in order; a sentence past the embedder's length limit is cut there. */
export function answerSentences(answer: string): AnswerSentence[] {
  return parseText(answer)
    .sentences.map((sentence) => ({
      text: answer.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim().slice(0, SEMANTIC_LIMITS.maxTextChars),
      span: [sentence.start, sentence.end] as Span,
    }))
    .filter((sentence) => sentence.text.length > 0);
}

export interface SemanticPass extends SemanticMatches {
  /** Sentence indices in `rubric` point into this list. */
  sentences: AnswerSentence[];
}

/**
 * The asked question's rubric points matched to sentences, and the bank ranked by rubric fit.
 * A sentence repeated word for word counts once: its first occurrence is the one matched.
 */
export async function semanticPass(answer: string, questionId: string, bank: SemanticBank, embed: EmbedFn): Promise<SemanticPass> {
  const scorer = scorerFor(bank);
  scorer.requireQuestion(questionId);
  const sentences = answerSentences(answer);
  const firstOf = new Map<string, number>();
  sentences.forEach((sentence, i) => {
    if (!firstOf.has(sentence.text)) firstOf.set(sentence.text, i);
  });
  const distinct = [...firstOf.keys()];
  const scored: ScoredSentence[] = [];
  // Pipelined: while the worker embeds the next few sentences, this thread computes the rows of
  // the last few against the bank (BankScorer caches them), so the two cores work at once.
  const chunks = Array.from({ length: Math.ceil(distinct.length / PASS_CHUNK) }, (_, i) => distinct.slice(i * PASS_CHUNK, (i + 1) * PASS_CHUNK));
  let next = chunks.length > 0 ? embed(chunks[0]!) : undefined;
  for (let i = 0; i < chunks.length; i++) {
    const vectors = await next!;
    next = i + 1 < chunks.length ? embed(chunks[i + 1]!) : undefined;
    // Handled by the await above on the next turn; this only stops a rejection from looking unhandled meanwhile.
    next?.catch(() => undefined);
    chunks[i]!.forEach((key, j) => {
      const sentence = { key, vector: vectors[j]! };
      scorer.row(sentence);
      scored.push(sentence);
    });
  }
  const matches = scorer.matches(scored, questionId);
  const original = [...firstOf.values()];
  return {
    ...matches,
    rubric: matches.rubric.map((match) => ({ ...match, sentence: match.sentence < 0 ? -1 : original[match.sentence]! })),
    sentences,
  };
}
