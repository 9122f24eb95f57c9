import { describe, expect, it } from 'vitest';
import { chooseLoopItems, needOf, seededRank } from './mock-select.js';
import { problem, question, quickLoop, selection, stage } from './mock-testing.js';

const ids = (items: ReturnType<typeof chooseLoopItems>) => items.map((s) => s.map((i) => i.refId));

describe('chooseLoopItems', () => {
  it("chooses the loop's track first, another track only when the track runs out, and a given track over the loop's", () => {
    const questions = [
      question('b-product', { tracks: ['product'] }),
      question('b-program', { tracks: ['program'] }),
      question('b-both', { tracks: ['product', 'program'] }),
      question('t-product', { type: 'technical', tracks: ['product'] }),
    ];
    const loop = { ...quickLoop(), track: 'program' as const };
    loop.stages = [stage('one', 'phone-screen', { behavioral: 2 }), stage('two', 'technical', { technical: 1 })];
    const chosen = ids(chooseLoopItems(selection({ loop, questions })));
    expect(chosen[0]?.slice().sort()).toEqual(['b-both', 'b-program']);
    // The program track has no technical question here: the product one is asked rather than none.
    expect(chosen[1]).toEqual(['t-product']);
    const asProduct = ids(chooseLoopItems(selection({ loop, questions, track: 'product' })));
    expect(asProduct[0]?.slice().sort()).toEqual(['b-both', 'b-product']);
  });

  it('fills deep-dive and partnership rounds with their own types and suggests a story for each', () => {
    const questions = [
      question('dd-one', { type: 'deep-dive', stages: ['final-round'] }),
      question('pa-one', { type: 'partnership', stages: ['final-round'] }),
      question('b-one'),
    ];
    const loop = { ...quickLoop(), track: 'program' as const };
    loop.stages = [stage('retro', 'deep-dive', { 'deep-dive': 1 }), stage('xfn', 'partnership', { partnership: 1 })];
    const stories = [
      { id: 1, themes: ['conflict'], score: 60 },
      { id: 2, themes: ['failure'], score: 80 },
    ];
    const items = chooseLoopItems(selection({ loop, questions, stories }));
    expect(items.map((s) => s.map((i) => [i.refId, i.type, i.suggestedStoryId]))).toEqual([[['dd-one', 'deep-dive', 2]], [['pa-one', 'partnership', 1]]]);
  });

  it('takes the weakest skills and areas first', () => {
    const questions = [
      question('strong-area', { areas: ['communication'], skills: ['communication'] }),
      question('weak-area', { areas: ['metrics'], skills: ['data-analysis'] }),
      question('t-one', { type: 'technical', stages: ['technical'], areas: ['technical-skills'], skills: ['technical-expertise'] }),
    ];
    const readiness = { skills: { communication: 0.9, 'data-analysis': 0.2 }, areas: { communication: 0.9, metrics: 0.3 } };
    expect(ids(chooseLoopItems(selection({ questions, readiness })))).toEqual([['weak-area'], ['t-one']]);
    // With the readings swapped, the other question comes first.
    const swapped = { skills: { communication: 0.2, 'data-analysis': 0.9 }, areas: { communication: 0.3, metrics: 0.9 } };
    expect(ids(chooseLoopItems(selection({ questions, readiness: swapped })))[0]).toEqual(['strong-area']);
  });

  it('counts an unknown skill or area as half ready: behind a weak one, ahead of a strong one', () => {
    expect(needOf(['communication'], ['metrics'], { skills: {}, areas: {} })).toBe(0.5);
    expect(needOf(['communication'], ['metrics'], { skills: { communication: 0.9 }, areas: { metrics: null } })).toBeCloseTo(0.3);
    const questions = [question('known-strong', { areas: ['communication'] }), question('unknown', { areas: ['market-trends'], skills: ['strategic-thinking'] }), question('t', { type: 'technical' })];
    const readiness = { skills: { communication: 0.95 }, areas: { communication: 0.95 } };
    expect(ids(chooseLoopItems(selection({ questions, readiness })))[0]).toEqual(['unknown']);
  });

  it('puts unseen questions before seen ones when the need is the same', () => {
    const seen = { questions: new Set(['b-one', 'b-two']), problems: new Set<string>() };
    const questions = [question('b-one'), question('b-two'), question('b-three'), question('t-one', { type: 'technical' })];
    expect(ids(chooseLoopItems(selection({ questions, seen })))[0]).toEqual(['b-three']);
  });

  it('is deterministic for a seed and independent of the order the bank lists questions in', () => {
    const questions = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => question(`b-${x}`)).concat(question('t-one', { type: 'technical' }));
    const first = ids(chooseLoopItems(selection({ questions, seed: 42 })));
    expect(ids(chooseLoopItems(selection({ questions: [...questions].reverse(), seed: 42 })))).toEqual(first);
    const bySeed = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids(chooseLoopItems(selection({ questions, seed })))[0]?.[0]);
    expect(new Set(bySeed).size).toBeGreaterThan(1);
    // The seeded order is the FNV-1a rank of "seed:id", lowest first.
    const expected = ['b-a', 'b-b', 'b-c', 'b-d', 'b-e', 'b-f'].sort((x, y) => seededRank(42, x) - seededRank(42, y))[0];
    expect(first[0]).toEqual([expected]);
  });

  it('prefers questions tagged for the stage, and never asks a question twice in one loop', () => {
    const loop = { ...quickLoop(), stages: [stage('one', 'phone-screen', { behavioral: 2 }), stage('two', 'final-round', { behavioral: 2 })] };
    const questions = [
      question('final-only', { stages: ['final-round'] }),
      question('phone-a', { stages: ['phone-screen'] }),
      question('phone-b', { stages: ['phone-screen'] }),
      question('product-only', { stages: ['product'] }),
    ];
    const chosen = ids(chooseLoopItems(selection({ loop, questions })));
    expect(chosen[0]?.sort()).toEqual(['phone-a', 'phone-b']);
    expect(chosen[1]?.[0]).toBe('final-only');
    expect(chosen[1]?.[1]).toBe('product-only');
    expect(new Set(chosen.flat()).size).toBe(4);
  });

  it('draws behavioral questions from the stage themes when it names some', () => {
    const loop = { ...quickLoop(), stages: [stage('lp', 'final-round', { behavioral: 1 }, { themes: ['customer-focus'] })] };
    const questions = [question('conflict', { themes: ['conflict'] }), question('customer', { themes: ['customer-focus', 'ownership'] })];
    expect(ids(chooseLoopItems(selection({ loop, questions, seed: 9 })))).toEqual([['customer']]);
  });

  it('says which stage cannot be filled', () => {
    const loop = { ...quickLoop(), stages: [stage('big', 'phone-screen', { behavioral: 3 })] };
    expect(() => chooseLoopItems(selection({ loop }))).toThrow('loop "quick", stage "big" asks for 3 behavioral question(s) and only 2 are left in the bank');
  });

  it('chooses the coding exercise from the weakest areas, unsolved first', () => {
    const loop = { ...quickLoop(), stages: [stage('code', 'technical', {}, { coding: 1, scores: ['correctness'] })] };
    const problems = [problem('strong-p', ['technical-skills']), problem('weak-p', ['metrics'], ['data-analysis']), problem('weak-solved', ['metrics'], ['data-analysis'])];
    const readiness = { skills: { 'technical-expertise': 0.9, 'data-analysis': 0.1 }, areas: { 'technical-skills': 0.9, metrics: 0.1 } };
    const items = chooseLoopItems(selection({ loop, problems, readiness, seen: { questions: new Set(), problems: new Set(['weak-solved']) } }));
    expect(items[0]?.[0]).toMatchObject({ kind: 'coding', refId: 'weak-p', type: null, key: '1.1', minutes: 25 });
  });

  it('adds the written exercise after the questions and gives it the stage time', () => {
    const loop = { ...quickLoop(), stages: [stage('write', 'product', { behavioral: 1 }, { minutes: 40, written: { instructions: 'Write it.', types: ['strategy'] } })] };
    const questions = [question('b-one'), question('s-one', { type: 'strategy', minutes: 20 })];
    const [items] = chooseLoopItems(selection({ loop, questions }));
    expect(items?.map((i) => [i.key, i.kind, i.refId, i.minutes])).toEqual([
      ['1.1', 'question', 'b-one', 5],
      ['1.2', 'written', 's-one', 40],
    ]);
  });

  it('suggests a fitting story for each behavioral question, never the same story twice', () => {
    const loop = { ...quickLoop(), stages: [stage('one', 'final-round', { behavioral: 3 })] };
    const questions = [question('q-conflict', { themes: ['conflict'] }), question('q-conflict-2', { themes: ['conflict', 'influence'] }), question('q-failure', { themes: ['failure'] })];
    const stories = [
      { id: 1, themes: ['conflict'], score: 60 },
      { id: 2, themes: ['conflict', 'influence'], score: 80 },
    ];
    const [items] = chooseLoopItems(selection({ loop, questions, stories, seed: 3 }));
    const byId = Object.fromEntries((items ?? []).map((i) => [i.refId, i.suggestedStoryId]));
    expect(byId['q-failure']).toBeNull();
    expect([byId['q-conflict'], byId['q-conflict-2']].sort()).toEqual([1, 2]);
    const suggested = (items ?? []).map((i) => i.suggestedStoryId).filter((s) => s !== null);
    expect(new Set(suggested).size).toBe(suggested.length);
  });
});
