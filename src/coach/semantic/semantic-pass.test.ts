// The pass's own work (sentences, spans, repeats, index mapping) with a stand-in embedder whose
// vectors are fixed by keyword; the real model's behaviour is tested in embedder.test.ts.
import { describe, expect, it } from 'vitest';
import { answerSentences, semanticPass } from './semantic-pass.js';
import type { QuestionVectors, SemanticBank } from './types.js';

const X = Float32Array.of(1, 0, 0);
const Y = Float32Array.of(0, 1, 0);
const Z = Float32Array.of(0, 0, 1);
const byKeyword = async (texts: readonly string[]) => texts.map((t) => (/risk/i.test(t) ? X : /deadline/i.test(t) ? Y : Z));

const asked: QuestionVectors = { id: 'asked', title: 'Asked', prompt: Z, shows: [X, Y], outline: [X] };
const other: QuestionVectors = { id: 'other', title: 'Other', prompt: Z, shows: [Z, Z], outline: [Z] };
const bank: SemanticBank = { model: 'test', dimensions: 3, questions: [other, asked], byId: new Map([['asked', asked], ['other', other]]) };

describe('answerSentences', () => {
  it('gives each sentence with its span, whitespace collapsed', () => {
    const answer = 'We had a deadline.\n\nI named the   risk\nearly. Done.';
    const sentences = answerSentences(answer);
    expect(sentences.map((s) => s.text)).toEqual(['We had a deadline.', 'I named the risk early.', 'Done.']);
    expect(sentences.map((s) => answer.slice(...s.span))).toEqual(['We had a deadline.', 'I named the   risk\nearly.', 'Done.']);
  });

  it('gives nothing for an empty answer', () => {
    expect(answerSentences('  \n ')).toEqual([]);
  });
});

describe('semanticPass', () => {
  it('matches rubric points to sentences of the answer and ranks the bank', async () => {
    const pass = await semanticPass('We had a deadline. I named the risk early.', 'asked', bank, byKeyword);
    expect(pass.rubric).toEqual([
      { point: 0, sentence: 1, cosine: 1 },
      { point: 1, sentence: 0, cosine: 1 },
    ]);
    expect(pass.rank).toBe(1);
    expect(pass.ranking.map((fit) => [fit.id, fit.rubric])).toEqual([
      ['asked', 1],
      ['other', 0],
    ]);
    // Off topic: only the other question's rubric is met, and the asked one drops to second.
    const offTopic = await semanticPass('Lunch was late.', 'asked', bank, byKeyword);
    expect(offTopic.rank).toBe(2);
    expect(offTopic.ranking[0]!.id).toBe('other');
  });

  it('embeds a repeated sentence once and points at its first occurrence', async () => {
    const seen: string[][] = [];
    const answer = 'I named the risk early. We had a deadline. I named the risk early.';
    const pass = await semanticPass(answer, 'asked', bank, async (texts) => {
      seen.push([...texts]);
      return byKeyword(texts);
    });
    expect(seen).toEqual([['I named the risk early.', 'We had a deadline.']]);
    expect(pass.sentences).toHaveLength(3);
    expect(pass.rubric.map((m) => m.sentence)).toEqual([0, 1]);
  });

  it('embeds a long answer eight sentences a request and keeps every index right', async () => {
    const seen: number[] = [];
    const answer = Array.from({ length: 19 }, (_, i) => (i === 17 ? 'I named the risk early.' : i === 12 ? 'We had a deadline.' : `Filler sentence ${i}.`)).join(' ');
    const pass = await semanticPass(answer, 'asked', bank, async (texts) => {
      seen.push(texts.length);
      return byKeyword(texts);
    });
    expect(seen).toEqual([8, 8, 3]);
    expect(pass.rubric.map((m) => m.sentence)).toEqual([17, 12]);
  });

  it('rejects when the model fails on a later request', async () => {
    const answer = Array.from({ length: 12 }, (_, i) => `Sentence ${i}.`).join(' ');
    let calls = 0;
    const failing = async (texts: readonly string[]) => {
      if (++calls === 2) throw new Error('the worker stopped');
      return byKeyword(texts);
    };
    await expect(semanticPass(answer, 'asked', bank, failing)).rejects.toThrow('the worker stopped');
  });

  it('does not call the model for an empty answer, and refuses an unknown question first', async () => {
    const pass = await semanticPass('', 'asked', bank, async () => {
      throw new Error('not expected');
    });
    expect(pass.rubric).toEqual([
      { point: 0, sentence: -1, cosine: 0 },
      { point: 1, sentence: -1, cosine: 0 },
    ]);
    await expect(semanticPass('Some text.', 'nope', bank, byKeyword)).rejects.toThrow('Question "nope" is not in the semantic bank');
  });
});
