import { openTestApp } from '../src/app/testing.js';
import { answerFollowUp, answerItem, beginStage, chooseLoopItems, computeDebrief, createMock, currentItem, type MockState, type SelectionInput } from '../src/core/mock.js';
import { evaluationOfAnalysis } from '../src/app/mocks/mock-evaluate.js';
import { themesOfQuestion } from '../src/content/story-themes.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

const ANSWER =
  'At my last company we were launching a new checkout for 2 million users and the tech lead and I disagreed on the search index. ' +
  'I was responsible for a decision before the design review. I met him one-on-one, I proposed a two-day spike to get data on the trade-off, and we agreed on criteria. ' +
  'As a result we shipped on time and p95 latency dropped 30%.';

/** Choosing a loop's questions and computing a debrief, on the shipped bank, plus both through the app. */
export async function benchMock(): Promise<BenchRow[]> {
  const app = await openTestApp();
  try {
    const { content } = app;
    const loop = content.loops.find((l) => l.id === 'amazon-style') ?? content.loops[0];
    if (!loop) throw new Error('no loops in the content');
    const input: SelectionInput = {
      loop,
      questions: content.questions.map((q) => ({ ...q, themes: themesOfQuestion(content.storyThemes, q) })),
      problems: content.problems,
      readiness: { skills: { communication: 0.7, 'technical-expertise': 0.4 }, areas: { metrics: 0.3, communication: 0.8, 'customer-needs': 0.5 } },
      seen: { questions: new Set(content.questions.filter((_, i) => i % 3 === 0).map((q) => q.id)), problems: new Set() },
      stories: Array.from({ length: 15 }, (_, i) => ({ id: i + 1, themes: [content.storyThemes[i % content.storyThemes.length]?.id ?? 'conflict'], score: 50 + i })),
      seed: 7,
    };
    let seed = 0;
    const choose = await timeRuns(() => chooseLoopItems({ ...input, seed: seed++ }), 300, 20);

    // A whole loop answered and followed up, with the coach's real evidence on every answer.
    const now = new Date('2026-03-02T09:00:00.000Z');
    let state: MockState = createMock({ loop, items: chooseLoopItems(input), seed: 7, now });
    const evaluation = evaluationOfAnalysis(app.coach.analyze({ text: ANSWER }), ANSWER);
    while (state.status !== 'finished') {
      if (state.status === 'not-started' || state.status === 'stage-done') state = beginStage(state, now);
      else if (state.status === 'in-stage') state = answerItem(state, { text: currentItem(state)?.kind === 'coding' ? 'code' : ANSWER, evaluation }, now);
      else state = answerFollowUp(state, { text: 'We measured it weekly.', evaluation }, now);
    }
    const items = state.stages.reduce((n, s) => n + s.items.length, 0);
    const debrief = await timeRuns(() => computeDebrief(state, { advice: content.interviewer?.advice }), 300, 20);

    const started = await timeRuns(async () => app.mocks.finish((await app.mocks.start({ loopId: loop.id, seed: seed++ })).id), 30, 3);
    const row = await app.db.kysely.insertInto('mock_sessions').values({ loop_id: loop.id, state: JSON.stringify(state), status: 'finished', started_at: state.startedAt, updated_at: state.updatedAt, finished_at: state.finishedAt }).returning('id').executeTakeFirstOrThrow();
    const viaApp = await timeRuns(() => app.mocks.debrief(row.id), 100, 5);
    return [
      { name: `choose questions, ${loop.title} (${loop.stages.length} stages, ${content.questions.length} questions) p50`, value: percentile(choose, 50), unit: 'ms' },
      { name: 'choose questions p99', value: percentile(choose, 99), unit: 'ms' },
      { name: `compute a debrief (${items} answers, each with a follow-up) p50`, value: percentile(debrief, 50), unit: 'ms' },
      { name: 'compute a debrief p99', value: percentile(debrief, 99), unit: 'ms' },
      { name: 'start a mock through the app (readiness, history, choice, save) + finish p50', value: percentile(started, 50), unit: 'ms' },
      { name: 'debrief through the app (load the saved state, compute) p50', value: percentile(viaApp, 50), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}
