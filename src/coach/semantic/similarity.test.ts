// The pure scoring on small fixed unit vectors, where every cosine can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../core/errors.js';
import { bestSentence, cosine, matchRubricPoints, meanBestCosine, rankBank, semanticMatches } from './similarity.js';
import type { QuestionVectors, SemanticBank } from './types.js';

const v = (...values: number[]) => Float32Array.from(values);
// Unit vectors in three dimensions; x·y = 0, x·d = 0.6.
const X = v(1, 0, 0);
const Y = v(0, 1, 0);
const Z = v(0, 0, 1);
const D = v(0.6, 0.8, 0);

function question(id: string, shows: Float32Array[], outline: Float32Array[] = [], prompt = Z): QuestionVectors {
  return { id, title: id.toUpperCase(), prompt, shows, outline };
}

function bank(...questions: QuestionVectors[]): SemanticBank {
  return { model: 'test', dimensions: 3, questions, byId: new Map(questions.map((q) => [q.id, q])) };
}

describe('cosine', () => {
  it('is 1 for the same direction, 0 for orthogonal, -1 for opposite, whatever the lengths', () => {
    expect(cosine(v(2, 0, 0), X)).toBeCloseTo(1, 6);
    expect(cosine(X, Y)).toBe(0);
    expect(cosine(v(-3, 0, 0), X)).toBeCloseTo(-1, 6);
    expect(cosine(v(3, 4, 0), X)).toBeCloseTo(0.6, 6);
  });

  it('is 0 against a zero vector and refuses vectors of different lengths', () => {
    expect(cosine(v(0, 0, 0), X)).toBe(0);
    expect(() => cosine(v(1, 0), X)).toThrow('vectors of different lengths: 2 and 3');
  });
});

describe('bestSentence and meanBestCosine', () => {
  it('finds the closest sentence, the first one on a tie', () => {
    expect(bestSentence(X, [Y, D, X, X])).toEqual({ sentence: 2, cosine: 1 });
    expect(bestSentence(X, [Y, Z])).toEqual({ sentence: 0, cosine: 0 });
  });

  it('reports no sentence for an empty answer', () => {
    expect(bestSentence(X, [])).toEqual({ sentence: -1, cosine: 0 });
    expect(meanBestCosine([], [X, Y])).toBe(0);
    expect(meanBestCosine([X], [])).toBe(0);
  });

  it('averages, over the targets, the best cosine any sentence reaches', () => {
    // X is met by X (1), Y by D (0.8), Z by nothing (0).
    expect(meanBestCosine([X, D], [X, Y, Z])).toBeCloseTo(1.8 / 3, 6);
  });
});

describe('matchRubricPoints', () => {
  it('gives each rubric point its closest sentence and cosine', () => {
    const matches = matchRubricPoints([Y, D, Z], question('q', [X, Y, Z]));
    expect(matches.map((m) => [m.point, m.sentence])).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
    expect(matches[0]!.cosine).toBeCloseTo(0.6, 6);
    expect(matches[1]!.cosine).toBeCloseTo(1, 6);
  });
});

describe('rankBank and semanticMatches', () => {
  const asked = question('asked', [X, Y], [X, Y, Z], v(0.6, 0, 0.8));
  const other = question('other', [Z, Z], [Z]);
  const partial = question('partial', [X, Z]);
  const theBank = bank(asked, other, partial);

  it('ranks questions by the mean over their rubric points of the best sentence cosine', () => {
    const ranking = rankBank([X, D], theBank);
    expect(ranking.map((fit) => fit.id)).toEqual(['asked', 'partial', 'other']);
    expect(ranking[0]!.rubric).toBeCloseTo((1 + 0.8) / 2, 6);
    expect(ranking[1]!.rubric).toBeCloseTo((1 + 0) / 2, 6);
    expect(ranking[2]!.rubric).toBe(0);
  });

  it('reports the prompt and outline fits beside the rubric fit', () => {
    const [fit] = rankBank([X, D], bank(asked));
    expect(fit!.prompt).toBeCloseTo(0.6, 6);
    expect(fit!.outline).toBeCloseTo((1 + 0.8 + 0) / 3, 6);
    expect(fit!.title).toBe('ASKED');
  });

  it('places the asked question in the ranking and matches its rubric points', () => {
    const result = semanticMatches([Z], theBank, 'asked');
    expect(result.ranking.map((fit) => fit.id)).toEqual(['other', 'partial', 'asked']);
    expect(result.rank).toBe(3);
    expect(result.fit.id).toBe('asked');
    expect(result.rubric).toEqual([
      { point: 0, sentence: 0, cosine: 0 },
      { point: 1, sentence: 0, cosine: 0 },
    ]);
  });

  it('refuses a question the bank does not hold', () => {
    expect(() => semanticMatches([X], theBank, 'missing')).toThrow(NotFoundError);
    expect(() => semanticMatches([X], theBank, 'missing')).toThrow('Question "missing" is not in the semantic bank; rebuild the bank from the current content.');
  });
});
