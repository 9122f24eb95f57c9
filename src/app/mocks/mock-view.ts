import { currentItem, stageClock, storyReuseWarnings, storyUse, type MockItemKind, type MockState, type MockStatus, type StageClock } from '../../core/mock.js';
import type { QuestionType } from '../../core/taxonomy.js';
import type { Content } from '../../content/index.js';
import type { PublicProblem } from '../content/problems.js';
import { heardOrTyped, type Provenance } from '../../speech/index.js';
import type { AttemptRecording } from '../speech/kept-recording.js';

/**
 * What a person sees of a running mock: the stage, its clock, the question and the follow-up. Never a
 * score: interviews give no feedback until the debrief.
 */

export interface MockStageView {
  index: number;
  id: string;
  title: string;
  kind: string;
  minutes: number;
  summary: string;
  items: number;
  answered: number;
  status: 'done' | 'current' | 'upcoming' | 'not-reached';
  clock: StageClock;
}

export interface MockItemView {
  key: string;
  kind: MockItemKind;
  refId: string;
  title: string;
  type: QuestionType | null;
  minutes: number;
  /** The question as the interviewer asks it (for a written exercise, the prompt below the instructions). */
  prompt: string;
  instructions: string | null;
  /** A coding item's problem: statement, signature, starters and examples. */
  problem: PublicProblem | null;
  /** What was answered, shown while the follow-up waits. */
  answer: string | null;
  /** The answer's recording, when it was spoken. */
  recording: AttemptRecording | null;
  /** For a spoken answer: the words heard in the recording and the spans typed afterwards. */
  spoken: Provenance | null;
  suggestedStory: { id: number; title: string } | null;
}

export interface MockView {
  id: number;
  /** Set by an answer that could not be taken as given but was saved anyway (a story told twice). */
  notice?: string;
  loopId: string;
  loopTitle: string;
  status: MockStatus;
  resumeTo: MockStatus | null;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** The server's clock when this view was made; the web app counts down from it. */
  at: string;
  stages: MockStageView[];
  /** The stage being run, or the next one to begin; null once finished. */
  stage: (MockStageView & { itemIndex: number }) | null;
  item: MockItemView | null;
  followUp: { question: string } | null;
  /** Stories to link to the current answer, with where each was already told in this loop. */
  stories: Array<{ id: number; title: string; competencies: string[]; usedIn: string | null; suggested: boolean }>;
  warnings: string[];
}

export interface ViewDeps {
  content: Content;
  problem: (id: string) => Promise<PublicProblem>;
  stories: () => Promise<Array<{ id: number; title: string; themes: string[] }>>;
  recording: (itemKey: string) => Promise<AttemptRecording | null>;
}

function stageStatus(state: MockState, index: number): MockStageView['status'] {
  const stage = state.stages[index];
  if (stage?.finishedAt) return 'done';
  if (state.status === 'finished') return 'not-reached';
  const running = state.status === 'paused' ? state.resumeTo : state.status;
  if (index === state.stageIndex && (running === 'in-stage' || running === 'awaiting-follow-up')) return 'current';
  return 'upcoming';
}

/** The stage a person is in, or about to begin. */
function focusIndex(state: MockState): number | null {
  if (state.status === 'finished') return null;
  const where = state.status === 'paused' ? state.resumeTo : state.status;
  if (where === 'stage-done') return state.stageIndex + 1 < state.stages.length ? state.stageIndex + 1 : null;
  return state.stageIndex;
}

export async function viewOf(id: number, state: MockState, now: Date, deps: ViewDeps): Promise<MockView> {
  const stages: MockStageView[] = state.stages.map((s, index) => ({
    index,
    id: s.id,
    title: s.title,
    kind: s.kind,
    minutes: s.minutes,
    summary: s.summary,
    items: s.items.length,
    answered: s.items.filter((i) => i.answer !== null).length,
    status: stageStatus(state, index),
    clock: stageClock(state, now, index),
  }));
  const focus = focusIndex(state);
  const item = currentItem(state);
  let itemView: MockItemView | null = null;
  let stories: MockView['stories'] = [];
  if (item) {
    const question = item.kind === 'coding' ? undefined : deps.content.questions.find((q) => q.id === item.refId);
    const instructions = item.kind === 'written' ? (deps.content.loops.find((l) => l.id === state.loopId)?.stages[state.stageIndex]?.written?.instructions ?? null) : null;
    const bank = item.kind === 'coding' ? [] : await deps.stories();
    const suggested = bank.find((s) => s.id === item.suggestedStoryId);
    const recording = item.answer ? await deps.recording(item.key) : null;
    itemView = {
      key: item.key,
      kind: item.kind,
      refId: item.refId,
      title: item.title,
      type: item.type,
      minutes: item.minutes,
      prompt: question?.prompt ?? '',
      instructions,
      problem: item.kind === 'coding' ? await deps.problem(item.refId) : null,
      answer: item.answer?.text ?? null,
      recording,
      spoken: recording && item.answer ? heardOrTyped(recording.heard, item.answer.text) : null,
      suggestedStory: suggested ? { id: suggested.id, title: suggested.title } : null,
    };
    stories = bank.map((s) => {
      const used = storyUse(state, s.id, item.key);
      return { id: s.id, title: s.title, competencies: s.themes, usedIn: used ? `${used.stage.title}: "${used.item.title}"` : null, suggested: s.id === item.suggestedStoryId };
    });
  }
  const followUp = item?.followUp && item.followUp.answer === null ? { question: item.followUp.question } : null;
  return {
    id,
    loopId: state.loopId,
    loopTitle: state.loopTitle,
    status: state.status,
    resumeTo: state.resumeTo,
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    finishedAt: state.finishedAt,
    at: now.toISOString(),
    stages,
    stage: focus === null ? null : { ...(stages[focus] as MockStageView), itemIndex: focus === state.stageIndex ? state.itemIndex : 0 },
    item: itemView,
    followUp,
    stories,
    warnings: storyReuseWarnings(state),
  };
}
