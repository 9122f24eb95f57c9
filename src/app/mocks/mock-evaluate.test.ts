import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../coach/index.js';
import { loadContent } from '../../content/index.js';
import type { JudgeResult } from '../../judge/index.js';
import { evaluationOfAnalysis, evaluationOfSubmission, withExplanation, withoutQuote } from './mock-evaluate.js';

const content = loadContent();
const ANSWER = 'At my last company we were launching a checkout for 2 million users. I was responsible for the plan. I met each lead and I proposed a phased rollout.';
const FOLLOW_UP = 'As a result we shipped on time and conversion rose 4%.';

function judged(over: Partial<JudgeResult>): JudgeResult {
  return { verdict: 'accepted', passed: 10, total: 10, tests: [], timeMs: 12.4, wallMs: 30, ...over };
}

describe('evaluations for the mock', () => {
  it('keeps the coach\'s score, dimensions and gaps, and quotes the evidence once', () => {
    const analysis = analyzeAnswer(ANSWER, { type: 'behavioral' });
    const e = evaluationOfAnalysis(analysis, ANSWER);
    expect(e.score).toBe(analysis.score);
    expect(e.dimensions).toEqual(Object.fromEntries(analysis.dimensions.map((d) => [d.id, d.score])));
    expect(e.gaps).toEqual(analysis.followUps);
    expect(e.gaps[0]?.gap).toBe('no-result');
    const situation = e.evidence.find((x) => x.message === 'Situation');
    expect(situation).toEqual({ dimension: 'structure', tone: 'strength', message: 'Situation', quote: ANSWER.slice(situation?.span?.[0], situation?.span?.[1]), span: situation?.span, source: 'answer' });
    expect(e.evidence.every((x) => x.quote === null || ANSWER.slice(x.span?.[0], x.span?.[1]) === x.quote)).toBe(true);
  });

  it('traces quotes in an answer plus its follow-up back to the part they came from', () => {
    const whole = `${ANSWER}\n\n${FOLLOW_UP}`;
    const e = evaluationOfAnalysis(analyzeAnswer(whole, { type: 'behavioral' }), whole, { answerLength: ANSWER.length });
    const result = e.evidence.find((x) => x.message === 'Result');
    expect(result).toMatchObject({ source: 'follow-up', quote: FOLLOW_UP });
    expect(FOLLOW_UP.slice(result?.span?.[0], result?.span?.[1])).toBe(FOLLOW_UP);
    expect(e.gaps.map((g) => g.gap)).not.toContain('no-result');
  });

  it('scores code by the share of tests passed and follows up on the verdict', () => {
    const accepted = evaluationOfSubmission(judged({}), content.interviewer);
    expect(accepted).toEqual({
      score: 100,
      dimensions: { correctness: 100 },
      evidence: [{ dimension: 'correctness', tone: 'strength', message: 'All 10 tests pass (12 ms in the code).', quote: null, span: null, source: 'answer' }],
      gaps: [{ gap: 'accepted', question: 'All the tests pass. What is the time and space complexity, and what would change at ten times the input?' }],
    });
    const failing = evaluationOfSubmission(
      judged({ verdict: 'wrong_answer', passed: 3, total: 12, tests: [{ index: 3, name: 'empty input', visible: false, passed: false, verdict: 'wrong_answer', timeMs: 1 }] }),
      content.interviewer,
    );
    expect([failing.score, failing.evidence[0]?.message, failing.gaps]).toEqual([
      25,
      '3 of 12 tests pass; "empty input" fails.',
      [{ gap: 'failing-test', question: 'Your code fails the test "empty input". What input breaks it, and how would you fix it?' }],
    ]);
    expect(() => evaluationOfSubmission(judged({ verdict: 'internal_error', message: 'worker died' }), content.interviewer)).toThrow('the judge failed on this submission and did not score it (worker died); submit the code again');
  });

  it('weighs a coding answer 75% tests and 25% explanation, closing the gap only with technical depth', () => {
    const code = evaluationOfSubmission(judged({ passed: 8, total: 10, verdict: 'wrong_answer' }), content.interviewer);
    const deep = 'It is O(n log n) because of the sort and O(n) memory for the hash map; at ten times the input I would stream with a heap of size k and shard by key.';
    const spoken = analyzeAnswer(deep, { type: 'technical' });
    const combined = withExplanation(code, spoken, deep);
    expect(combined.score).toBe(Math.round(0.75 * 80 + 0.25 * spoken.score));
    expect(combined.dimensions.correctness).toBe(80);
    expect(combined.gaps).toEqual([]);
    const shallow = withExplanation(code, analyzeAnswer('It works fine.', { type: 'technical' }), 'It works fine.');
    expect(shallow.gaps).toEqual(code.gaps);
  });

  it('drops a quote the message repeats, keeping what the message adds', () => {
    expect(withoutQuote('Result: "We shipped."', 'We shipped.')).toBe('Result');
    expect(withoutQuote('Names a trade-off: "trades".', 'trades')).toBe('Names a trade-off');
    expect(withoutQuote('Clear ownership: "I" 5 times against "we" 3 times.', 'my')).toBe('Clear ownership: "I" 5 times against "we" 3 times.');
    expect(withoutQuote('"x"', 'x')).toBe('"x"');
  });
});
