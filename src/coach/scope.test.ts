import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from './analyze.js';
import { loadCoachRules } from './rules-load.js';
import { findScopeEvidence, readScope } from './scope.js';

const rules = loadCoachRules();

const TEAM = 'On my team I fixed the flaky build in three weeks and cut failures from 12 to 2.';
const ORG =
  'Nobody owned the migration. I brought four teams and 30 engineers together for two quarters and moved the $2M contract on time.';
const COMPANY =
  'I set the direction for the company-wide identity program across several orgs: 120 engineers over 18 months, and every team now ships through the same release process.';

describe('readScope', () => {
  it('finds each piece of scope with its words, kind and level', () => {
    const at = (words: string): [number, number] => [ORG.indexOf(words), ORG.indexOf(words) + words.length];
    expect(findScopeEvidence(ORG, rules.data.scope)).toEqual([
      { span: [0, 12], kind: 'ambiguity', level: 'senior', text: 'Nobody owned' },
      { span: at('four teams'), kind: 'org', level: 'senior', text: 'four teams' },
      { span: at('30 engineers'), kind: 'people', level: 'senior', text: '30 engineers' },
      { span: at('two quarters'), kind: 'duration', level: 'senior', text: 'two quarters' },
      { span: at('$2M'), kind: 'money', level: 'staff', text: '$2M' },
    ]);
    expect(at('four teams')).toEqual([38, 48]);
    for (const e of findScopeEvidence(COMPANY, rules.data.scope)) expect(COMPANY.slice(...e.span)).toBe(e.text);
  });

  it('reads one team as mid, an org as senior, several orgs with direction set as staff', () => {
    expect(readScope(TEAM, rules).readsAs).toBe('mid');
    expect(readScope(ORG, rules).readsAs).toBe('senior');
    expect(readScope(COMPANY, rules).readsAs).toBe('staff');
    // Big numbers alone are not staff scope: staff needs several orgs, the company or direction set.
    expect(readScope('We spent $5 million with 200 engineers on our team.', rules).readsAs).toBe('senior');
  });

  it('says where the story stands against the target level', () => {
    expect(readScope(TEAM, rules, 'senior')).toMatchObject({
      readsAs: 'mid',
      target: 'senior',
      verdict: 'below',
      message:
        'Reads as mid-level against your senior target: name the several teams or the org you worked across, the people, money or weeks at stake, and the goal you had to pin down when it was unclear.',
    });
    expect(readScope(ORG, rules, 'senior')).toMatchObject({ verdict: 'on', message: 'Reads as senior, on your senior target.' });
    expect(readScope(COMPANY, rules, 'mid').verdict).toBe('above');
    expect(readScope(ORG, rules)).toMatchObject({ target: null, verdict: null, message: 'Reads as senior from the scope it names.' });
    expect(readScope('I fixed it.', rules, 'staff')).toMatchObject({
      readsAs: 'mid',
      evidence: [],
      message: 'No scope named. Say how many teams and people the work spanned, for how long, and what was at stake.',
    });
  });
});

describe('the coach on story types', () => {
  it('reads deep-dive and partnership answers as stories: STAR, ownership and scope', () => {
    for (const type of ['deep-dive', 'partnership'] as const) {
      const analysis = analyzeAnswer(`${ORG} I wrote the plan and I ran the weekly review, and we shipped two weeks early.`, { type, targetLevel: 'staff' });
      expect(analysis.ownership.verdict).not.toBe('not-applicable');
      expect(analysis.scope).toMatchObject({ readsAs: 'senior', target: 'staff', verdict: 'below' });
    }
    expect(analyzeAnswer(ORG, { type: 'technical' }).scope).toBeUndefined();
    expect(() => analyzeAnswer(ORG, { type: 'behavioral', targetLevel: 'principal' as never })).toThrow('Unknown target level "principal". Use one of: mid, senior, staff.');
  });
});
