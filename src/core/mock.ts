import { ConflictError, InvalidInputError } from './errors.js';
import type { Evaluation, LoopTemplate, MockFollowUp, MockItem, MockStage, MockState, MockStatus } from './mock-types.js';

export * from './mock-types.js';
export { chooseLoopItems, needOf, seededRank, CODING_MINUTES } from './mock-select.js';
export type { QuestionCandidate, ProblemCandidate, StoryCandidate, ReadinessScores, SelectionInput } from './mock-select.js';
export { answerScore, computeDebrief, finalEvaluation, givesNoEvidence, HIRE_BARS, HIRE_SIGNALS, PRACTICE_BELOW } from './mock-debrief.js';
export type { Debrief, DebriefStage, DebriefDimension, DebriefItem, Moment, PracticeNext, PracticeKind, PracticeAdvice, HireSignalId } from './mock-debrief.js';

/**
 * The mock interview as a state machine. Every transition is a pure function of the state, the input
 * and the time, returning a new state; invalid moves throw ConflictError with what to do instead.
 *
 *   not-started --beginStage--> in-stage --answerItem--> awaiting-follow-up --answerFollowUp--> in-stage (next item)
 *                                                                         \--> stage-done --beginStage--> in-stage
 *                                                                          \--> finished (after the last stage)
 *   any running status --pauseMock--> paused --resumeMock--> where it was;  any --finishMock--> finished
 *
 * The stage clock runs only in-stage and while a follow-up waits; pauses and breaks between stages
 * are not interview time.
 *
 * @example
 *   let s = createMock({ loop, items: chooseLoopItems(selection), seed: 7, now });
 *   s = beginStage(s, now);
 *   s = answerItem(s, { text, evaluation }, later);
 *   s.stages[0].items[0].followUp?.question; // the interviewer's follow-up, from the coach's gaps
 */

const ms = (iso: string) => Date.parse(iso);

function copy(state: MockState): MockState {
  return structuredClone(state);
}

function touch(state: MockState, now: Date): MockState {
  state.updatedAt = now.toISOString();
  return state;
}

function currentStage(state: MockState): MockStage {
  const stage = state.stages[state.stageIndex];
  if (!stage) throw new ConflictError(`the mock has no stage ${state.stageIndex + 1}`);
  return stage;
}

/** The item being asked now (also while paused in the middle of it), or null outside a stage. */
export function currentItem(state: MockState): MockItem | null {
  const where = state.status === 'paused' ? state.resumeTo : state.status;
  if (where !== 'in-stage' && where !== 'awaiting-follow-up') return null;
  return state.stages[state.stageIndex]?.items[state.itemIndex] ?? null;
}

/** Milliseconds the stage has run, the clock included when it is running. */
export function stageElapsedMs(state: MockState, stageIndex: number, now: Date): number {
  const stage = state.stages[stageIndex];
  if (!stage) return 0;
  const running = stageIndex === state.stageIndex && state.runningSince ? Math.max(0, now.getTime() - ms(state.runningSince)) : 0;
  return stage.elapsedMs + running;
}

export interface StageClock {
  elapsedSeconds: number;
  allowedSeconds: number;
  /** Negative once over time. */
  remainingSeconds: number;
  running: boolean;
}

export function stageClock(state: MockState, now: Date, stageIndex = state.stageIndex): StageClock {
  const allowedSeconds = (state.stages[stageIndex]?.minutes ?? 0) * 60;
  const elapsedSeconds = Math.floor(stageElapsedMs(state, stageIndex, now) / 1000);
  return { elapsedSeconds, allowedSeconds, remainingSeconds: allowedSeconds - elapsedSeconds, running: stageIndex === state.stageIndex && state.runningSince !== null };
}

function stopClock(state: MockState, now: Date): void {
  if (!state.runningSince) return;
  currentStage(state).elapsedMs = stageElapsedMs(state, state.stageIndex, now);
  state.runningSince = null;
}

