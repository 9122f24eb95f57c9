import { describe, expect, it } from 'vitest';
import { computeDebrief } from './mock-debrief.js';
import { answerFollowUp, answerItem, beginStage, chooseLoopItems, createMock, finishMock, type MockState } from './mock.js';
import { at, evaluation, question, quickLoop, selection, stage } from './mock-testing.js';
import type { LoopTemplate } from './mock-types.js';

const loop: LoopTemplate = {
  ...quickLoop(),
  stages: [
    stage('screen', 'phone-screen', { behavioral: 2 }, { minutes: 10, scores: ['structure', 'ownership'] }),
    stage('tech', 'technical', { technical: 1 }, { minutes: 20, scores: ['depth', 'structure'] }),
  ],
};
const questions = [
  question('b-one', { themes: ['conflict'], areas: ['communication'], skills: ['data-analysis'] }),
  question('b-two', { themes: ['failure'], areas: ['communication'] }),
  question('t-one', { type: 'technical', followups: [], areas: ['technical-skills'] }),
];
const noResult = { gap: 'no-result', question: 'How did it end?' };

function start(): MockState {
  return beginStage(createMock({ loop, items: chooseLoopItems(selection({ loop, questions, readiness: { skills: { 'data-analysis': 0 }, areas: {} } })), seed: 1, now: at(0) }), at(0));
}

/** Stage 1: 60 -> 70 after a follow-up that closed the gap, then 40 with the follow-up passed. Stage 2: 85. */
function played(): MockState {
  let s = start();
  s = answerItem(
    s,
    {
      text: 'I led the migration.',
      evaluation: evaluation(60, {
        gaps: [noResult],
        evidence: [
          { dimension: 'ownership', tone: 'strength', message: 'Clear ownership.', quote: 'I led', span: [0, 5], source: 'answer' },
          { dimension: 'structure', tone: 'gap', message: 'No result.', quote: null, span: null, source: 'answer' },
        ],
      }, { structure: 60, ownership: 80 }),
    },
    at(2),
  );
  s = answerFollowUp(
    s,
    {
      text: 'Costs fell 20%.',
      evaluation: evaluation(70, {
        evidence: [
          { dimension: 'structure', tone: 'strength', message: 'Result: "Costs fell 20%."', quote: 'Costs fell 20%.', span: [0, 15], source: 'follow-up' },
          { dimension: 'ownership', tone: 'strength', message: 'Clear ownership.', quote: 'I led', span: [0, 5], source: 'answer' },
        ],
      }, { structure: 75, ownership: 80 }),
    },
    at(3),
  );
  s = answerItem(
    s,
    { text: 'We did it.', evaluation: evaluation(40, { gaps: [noResult, { gap: 'we-heavy', question: 'What did you do?' }], evidence: [{ dimension: 'ownership', tone: 'gap', message: '"we" 4 times, "I" never.', quote: 'We did it.', span: [0, 10], source: 'answer' }] }, { structure: 40, ownership: 50 }) },
    at(5),
  );
  s = answerFollowUp(s, { text: '', evaluation: null }, at(6));
  s = beginStage(s, at(10));
  s = answerItem(s, { text: 'Use a write-through cache.', evaluation: evaluation(85, { evidence: [{ dimension: 'depth', tone: 'strength', message: 'Technical substance.', quote: 'write-through cache', span: [6, 25], source: 'answer' }] }, { depth: 90, structure: 70 }) }, at(30));
  return s;
}

