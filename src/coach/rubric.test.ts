import { describe, expect, it } from 'vitest';
import { analyzeAnswer, type RubricPointInput, type Span } from './index.js';
import { stemOf } from './phrase-matcher.js';

const RUBRIC: RubricPointInput[] = [
  { point: 'Explains the trade-offs', signals: ['trade-off', 'roll back', 'error budget'] },
  { point: 'Names stakeholders', signals: ['stakeholder', 'a/b test'] },
  { point: 'Uses retrieval', signals: ['rag', 'retrieval'] },
];

const texts = (text: string, spans: readonly Span[]): string[] => spans.map(([s, e]) => text.slice(s, e));

describe('rubric coverage', () => {
  it('matches signals as whole words, case-insensitively, with plural, -ed and -ing forms', () => {
    const text = 'We weighed the TRADEOFFS, rolled back twice and kept our error-budgets. Stakeholders ran an A/B test.';
    const [tradeoffs, stakeholders, retrieval] = analyzeAnswer(text, { type: 'technical', rubric: RUBRIC }).rubric;
    expect(tradeoffs).toMatchObject({ point: 'Explains the trade-offs', covered: true, signals: ['trade-off', 'roll back', 'error budget'] });
    expect(texts(text, tradeoffs!.evidence.map((e) => e.span))).toEqual(['TRADEOFFS', 'rolled back', 'error-budgets']);
    expect(stakeholders!.evidence).toEqual([
      { signal: 'stakeholder', span: [text.indexOf('Stakeholders'), text.indexOf('Stakeholders') + 12] },
      { signal: 'a/b test', span: [text.indexOf('A/B test'), text.indexOf('A/B test') + 8] },
    ]);
    expect(retrieval).toEqual({ point: 'Uses retrieval', covered: false, evidence: [], signals: [] });
  });

  it('accepts hyphen, space or no space in compounds', () => {
    for (const text of ['We took a trade-off.', 'We took a trade off.', 'We took a tradeoff.', 'We weighed two trade-offs.']) {
      expect(analyzeAnswer(text, { type: 'technical', rubric: RUBRIC }).rubric[0]!.covered).toBe(true);
    }
  });

  it('counts a signal only inside a claim: a phrase without a verb covers nothing', () => {
    expect(analyzeAnswer('A trade-off.', { type: 'technical', rubric: RUBRIC }).rubric[0]!.covered).toBe(false);
  });

  it('does not match inside other words or across punctuation', () => {
    const text = 'The drag was fragile and storage grew. We had to trade. Off we went.';
    const rubric = analyzeAnswer(text, { type: 'technical', rubric: RUBRIC }).rubric;
    expect(rubric.map((p) => p.covered)).toEqual([false, false, false]);
  });

  it('reports each missing point and probes it in the words its content gives', () => {
    const analysis = analyzeAnswer('We rolled back the release after the error budget ran out, and I told the stakeholders.', {
      type: 'technical',
      rubric: RUBRIC,
    });
    expect(analysis.rubric.map((p) => p.covered)).toEqual([true, true, false]);
    expect(analysis.feedback).toContainEqual({ severity: 'warning', message: 'Does not cover "Uses retrieval".', dimension: 'rubric' });
    // This rubric point has no probe of its own: the general question is asked, never the rubric line.
    expect(analysis.followUps).toContainEqual({ gap: 'rubric-point', question: 'Which part of the question have you not answered yet? Take me through it.' });
    const probed = analyzeAnswer('We rolled back the release after the error budget ran out, and I told the stakeholders.', {
      type: 'technical',
      rubric: [...RUBRIC.slice(0, 2), { ...RUBRIC[2]!, probe: 'Where would retrieval fit, and what would it fetch?' }],
    });
    expect(probed.followUps).toContainEqual({ gap: 'rubric-point', question: 'Where would retrieval fit, and what would it fetch?' });
    // Two distinct signals cover a point fully, one half: (1 + 0.5 + 0) / 3.
    expect(analysis.dimensions.find((d) => d.id === 'rubric')).toMatchObject({ score: 50, basis: '2 of 3 rubric points covered' });
  });

  it('leaves the rubric empty when the question has none', () => {
    const analysis = analyzeAnswer('A trade-off.', { type: 'technical' });
    expect(analysis.rubric).toEqual([]);
    expect(analysis.dimensions.some((d) => d.id === 'rubric')).toBe(false);
  });
});

describe('stemOf', () => {
  it('gives one stem to the simple inflections of a word', () => {
    expect(['release', 'releases', 'released', 'releasing'].map(stemOf)).toEqual(['releas', 'releas', 'releas', 'releas']);
    expect(['ship', 'ships', 'shipped', 'shipping'].map(stemOf)).toEqual(['ship', 'ship', 'ship', 'ship']);
    expect(['policy', 'policies', "customer's", 'analysis', 'status'].map(stemOf)).toEqual(['policy', 'policy', 'customer', 'analysis', 'status']);
  });
});
