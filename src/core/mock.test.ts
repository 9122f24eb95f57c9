import { describe, expect, it } from 'vitest';
import {
  answerFollowUp,
  answerItem,
  beginStage,
  chooseFollowUp,
  chooseLoopItems,
  createMock,
  currentItem,
  finishMock,
  pauseMock,
  resumeMock,
  stageClock,
  storyReuseWarnings,
  type MockState,
} from './mock.js';
import { at, evaluation, question, quickLoop, selection, stage } from './mock-testing.js';

function newMock(loop = quickLoop(), questions = selection().questions): MockState {
  return createMock({ loop, items: chooseLoopItems(selection({ loop, questions })), seed: 1, now: at(0) });
}

const gaps = [
  { gap: 'no-result', question: 'How did it end?' },
  { gap: 'no-task', question: 'What were you responsible for?' },
];

describe('the mock state machine', () => {
  it('runs a loop stage by stage: question, one follow-up, stage done, next stage, finished', () => {
    let s = newMock();
    expect([s.status, s.stageIndex, currentItem(s)]).toEqual(['not-started', 0, null]);
    s = beginStage(s, at(1));
    expect(s.status).toBe('in-stage');
    expect(currentItem(s)?.key).toBe('1.1');
    s = answerItem(s, { text: 'We shipped.', evaluation: evaluation(40, { gaps }) }, at(3));
    expect(s.status).toBe('awaiting-follow-up');
    expect(currentItem(s)?.followUp).toEqual({ gap: 'no-result', question: 'How did it end?', answer: null, at: null, closed: null, evaluation: null });
    expect(currentItem(s)?.answer?.seconds).toBe(120);
    s = answerFollowUp(s, { text: 'Latency fell 30%.', evaluation: evaluation(70, { gaps: [gaps[1]!] }) }, at(4));
    expect(s.status).toBe('stage-done');
    expect(s.stages[0]?.items[0]?.followUp?.closed).toBe(true);
    expect(s.stages[0]).toMatchObject({ startedAt: at(1).toISOString(), finishedAt: at(4).toISOString(), elapsedMs: 180_000 });
    expect(currentItem(s)).toBeNull();
    s = beginStage(s, at(10));
    expect([s.status, s.stageIndex, currentItem(s)?.key]).toEqual(['in-stage', 1, '2.1']);
    s = answerItem(s, { text: 'A cache.', evaluation: evaluation(80, { gaps }) }, at(15));
    s = answerFollowUp(s, { text: '', evaluation: evaluation(10) }, at(16));
    expect(s.status).toBe('finished');
    expect(s.finishedAt).toBe(at(16).toISOString());
    expect(s.stages[1]?.items[0]?.followUp).toMatchObject({ answer: '', closed: false, evaluation: null });
    expect(s.stages[1]?.elapsedMs).toBe(6 * 60_000);
  });

  it('asks the first gap not already asked in this loop, then the question\'s own follow-ups', () => {
    expect(chooseFollowUp(gaps, ['Own?'], new Set())).toEqual({ gap: 'no-result', question: 'How did it end?' });
    expect(chooseFollowUp(gaps, ['Own?'], new Set(['How did it end?']))).toEqual({ gap: 'no-task', question: 'What were you responsible for?' });
    expect(chooseFollowUp(gaps, ['Own?'], new Set(gaps.map((g) => g.question)))).toEqual({ gap: 'no-result', question: 'How did it end?' });
    expect(chooseFollowUp([], ['Own?', 'Other?'], new Set(['Own?']))).toEqual({ gap: 'question-follow-up', question: 'Other?' });
    expect(chooseFollowUp([], [], new Set())).toBeNull();

    const loop = { ...quickLoop(), stages: [stage('one', 'phone-screen', { behavioral: 2 })] };
    let s = beginStage(newMock(loop), at(0));
    s = answerItem(s, { text: 'a', evaluation: evaluation(50, { gaps }) }, at(1));
    s = answerFollowUp(s, { text: 'b', evaluation: evaluation(60, { gaps }) }, at(2));
    expect(s.stages[0]?.items[0]?.followUp?.closed).toBe(false);
    s = answerItem(s, { text: 'c', evaluation: evaluation(50, { gaps }) }, at(3));
    expect(currentItem(s)?.followUp?.question).toBe('What were you responsible for?');
  });

  it('moves straight on when there is nothing to follow up', () => {
    const loop = { ...quickLoop(), stages: [stage('one', 'phone-screen', { behavioral: 2 })] };
    const questions = [question('b-one', { followups: [] }), question('b-two', { followups: [] })];
    let s = beginStage(newMock(loop, questions), at(0));
    s = answerItem(s, { text: 'a', evaluation: evaluation(90) }, at(1));
    expect([s.status, s.itemIndex]).toEqual(['in-stage', 1]);
    expect(s.itemShownMs).toBe(60_000);
    s = answerItem(s, { text: 'b', evaluation: evaluation(90) }, at(3));
    expect(s.stages[0]?.items[1]?.answer?.seconds).toBe(120);
    expect(s.status).toBe('finished');
  });

  it('refuses a story already told in this loop and names where', () => {
    const loop = { ...quickLoop(), stages: [stage('one', 'phone-screen', { behavioral: 2 })] };
    let s = beginStage(newMock(loop), at(0));
    s = answerItem(s, { text: 'a', storyId: 7, evaluation: evaluation(50) }, at(1));
    s = answerFollowUp(s, { text: 'b', evaluation: evaluation(50) }, at(2));
    const first = s.stages[0]?.items[0]?.title;
    expect(() => answerItem(s, { text: 'c', storyId: 7, evaluation: evaluation(50) }, at(3))).toThrow(
      `story 7 was already told in this loop (one: "${first}"); an interviewer panel compares notes, so tell a different story or answer without linking one`,
    );
    s = answerItem(s, { text: 'c', storyId: 8, evaluation: evaluation(50) }, at(3));
    expect(s.stages[0]?.items.map((i) => i.answer?.storyId)).toEqual([7, 8]);
    expect(storyReuseWarnings(s)).toEqual([]);
    const tampered = structuredClone(s);
    tampered.stages[0]!.items[1]!.answer!.storyId = 7;
    expect(storyReuseWarnings(tampered)).toEqual([`story 7 is used 2 times in this loop (one: "${first}"; one: "${tampered.stages[0]?.items[1]?.title}")`]);
  });

  it('stops the stage clock while paused and resumes where it was', () => {
    let s = beginStage(newMock(), at(0));
    expect(stageClock(s, at(2))).toEqual({ elapsedSeconds: 120, allowedSeconds: 300, remainingSeconds: 180, running: true });
    s = pauseMock(s, at(2));
    expect([s.status, s.resumeTo, s.runningSince]).toEqual(['paused', 'in-stage', null]);
    expect(currentItem(s)?.key).toBe('1.1');
    expect(stageClock(s, at(50)).elapsedSeconds).toBe(120);
    expect(() => answerItem(s, { text: 'x', evaluation: evaluation(1) }, at(50))).toThrow('cannot answer: the mock is paused: resume it first');
    s = resumeMock(s, at(50));
    expect(s.status).toBe('in-stage');
    expect(stageClock(s, at(54, 30))).toEqual({ elapsedSeconds: 390, allowedSeconds: 300, remainingSeconds: -90, running: true });
  });

  it('survives a restart: the state is plain JSON and continues after a round trip', () => {
    let s = beginStage(newMock(), at(0));
    s = answerItem(s, { text: 'x', evaluation: evaluation(30, { gaps }) }, at(1));
    s = pauseMock(s, at(2));
    const reopened = JSON.parse(JSON.stringify(s)) as MockState;
    expect(reopened).toEqual(s);
    let r = resumeMock(reopened, at(30));
    expect(r.status).toBe('awaiting-follow-up');
    r = answerFollowUp(r, { text: 'y', evaluation: evaluation(60) }, at(31));
    expect([r.status, r.stages[0]?.elapsedMs]).toEqual(['stage-done', 180_000]);
  });

  it('names what to do instead of an invalid move', () => {
    const s = newMock();
    expect(() => answerItem(s, { text: 'x', evaluation: evaluation(1) }, at(1))).toThrow('cannot answer: the mock has not started: begin the first stage');
    const running = beginStage(s, at(1));
    expect(() => beginStage(running, at(1))).toThrow('cannot begin a stage: a question is waiting for your answer');
    expect(() => answerFollowUp(running, { text: 'x', evaluation: null }, at(1))).toThrow('cannot answer the follow-up: a question is waiting for your answer');
    const waiting = answerItem(running, { text: 'x', evaluation: evaluation(1, { gaps }) }, at(2));
    expect(() => answerItem(waiting, { text: 'x', evaluation: evaluation(1) }, at(2))).toThrow('cannot answer: the interviewer asked a follow-up: answer it (or pass) first');
    expect(() => resumeMock(waiting, at(2))).toThrow('cannot resume: the interviewer asked a follow-up: answer it (or pass) first');
    const done = finishMock(waiting, at(3));
    expect(() => pauseMock(done, at(3))).toThrow('cannot pause: the mock is finished: read its debrief or start a new one');
    expect(() => finishMock(done, at(3))).toThrow('cannot finish: the mock is finished: read its debrief or start a new one');
  });

  it('finishes early, keeping what was answered and closing the stage clock', () => {
    let s = beginStage(newMock(), at(0));
    s = answerItem(s, { text: 'x', evaluation: evaluation(30, { gaps }) }, at(2));
    s = finishMock(s, at(4));
    expect([s.status, s.finishedAt, s.stages[0]?.finishedAt, s.stages[0]?.elapsedMs, s.stages[1]?.startedAt]).toEqual(['finished', at(4).toISOString(), at(4).toISOString(), 240_000, null]);
    expect(s.stages[0]?.items[0]?.followUp?.answer).toBeNull();
  });

  it('does not change the state it was given', () => {
    const s = newMock();
    const before = JSON.stringify(s);
    beginStage(s, at(1));
    expect(JSON.stringify(s)).toBe(before);
  });
});