describe('computeDebrief', () => {
  it('scores each stage as the mean of its answers and the loop weighted by stage minutes', () => {
    const d = computeDebrief(played());
    expect(d.stages.map((s) => [s.id, s.score, s.reached, s.elapsedSeconds, s.overTime])).toEqual([
      ['screen', 55, true, 360, false],
      ['tech', 85, true, 1200, false],
    ]);
    // (55 * 10 + 85 * 20) / 30
    expect(d.overall).toBe(75);
    expect([d.answered, d.items, d.completed]).toEqual([3, 3, true]);
    expect(d.stages[0]?.dimensions).toEqual([
      { id: 'structure', title: 'Structure', score: 58 },
      { id: 'ownership', title: 'Ownership', score: 65 },
    ]);
    expect(d.stages[0]?.items.map((i) => [i.key, i.score, i.seconds, i.followUp?.closed])).toEqual([
      ['1.1', 70, 120, true],
      ['1.2', 40, 120, false],
    ]);
  });

  it('weights each dimension by the minutes of the stages that score it, with its evidence', () => {
    const d = computeDebrief(played());
    // structure: (57.5 * 10 + 70 * 20) / 30 = 65.83
    expect(d.dimensions.map((x) => [x.id, x.score])).toEqual([
      ['structure', 66],
      ['ownership', 65],
      ['depth', 90],
    ]);
    const ownership = d.dimensions.find((x) => x.id === 'ownership');
    expect(ownership?.evidence.map((e) => [e.tone, e.quote, e.itemTitle])).toEqual([
      ['strength', 'I led', 'b one'],
      ['gap', 'We did it.', 'b two'],
    ]);
  });

  it('names the strongest and weakest moments with a quote', () => {
    const d = computeDebrief(played());
    expect(d.strongest.map((m) => [m.itemKey, m.score, m.quote])).toEqual([
      ['2.1', 85, 'write-through cache'],
      ['1.1', 70, 'Costs fell 20%.'],
    ]);
    expect(d.weakest).toEqual([
      {
        stageId: 'screen',
        stageTitle: 'screen',
        itemKey: '1.2',
        itemTitle: 'b two',
        kind: 'question',
        refId: 'b-two',
        score: 40,
        quote: 'We did it.',
        note: 'Passed on the follow-up "What did you do?". "we" 4 times, "I" never.',
      },
    ]);
  });

  it('gives a hire signal with its reasons', () => {
    expect(computeDebrief(played()).signal).toEqual({
      id: 'hire',
      title: 'Hire',
      reasons: [
        'Overall 75/100, against 65 for a hire and 80 for a strong hire.',
        'Weakest stage: screen at 55; a hire needs every stage at 50 or more.',
        'Strongest stage: tech at 85.',
        '1 of 2 follow-ups closed the gap the interviewer probed.',
      ],
    });
  });

  it('sinks a good average with one weak stage, and caps an unfinished loop', () => {
    let s = start();
    s = answerItem(s, { text: 'a', evaluation: evaluation(30) }, at(1));
    s = answerFollowUp(s, { text: '', evaluation: null }, at(1));
    s = answerItem(s, { text: 'b', evaluation: evaluation(40) }, at(2));
    s = answerFollowUp(s, { text: '', evaluation: null }, at(2));
    s = beginStage(s, at(3));
    s = answerItem(s, { text: 'c', evaluation: evaluation(100) }, at(4));
    const d = computeDebrief(s);
    // (35 * 10 + 100 * 20) / 30 = 78.3, but the screen stage is under the floor of 50.
    expect([d.overall, d.signal.id]).toEqual([78, 'lean-no-hire']);

    const early = finishMock(answerItem(start(), { text: 'a', evaluation: evaluation(90) }, at(1)), at(2));
    const e = computeDebrief(early);
    expect([e.overall, e.answered, e.items, e.completed, e.stages[1]?.reached, e.stages[1]?.score]).toEqual([45, 1, 3, false, false, null]);
    expect(e.signal).toEqual({ id: 'not-enough', title: 'Not enough to call', reasons: ['1 of 3 answers gave evidence: too little for a panel to call.'] });
    expect(computeDebrief(finishMock(start(), at(1))).signal).toEqual({ id: 'no-hire', title: 'No hire', reasons: ['No question was answered, so there is no evidence to hire on.'] });
  });

  it('gives a strong hire only when the average and every stage clear the higher bar', () => {
    let s = start();
    for (const score of [82, 78]) {
      s = answerItem(s, { text: 'x', evaluation: evaluation(score) }, at(1));
      s = answerFollowUp(s, { text: '', evaluation: null }, at(1));
    }
    s = beginStage(s, at(2));
    s = answerItem(s, { text: 'y', evaluation: evaluation(90) }, at(3));
    expect(computeDebrief(s).signal.id).toBe('strong-hire');
  });

  it('counts an answer that gives no evidence as 0 and never calls a hire on it', () => {
    let s = start();
    s = answerItem(s, { text: 'x', evaluation: { ...evaluation(95), flags: ['other-question'] } }, at(1));
    s = answerFollowUp(s, { text: '', evaluation: null }, at(1));
    s = answerItem(s, { text: 'x', evaluation: evaluation(90) }, at(1));
    s = answerFollowUp(s, { text: '', evaluation: null }, at(1));
    s = beginStage(s, at(2));
    s = answerItem(s, { text: 'y', evaluation: evaluation(90) }, at(3));
    const d = computeDebrief(s);
    expect([d.stages[0]?.items.map((i) => i.score), d.overall]).toEqual([[0, 90], 75]);
    expect(d.signal.id).toBe('lean-no-hire');
    expect(d.signal.reasons[0]).toBe('"b one" gave no evidence (an answer to another question) and counts 0.');

    let keywords = start();
    keywords = answerItem(keywords, { text: 'x', evaluation: { ...evaluation(95), flags: ['keyword-list'] } }, at(1));
    keywords = answerFollowUp(keywords, { text: '', evaluation: null }, at(1));
    keywords = answerItem(keywords, { text: 'x', evaluation: { ...evaluation(95), flags: ['off-topic'] } }, at(1));
    keywords = answerFollowUp(keywords, { text: '', evaluation: null }, at(1));
    keywords = beginStage(keywords, at(2));
    keywords = answerItem(keywords, { text: 'y', evaluation: evaluation(95) }, at(3));
    expect(computeDebrief(keywords).signal).toEqual({
      id: 'not-enough',
      title: 'Not enough to call',
      reasons: [
        '"b one" gave no evidence (a list of keywords) and counts 0.',
        '"b two" gave no evidence (not about the question) and counts 0.',
        '1 of 3 answers gave evidence: too little for a panel to call.',
      ],
    });
  });

  it('says what to practise next: weak dimensions, weak answers, their area and the story bank', () => {
    let s = start();
    s = answerItem(s, { text: 'a', evaluation: evaluation(30, { gaps: [noResult] }, { structure: 20, ownership: 40 }) }, at(1));
    s = answerFollowUp(s, { text: 'still vague', evaluation: evaluation(35, { gaps: [noResult] }, { structure: 25, ownership: 40 }) }, at(2));
    s = answerItem(s, { text: 'b', evaluation: evaluation(50) }, at(3));
    s = answerFollowUp(s, { text: '', evaluation: null }, at(3));
    s = beginStage(s, at(4));
    s = answerItem(s, { text: 'c', evaluation: evaluation(90, {}, { depth: 95 }) }, at(5));
    const d = computeDebrief(s, { advice: { ownership: 'Say "I" for what you did.' } });
    expect(d.practice).toEqual([
      { kind: 'dimension', id: 'ownership', title: 'Ownership', reason: 'Ownership scored 40. Say "I" for what you did.' },
      { kind: 'question', id: 'b-one', title: 'b one', reason: 'Scored 35 in screen. The interviewer asked: "How did it end?"' },
      { kind: 'question', id: 'b-two', title: 'b two', reason: 'Scored 50 in screen. The interviewer asked: "What would you do differently in b-two?"' },
      { kind: 'area', id: 'communication', title: 'Communication', reason: '2 of the weaker answers are about communication.' },
      { kind: 'stories', id: 'conflict', title: 'Your story bank', reason: '2 behavioral answers fell short. Prepare STAR stories on conflict and failure, then check them with the coach.' },
    ]);
  });
});
