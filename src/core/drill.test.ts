import { describe, expect, it } from 'vitest';
import { answerDrill, nextDrillQuestion, startDrill, type DrillPlan } from './drill.js';

const plan: DrillPlan = {
  deeperBelow: 50,
  maxAnswers: 10,
  steps: [
    { kind: 'design', title: 'Why that design', ask: 'Why that design for "{title}"?', deeper: 'What did you reject?', wantsNumber: false },
    { kind: 'cost', title: 'What it cost', ask: 'What did it cost?', deeper: 'Put numbers on it.', wantsNumber: true },
    { kind: 'disagreed', title: 'Who disagreed', ask: 'Who disagreed?', deeper: 'What did they see?', wantsNumber: false },
  ],
};
const NOW = new Date('2026-03-02T10:00:00Z');
const strong = { specificity: 70, quantified: true };

describe('the drill', () => {
  it('opens on the first line with the story title', () => {
    expect(nextDrillQuestion(plan, 'Search index', [])).toEqual({ kind: 'design', title: 'Why that design', depth: 1, question: 'Why that design for "Search index"?' });
  });

  it('stays on a line once when the answer is thin, then moves on whatever the second answer', () => {
    let state = startDrill<null>(plan, { id: 3, title: 'Search index' }, 'senior', NOW);
    const say = (reading: { specificity: number; quantified: boolean }) => {
      state = answerDrill(plan, state, { text: 'answer', seconds: 30, reading, analysis: null }, NOW);
      return state.next && [state.next.kind, state.next.depth];
    };
    expect(say({ specificity: 30, quantified: true })).toEqual(['design', 2]);
    expect(say({ specificity: 20, quantified: false })).toEqual(['cost', 1]);
    // The cost line wants a number: a good answer without one is still thin.
    expect(say({ specificity: 80, quantified: false })).toEqual(['cost', 2]);
    expect(say(strong)).toEqual(['disagreed', 1]);
    expect(say(strong)).toBeNull();
    expect(state.status).toBe('done');
    expect(state.answers.map((a) => `${a.kind}/${a.depth}`)).toEqual(['design/1', 'design/2', 'cost/1', 'cost/2', 'disagreed/1']);
    // A done drill takes no more answers.
    expect(answerDrill(plan, state, { text: 'more', seconds: 1, reading: strong, analysis: null }, NOW)).toBe(state);
  });

  it('ends at the answer cap', () => {
    const capped = { ...plan, maxAnswers: 2 };
    const thin = { specificity: 10, quantified: false };
    expect(nextDrillQuestion(capped, 't', [{ kind: 'design', title: '', depth: 1, question: '', ...thin }, { kind: 'design', title: '', depth: 2, question: '', ...thin }])).toBeNull();
  });
});
