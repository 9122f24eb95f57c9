// The fast scorer against the plain reference, on seeded random banks: same results, rows reused.
import { describe, expect, it } from 'vitest';
import { BankScorer, scorerFor } from './bank-scorer.js';
import { semanticMatches } from './similarity.js';
import type { QuestionVectors, SemanticBank } from './types.js';

/** A reproducible stream of numbers in [-1, 1) (a linear congruential generator). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 31 - 1;
  };
}

function unitVector(next: () => number, d: number): Float32Array {
  const v = Float32Array.from({ length: d }, next);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function randomBank(seed: number, questions: number, d: number): SemanticBank {
  const next = numbers(seed);
  const list: QuestionVectors[] = Array.from({ length: questions }, (_, q) => ({
    id: `q${q}`,
    title: `Question ${q}`,
    prompt: unitVector(next, d),
    shows: Array.from({ length: 4 + (q % 3) }, () => unitVector(next, d)),
    outline: Array.from({ length: 4 + (q % 2) }, () => unitVector(next, d)),
  }));
  return { model: 'test', dimensions: d, questions: list, byId: new Map(list.map((q) => [q.id, q])) };
}

describe('BankScorer', () => {
  const bank = randomBank(7, 40, 16);
  const next = numbers(99);
  const sentences = Array.from({ length: 9 }, (_, i) => ({ key: `sentence ${i}`, vector: unitVector(next, 16) }));

  it('gives exactly what semanticMatches gives', () => {
    const scorer = new BankScorer(bank);
    for (const id of ['q0', 'q17', 'q39']) {
      expect(scorer.matches(sentences, id)).toEqual(semanticMatches(sentences.map((s) => s.vector), bank, id));
    }
    expect(scorer.matches([], 'q3')).toEqual(semanticMatches([], bank, 'q3'));
  });

  it('computes a sentence row once and reuses it by key', () => {
    const scorer = new BankScorer(bank);
    const row = scorer.row(sentences[0]!);
    expect(row).toHaveLength(40 + bank.questions.reduce((n, q) => n + q.shows.length + q.outline.length, 0));
    expect(scorer.row({ key: 'sentence 0', vector: sentences[1]!.vector })).toBe(row);
  });

  it('refuses an unknown question and a vector of the wrong size', () => {
    expect(() => new BankScorer(bank).matches(sentences, 'nope')).toThrow('Question "nope" is not in the semantic bank');
    const broken = randomBank(1, 2, 16);
    broken.questions[1]!.shows[0] = new Float32Array(8);
    expect(() => new BankScorer(broken)).toThrow('a bank vector has 8 numbers; the bank says 16');
  });

  it('keeps one scorer per bank', () => {
    expect(scorerFor(bank)).toBe(scorerFor(bank));
    expect(scorerFor(bank)).not.toBe(scorerFor(randomBank(7, 40, 16)));
  });
});