/** Throws ConflictError, saying what to do instead, unless the mock is in one of `allowed`. */
export function expectStatus(state: MockState, allowed: readonly MockStatus[], doing: string): void {
  if (allowed.includes(state.status)) return;
  const why: Record<MockStatus, string> = {
    'not-started': 'the mock has not started: begin the first stage',
    'in-stage': 'a question is waiting for your answer',
    'awaiting-follow-up': 'the interviewer asked a follow-up: answer it (or pass) first',
    'stage-done': 'the stage is done: begin the next one',
    paused: 'the mock is paused: resume it first',
    finished: 'the mock is finished: read its debrief or start a new one',
  };
  throw new ConflictError(`cannot ${doing}: ${why[state.status]}`);
}

export function createMock(input: { loop: LoopTemplate; items: MockItem[][]; seed: number; now: Date }): MockState {
  const { loop, items, now } = input;
  if (items.length !== loop.stages.length || items.some((stageItems) => stageItems.length === 0)) {
    throw new InvalidInputError(`loop "${loop.id}" needs at least one item in each of its ${loop.stages.length} stages`);
  }
  const at = now.toISOString();
  return {
    format: 1,
    loopId: loop.id,
    loopTitle: loop.title,
    seed: input.seed,
    status: 'not-started',
    resumeTo: null,
    stageIndex: 0,
    itemIndex: 0,
    runningSince: null,
    itemShownMs: 0,
    startedAt: at,
    updatedAt: at,
    finishedAt: null,
    stages: loop.stages.map((stage, i) => ({
      id: stage.id,
      title: stage.title,
      kind: stage.kind,
      minutes: stage.minutes,
      summary: stage.summary,
      scores: [...stage.scores],
      items: structuredClone(items[i] ?? []),
      startedAt: null,
      finishedAt: null,
      elapsedMs: 0,
    })),
  };
}

/** Starts the first stage, or the next one after a stage is done; its clock starts now. */
export function beginStage(state: MockState, now: Date): MockState {
  expectStatus(state, ['not-started', 'stage-done'], 'begin a stage');
  const next = copy(state);
  if (state.status === 'stage-done') next.stageIndex += 1;
  const stage = currentStage(next);
  stage.startedAt = now.toISOString();
  next.itemIndex = 0;
  next.itemShownMs = stage.elapsedMs;
  next.runningSince = now.toISOString();
  next.status = 'in-stage';
  return touch(next, now);
}

/** Where a story was already told in this loop, if it was. */
export function storyUse(state: MockState, storyId: number, exceptKey?: string): { stage: MockStage; item: MockItem } | null {
  for (const stage of state.stages) {
    for (const item of stage.items) {
      if (item.key !== exceptKey && item.answer?.storyId === storyId) return { stage, item };
    }
  }
  return null;
}

/**
 * The interviewer's one follow-up: the first gap the coach found that was not asked about yet in this
 * loop (the same probe every time teaches nothing), else the first gap, else the question's own
 * follow-ups, else none.
 */
export function chooseFollowUp(gaps: Evaluation['gaps'], fallbacks: readonly string[], asked: ReadonlySet<string>): { gap: string; question: string } | null {
  const fresh = gaps.find((g) => !asked.has(g.question)) ?? gaps[0];
  if (fresh) return { gap: fresh.gap, question: fresh.question };
  const own = fallbacks.find((q) => !asked.has(q)) ?? fallbacks[0];
  return own ? { gap: 'question-follow-up', question: own } : null;
}

function askedQuestions(state: MockState): Set<string> {
  return new Set(state.stages.flatMap((s) => s.items.flatMap((i) => (i.followUp ? [i.followUp.question] : []))));
}

/** Moves to the next item, or ends the stage (and the mock after the last stage). */
function advance(state: MockState, now: Date): void {
  const stage = currentStage(state);
  if (state.itemIndex + 1 < stage.items.length) {
    state.itemIndex += 1;
    state.itemShownMs = stageElapsedMs(state, state.stageIndex, now);
    state.status = 'in-stage';
    return;
  }
  stopClock(state, now);
  stage.finishedAt = now.toISOString();
  if (state.stageIndex + 1 < state.stages.length) {
    state.status = 'stage-done';
  } else {
    state.status = 'finished';
    state.finishedAt = now.toISOString();
  }
}

export interface AnswerInput {
  text: string;
  lang?: string | null;
  storyId?: number | null;
  evaluation: Evaluation;
}

