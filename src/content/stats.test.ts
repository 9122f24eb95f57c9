import { describe, expect, it } from 'vitest';
import { BANK_FLOORS } from '../core/taxonomy.js';
import type { Question } from './questions.js';
import { coverageOf } from './stats.js';

function question(id: string, over: Partial<Question>): Question {
  return {
    id,
    title: id,
    prompt: 'A prompt.',
    type: 'technical',
    skills: ['technical-expertise'],
    areas: ['technical-skills'],
    stages: ['technical'],
    difficulty: 'medium',
    minutes: 10,
    rubric: [],
    outline: [],
    followups: [],
    pitfalls: [],
    tracks: ['product'],
    competencies: [],
    ...over,
  };
}

describe('coverageOf per track', () => {
  const bank = [
    question('a', { tracks: ['product'] }),
    question('b', { tracks: ['product', 'program'], competencies: ['risk', 'technical-judgement'] }),
    question('c', { type: 'estimation', tracks: ['program'], competencies: ['execution'] }),
    question('d', { type: 'deep-dive', tracks: ['program'], competencies: ['risk'] }),
    question('e', { type: 'strategy', tracks: ['product'], competencies: ['risk'] }),
  ];
  const coverage = coverageOf(bank, []);
  const row = (dimension: string, id: string) => coverage.rows.find((r) => r.dimension === dimension && r.id === id);

  it('splits every row by type and by track', () => {
    expect(row('track', 'product')).toMatchObject({ total: 3, floor: 200, ok: false, byTrack: { product: 3, program: 1 } });
    expect(row('track', 'program')?.byType).toMatchObject({ technical: 1, estimation: 1, 'deep-dive': 1, strategy: 0 });
    expect(row('type', 'technical')?.byTrack).toEqual({ product: 2, program: 1 });
    expect(row('type', 'deep-dive')).toMatchObject({ total: 1, floor: 15, byTrack: { product: 0, program: 1 } });
    // Competencies count on the program track only: the product-only strategy question's tag does not.
    expect(row('competency', 'risk')).toMatchObject({ total: 2, floor: 20, byTrack: { product: 1, program: 2 } });
    expect(row('competency', 'stakeholders')?.total).toBe(0);
  });

  it('names every broken floor, including the program track, its competencies and program estimation', () => {
    expect(coverage.floors).toEqual(BANK_FLOORS);
    expect(coverage.shortfalls).toEqual(
      expect.arrayContaining([
        'the bank has 5 questions; the floor is 350',
        'track "product" has 3 questions; the floor is 200',
        'track "program" has 3 questions; the floor is 200',
        'competency "execution" has 1 questions; the floor is 20',
        'type "partnership" has 0 questions; the floor is 15',
        'the program track has 1 estimation questions; the floor is 10',
      ]),
    );
    expect(BANK_FLOORS).toMatchObject({ perTrack: 200, questions: 350, perType: 15, programEstimation: 10 });
  });
});
