import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../content/index.js';
import { buildContext } from './context.js';
import { concretenessOf } from './concrete.js';
import { analyzeAnswer, buildQuestionBank, loadCoachRules } from './index.js';

const content = loadContent();
const rules = loadCoachRules();
const bank = buildQuestionBank(content.questions, rules);

function analyze(questionId: string, text: string) {
  const q = content.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`no question ${questionId}`);
  return analyzeAnswer(text, { type: q.type, rubric: q.rubric, prompt: q.prompt, questionId: q.id, outline: q.outline, bank, ...(q.competency ? { competency: q.competency } : {}) });
}

const DATA_STORY =
  'In my last role the sales team wanted to discount annual plans by 30% to close more enterprise deals. I pulled two years of contract data and split it by discount band. ' +
  'Accounts signed at deep discounts expanded less and churned more. I brought this to the VP of sales and the finance lead with a proposal to cap discounts at 15% and offer a longer pilot instead. ' +
  'They agreed to test it for two quarters. Average contract value rose 22% and first-year expansion held, so the cap became the policy.';

// A mentoring story written for the eval's tuning set, given for "the hardest feedback you received".
const tuning = parse(fs.readFileSync(new URL('../../test/coach-eval/tuning/other-question.yaml', import.meta.url), 'utf8')) as Array<{ id: string; text: string }>;
const MENTORING_STORY = tuning.find((e) => e.id === 'otherq-hard-feedback-gets-mentoring')?.text ?? '';

describe('competency and other-question rules', () => {
  it('reads a signal said with words between: "I pulled two years of contract data" shows a decision driven by data', () => {
    const a = analyze('a-data-driven-decision', DATA_STORY);
    expect(a.relevance.competency?.shown).toBe(true);
    expect(a.relevance.competency?.spans.map((s) => DATA_STORY.slice(...s))).toContain('pulled two years of contract data');
    expect(a.relevance.otherQuestion).toBeUndefined();
  });

  it('names the behavioral question whose competency a story clearly shows when it barely shows the asked one', () => {
    const a = analyze('receiving-hard-feedback', MENTORING_STORY);
    expect(a.relevance.otherQuestion).toEqual({ id: 'mentoring-someone-to-grow', title: content.questions.find((q) => q.id === 'mentoring-someone-to-grow')?.title });
    expect(a.score).toBeLessThanOrEqual(25);
  });
});

describe('concrete detail', () => {
  it('counts the sentences with a number, a name, a date or a technical term', () => {
    const text = 'We shipped on October 28. I asked Priya to run the review. It went well and everyone was happy. Communication is really key in the end. We moved reads to a cache.';
    const key = text.indexOf('Communication is really key');
    expect(concretenessOf(buildContext(text, rules, 'behavioral', '', []))).toEqual({ sentences: 5, concrete: 3, share: 0.6, platitudes: [[key, key + 'Communication is really key in the end.'.length]] });
  });

  it('never counts a commonplace as concrete, whatever terms it names, unless it carries a number', () => {
    const text = 'Monitoring is critical for every API. Canary releases are key to safety. Automation is really important, so 90% of deploys are automatic.';
    const found = concretenessOf(buildContext(text, rules, 'technical', '', []));
    expect(found).toMatchObject({ sentences: 3, concrete: 1 });
    expect(found.platitudes.map(([s, e]) => text.slice(s, e))).toEqual(['Monitoring is critical for every API.', 'Canary releases are key to safety.']);
  });
});
