import { computeDebrief, type Debrief, type MockState, type MockStatus } from '../../core/mock.js';
import type { Loop } from '../../content/index.js';

/** The short forms of loops and past mocks that lists show. */

export interface LoopSummary {
  id: string;
  title: string;
  style: Loop['style'];
  /** The job the loop is for: product or program. */
  track: Loop['track'];
  summary: string;
  minutes: number;
  stages: Array<{ id: string; title: string; kind: string; minutes: number; summary: string; asks: string[]; scores: string[] }>;
}

export interface MockSummary {
  id: number;
  loopId: string;
  loopTitle: string;
  status: MockStatus;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  answered: number;
  items: number;
  /** Set once finished. */
  overall: number | null;
  signal: Debrief['signal']['title'] | null;
}

/** What a stage asks, in words: "2 behavioral", "1 coding exercise", "a written exercise". */
function asks(stage: Loop['stages'][number]): string[] {
  const parts = Object.entries(stage.mix).map(([type, n]) => `${n} ${type.replace(/-/g, ' ')}`);
  if (stage.coding) parts.push(`${stage.coding} coding exercise`);
  if (stage.written) parts.push('a written exercise');
  return parts;
}

export function loopSummaries(loops: readonly Loop[]): LoopSummary[] {
  return loops.map((l) => ({
    id: l.id,
    title: l.title,
    style: l.style,
    track: l.track,
    summary: l.summary,
    minutes: l.minutes,
    stages: l.stages.map((s) => ({ id: s.id, title: s.title, kind: s.kind, minutes: s.minutes, summary: s.summary, asks: asks(s), scores: s.scores })),
  }));
}

export function mockSummary(id: number, state: MockState): MockSummary {
  const items = state.stages.flatMap((s) => s.items);
  const finished = state.status === 'finished' ? computeDebrief(state) : null;
  return {
    id,
    loopId: state.loopId,
    loopTitle: state.loopTitle,
    status: state.status,
    startedAt: state.startedAt,
    updatedAt: state.updatedAt,
    finishedAt: state.finishedAt,
    answered: items.filter((i) => i.answer !== null).length,
    items: items.length,
    overall: finished?.overall ?? null,
    signal: finished?.signal.title ?? null,
  };
}
