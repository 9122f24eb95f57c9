import { describe, expect, it } from 'vitest';
import {
  CONFIDENCE_HALF_WEIGHT,
  confidenceLevel,
  decayFactor,
  estimateOf,
  HALF_LIFE_DAYS,
  KIND_WEIGHTS,
  rankAreasByNeed,
  readinessOf,
  readinessTrend,
  scoreBand,
  type Evidence,
} from './readiness.js';
import { AREA_IDS, SKILL_IDS } from './taxonomy.js';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

describe('decay', () => {
  it('halves the weight every half-life and never grows it for future items', () => {
    expect(HALF_LIFE_DAYS).toBe(14);
    expect(decayFactor(0)).toBe(1);
    expect(decayFactor(14)).toBe(0.5);
    expect(decayFactor(28)).toBe(0.25);
    expect(decayFactor(7)).toBeCloseTo(Math.SQRT1_2, 15);
    expect(decayFactor(-3)).toBe(1);
    expect(decayFactor(10, 10)).toBe(0.5);
  });
});

describe('estimateOf', () => {
  it('weights each score by kind weight x decay: (1 x 0.8 + 0.5 x 0.4) / 1.5 = 2/3, confidence 1.5 / 4.5', () => {
    const evidence: Evidence[] = [
      { kind: 'attempt', at: NOW, score: 0.8, skills: ['communication'], areas: ['communication'] },
      { kind: 'attempt', at: daysAgo(14), score: 0.4, skills: ['communication'], areas: ['communication'] },
    ];
    const estimate = estimateOf(evidence, NOW);
    expect(estimate.score).toBeCloseTo(2 / 3, 15);
    expect(estimate.weight).toBe(1.5);
    expect(estimate.confidence).toBeCloseTo(1.5 / (1.5 + CONFIDENCE_HALF_WEIGHT), 15);
    expect(estimate.confidence).toBeCloseTo(1 / 3, 15);
    expect(estimate).toMatchObject({ level: 'low', items: 2, lastAt: NOW });
  });

  it('uses each kind weight, and an explicit weight instead when one is given', () => {
    expect(KIND_WEIGHTS).toEqual({ attempt: 1, submission: 1, exercise: 1, mock: 2, checklist: 0.25, flashcard: 0.1, review: 2, peer: 2 });
    // mock: 2 x 0.25 (28 days) = 0.5 at 0.9; checklist: 0.25 x 1 at 0.75; attempt weighted 3 (explicit) x 0.5 at 0.2
    const evidence: Evidence[] = [
      { kind: 'mock', at: daysAgo(28), score: 0.9, skills: [], areas: ['metrics'] },
      { kind: 'checklist', at: NOW, score: 0.75, skills: [], areas: ['metrics'] },
      { kind: 'attempt', at: daysAgo(14), score: 0.2, skills: [], areas: ['metrics'], weight: 3 },
    ];
    const estimate = estimateOf(evidence, NOW);
    expect(estimate.weight).toBe(0.5 + 0.25 + 1.5);
    expect(estimate.score).toBeCloseTo((0.5 * 0.9 + 0.25 * 0.75 + 1.5 * 0.2) / 2.25, 15);
    expect(estimate.score).toBeCloseTo(0.4166666666666667, 15);
    expect(estimate.confidence).toBeCloseTo(2.25 / 5.25, 15);
    expect(estimate.level).toBe('medium');
  });

  it('ignores evidence after now, and says unknown (null) rather than zero when nothing is left', () => {
    const estimate = estimateOf([{ kind: 'attempt', at: new Date(NOW.getTime() + 1000), score: 1, skills: [], areas: [] }], NOW);
    expect(estimate).toEqual({ score: null, confidence: 0, level: 'none', items: 0, weight: 0, lastAt: null });
  });

  it('refuses a score outside 0..1 or a negative weight, naming the item', () => {
    expect(() => estimateOf([{ kind: 'attempt', at: NOW, score: 75, skills: [], areas: [] }], NOW)).toThrow(
      'an evidence score is 0 to 1; got 75 (attempt at 2026-03-15T12:00:00.000Z)',
    );
    expect(() => estimateOf([{ kind: 'mock', at: NOW, score: 0.5, skills: [], areas: [], weight: -1 }], NOW)).toThrow(
      'an evidence weight is 0 or more; got -1 (mock at 2026-03-15T12:00:00.000Z)',
    );
  });

  it('maps confidence to levels', () => {
    expect([0, 0.01, 0.39, 0.4, 0.69, 0.7, 1].map(confidenceLevel)).toEqual(['none', 'low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});

describe('readinessOf', () => {
  it('scores every skill and area from the items tagged with it; a zero score is zero, no evidence is null', () => {
    const evidence: Evidence[] = [
      { kind: 'attempt', at: NOW, score: 0.8, skills: ['communication', 'product-vision'], areas: ['communication', 'customer-needs'] },
      { kind: 'attempt', at: daysAgo(14), score: 0.4, skills: ['communication'], areas: ['communication', 'metrics'] },
      { kind: 'attempt', at: daysAgo(7), score: 0, skills: ['data-analysis'], areas: ['data-analysis'] },
    ];
    const readiness = readinessOf(evidence, NOW);
    expect(readiness.skills.communication.score).toBeCloseTo(2 / 3, 15);
    expect(readiness.skills['product-vision'].score).toBe(0.8);
    expect(readiness.skills['data-analysis'].score).toBe(0);
    expect(readiness.skills['data-analysis'].weight).toBeCloseTo(Math.SQRT1_2, 15);
    expect(readiness.skills['technical-expertise']).toEqual({ score: null, confidence: 0, level: 'none', items: 0, weight: 0, lastAt: null });
    expect(readiness.skills['strategic-thinking'].score).toBeNull();
    expect(Object.keys(readiness.skills)).toEqual(SKILL_IDS);
    expect(Object.keys(readiness.areas)).toEqual(AREA_IDS);
    expect(readiness.areas.metrics.score).toBe(0.4);
    expect(readiness.areas['market-trends'].score).toBeNull();

    // Overall: the mean of the 4 known areas; confidence averages all 10, so the six unknown count as 0.
    const { overall } = readiness;
    expect(overall.known).toBe(4);
    expect(overall.total).toBe(10);
    expect(overall.score).toBeCloseTo((2 / 3 + 0.8 + 0.4 + 0) / 4, 15);
    const conf = (w: number) => w / (w + 3);
    expect(overall.confidence).toBeCloseTo((conf(1.5) + conf(1) + conf(0.5) + conf(Math.SQRT1_2)) / 10, 15);
    expect(overall.level).toBe('low');
  });

  it('counts an item once per skill even if tagged twice, and is unknown overall without evidence', () => {
    const twice = readinessOf([{ kind: 'attempt', at: NOW, score: 0.5, skills: ['communication', 'communication'], areas: [] }], NOW);
    expect(twice.skills.communication.items).toBe(1);
    expect(twice.overall).toEqual({ score: null, confidence: 0, level: 'none', known: 0, total: 10 });
    expect(readinessOf([], NOW, { halfLifeDays: 7 }).halfLifeDays).toBe(7);
  });

  it('follows a track: other-track answers do not count, untagged evidence counts for both, program reads its competencies', () => {
    const evidence: Evidence[] = [
      { kind: 'attempt', at: NOW, score: 0.9, skills: ['product-vision'], areas: ['customer-needs'], tracks: ['product'] },
      { kind: 'attempt', at: NOW, score: 0.6, skills: ['communication'], areas: ['product-roadmap'], tracks: ['program'], competencies: ['risk', 'dependencies'] },
      { kind: 'attempt', at: NOW, score: 0.3, skills: ['communication'], areas: ['communication'], tracks: ['product', 'program'], competencies: ['stakeholders'] },
      { kind: 'flashcard', at: NOW, score: 1, skills: ['technical-expertise'], areas: ['technical-skills'] },
    ];
    const program = readinessOf(evidence, NOW, { track: 'program' });
    expect(program.track).toBe('program');
    expect(program.areas['customer-needs'].score).toBeNull();
    expect(program.areas['technical-skills'].score).toBe(1);
    expect(program.competencies.risk.score).toBe(0.6);
    expect(program.competencies.dependencies.score).toBe(0.6);
    expect(program.competencies.stakeholders.score).toBe(0.3);
    expect(program.competencies.execution.score).toBeNull();
    expect(program.overall.known).toBe(3);
    expect(program.overall.total).toBe(5);
    expect(program.overall.score).toBeCloseTo((0.6 + 0.6 + 0.3) / 3, 15);

    const product = readinessOf(evidence, NOW, { track: 'product' });
    expect(product.areas['customer-needs'].score).toBe(0.9);
    expect(product.areas['product-roadmap'].score).toBeNull();
    expect(product.competencies.stakeholders.score).toBe(0.3);
    expect(product.competencies.risk.score).toBeNull();
    expect(product.overall).toMatchObject({ known: 3, total: 10 });

    const every = readinessOf(evidence, NOW);
    expect(every.track).toBeNull();
    expect(every.overall).toMatchObject({ known: 4, total: 10 });
    expect(readinessTrend(evidence, NOW, 1, { track: 'program' })[0]?.items).toBe(3);
  });

  it('takes a different half-life', () => {
    const evidence: Evidence[] = [
      { kind: 'attempt', at: NOW, score: 1, skills: [], areas: ['metrics'] },
      { kind: 'attempt', at: daysAgo(7), score: 0, skills: [], areas: ['metrics'] },
    ];
    expect(readinessOf(evidence, NOW, { halfLifeDays: 7 }).areas.metrics.score).toBeCloseTo(1 / 1.5, 15);
    expect(readinessOf(evidence, NOW).areas.metrics.score).toBeCloseTo(1 / (1 + Math.SQRT1_2), 15);
  });
});

describe('readinessTrend', () => {
  it('gives overall readiness at weekly points ending now, unknown before the first evidence', () => {
    const evidence: Evidence[] = [
      { kind: 'attempt', at: daysAgo(20), score: 0.5, skills: [], areas: ['metrics'] },
      { kind: 'attempt', at: daysAgo(1), score: 1, skills: [], areas: ['metrics'] },
      { kind: 'attempt', at: daysAgo(1), score: 0.2, skills: [], areas: ['communication'] },
    ];
    const trend = readinessTrend(evidence, NOW, 4);
    expect(trend.map((p) => p.at.toISOString())).toEqual([daysAgo(21), daysAgo(14), daysAgo(7), NOW].map((d) => d.toISOString()));
    expect(trend.map((p) => p.items)).toEqual([0, 1, 1, 3]);
    expect(trend[0]?.overall).toBeNull();
    expect(trend[1]?.overall).toBe(0.5);
    expect(trend[2]?.overall).toBe(0.5);
    const a = 0.5 ** (20 / 14);
    const b = 0.5 ** (1 / 14);
    const metrics = (0.5 * a + 1 * b) / (a + b);
    expect(trend[3]?.overall).toBeCloseTo((metrics + 0.2) / 2, 15);
    expect(readinessTrend([], NOW)).toHaveLength(8);
  });
});

describe('rankAreasByNeed', () => {
  it('puts weak areas first, unknown as half ready (and ahead of a known 0.5), strong areas last', () => {
    const ranked = rankAreasByNeed([
      { id: 'metrics', score: 0.9, confidence: 0.6 },
      { id: 'communication', score: null },
      { id: 'data-analysis', score: 0.2, confidence: 0.3 },
      { id: 'market-trends', score: 0.5, confidence: 0.2 },
      { id: 'product-development', score: null },
    ]);
    expect(ranked.map((a) => a.id)).toEqual(['data-analysis', 'product-development', 'communication', 'market-trends', 'metrics']);
    expect(ranked.map((a) => a.need)).toEqual([0.8, 0.5, 0.5, 0.5, 0.09999999999999998]);
  });
});

describe('scoreBand', () => {
  it('puts a score in the band that starts at or below it, and an unknown score in none', () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1].map(scoreBand)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high']);
    expect(scoreBand(null)).toBeNull();
  });
});