/** Records the answer to the current item and asks one follow-up chosen from its gaps. */
export function answerItem(state: MockState, input: AnswerInput, now: Date): MockState {
  expectStatus(state, ['in-stage'], 'answer');
  const next = copy(state);
  const item = currentItem(next);
  if (!item) throw new ConflictError('there is no question to answer');
  const storyId = input.storyId ?? null;
  if (storyId !== null) {
    if (item.kind === 'coding') throw new InvalidInputError('a coding exercise is not answered with a story; leave out storyId');
    const used = storyUse(next, storyId, item.key);
    if (used) {
      throw new ConflictError(
        `story ${storyId} was already told in this loop (${used.stage.title}: "${used.item.title}"); an interviewer panel compares notes, so tell a different story or answer without linking one`,
      );
    }
  }
  const elapsed = stageElapsedMs(next, next.stageIndex, now);
  item.answer = {
    text: input.text,
    lang: input.lang ?? null,
    at: now.toISOString(),
    seconds: Math.max(0, Math.round((elapsed - next.itemShownMs) / 1000)),
    storyId,
    evaluation: input.evaluation,
  };
  const followUp = chooseFollowUp(input.evaluation.gaps, item.fallbackFollowUps, askedQuestions(next));
  if (followUp) {
    item.followUp = { ...followUp, answer: null, at: null, closed: null, evaluation: null };
    next.status = 'awaiting-follow-up';
  } else {
    advance(next, now);
  }
  return touch(next, now);
}

/**
 * Records the answer to the follow-up; an empty answer passes. `evaluation` scores the whole exchange
 * (the answer and the follow-up together); the gap counts as closed when that exchange no longer shows it.
 */
export function answerFollowUp(state: MockState, input: { text: string; evaluation: Evaluation | null }, now: Date): MockState {
  expectStatus(state, ['awaiting-follow-up'], 'answer the follow-up');
  const next = copy(state);
  const item = currentItem(next);
  const followUp = item?.followUp;
  if (!item || !followUp) throw new ConflictError('there is no follow-up to answer');
  const text = input.text.trim();
  const evaluation = text ? input.evaluation : null;
  const answered: MockFollowUp = {
    ...followUp,
    answer: text,
    at: now.toISOString(),
    closed: evaluation ? !evaluation.gaps.some((g) => g.gap === followUp.gap && g.question === followUp.question) : false,
    evaluation,
  };
  item.followUp = answered;
  advance(next, now);
  return touch(next, now);
}

/** Stops the clock; resuming returns to exactly where the mock was. */
export function pauseMock(state: MockState, now: Date): MockState {
  expectStatus(state, ['not-started', 'in-stage', 'awaiting-follow-up', 'stage-done'], 'pause');
  const next = copy(state);
  stopClock(next, now);
  next.resumeTo = state.status as MockState['resumeTo'];
  next.status = 'paused';
  return touch(next, now);
}

export function resumeMock(state: MockState, now: Date): MockState {
  expectStatus(state, ['paused'], 'resume');
  const next = copy(state);
  next.status = next.resumeTo ?? 'not-started';
  next.resumeTo = null;
  if (next.status === 'in-stage' || next.status === 'awaiting-follow-up') next.runningSince = now.toISOString();
  return touch(next, now);
}

/** Ends the mock now; questions not answered stay unanswered and the debrief says so. */
export function finishMock(state: MockState, now: Date): MockState {
  expectStatus(state, ['not-started', 'in-stage', 'awaiting-follow-up', 'stage-done', 'paused'], 'finish');
  const next = copy(state);
  stopClock(next, now);
  const stage = next.stages[next.stageIndex];
  if (stage?.startedAt && !stage.finishedAt) stage.finishedAt = now.toISOString();
  next.status = 'finished';
  next.resumeTo = null;
  next.finishedAt = now.toISOString();
  return touch(next, now);
}

/** One line per story told more than once in the loop (the state machine refuses it; older data may hold it). */
export function storyReuseWarnings(state: MockState): string[] {
  const seen = new Map<number, string[]>();
  for (const stage of state.stages) {
    for (const item of stage.items) {
      const id = item.answer?.storyId;
      if (id !== null && id !== undefined) seen.set(id, [...(seen.get(id) ?? []), `${stage.title}: "${item.title}"`]);
    }
  }
  return [...seen.entries()].filter(([, uses]) => uses.length > 1).map(([id, uses]) => `story ${id} is used ${uses.length} times in this loop (${uses.join('; ')})`);
}
