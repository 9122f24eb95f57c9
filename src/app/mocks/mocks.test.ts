import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoopTemplate } from '../../core/mock.js';
import { loadContent, type Content } from '../../content/index.js';
import { openSqliteDb } from '../../store/index.js';
import { createApp, type App } from '../app.js';
import { mockEvidenceOf } from './mock-evidence.js';
import { steppingClock } from '../testing.js';

const content = loadContent();
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** An app on a SQLite file that outlives it, so a test can close it and open the same file again. */
async function openOn(file: string, options: { now?: () => Date; content?: Content } = {}): Promise<App> {
  return createApp({ db: await openSqliteDb(file), content: options.content ?? content, now: options.now ?? steppingClock('2026-03-02T09:00:00.000Z') });
}
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-mocks-'));
  dirs.push(dir);
  return path.join(dir, 'tpmprep.sqlite');
}

const STAR =
  'At my last company we were launching a new checkout for 2 million users and the tech lead and I disagreed on whether to rebuild the search index. ' +
  'I was responsible for getting a decision before the design review. I met with him one-on-one and asked about his concerns, then I proposed a two-day spike to get data on the trade-off. ' +
  'We agreed on criteria first. As a result we shipped on time and p95 latency dropped 30%. I learned to agree on criteria before arguing about options.';
const TECHNICAL =
  'First, the trade-off: a cache cuts read latency from about 80 ms to 5 ms, but it adds staleness and another failure mode. ' +
  'I would put a read-through cache in front of the database with a five minute TTL, invalidate on writes, and measure the hit rate and p99 latency. ' +
  'The alternative is read replicas, which keep data fresh but cost more. The risk is a thundering herd on expiry, so I would add jitter.';

describe('mock operations', () => {
  it('lists the loops with what each stage asks and scores', async () => {
    const app = await openOn(tempFile());
    const loops = app.mocks.loops();
    expect(loops.map((l) => [l.id, l.track])).toEqual([
      ['generic', 'product'],
      ['amazon-style', 'product'],
      ['program-amazon-style', 'program'],
      ['google-style', 'product'],
      ['program-google-style', 'program'],
      ['meta-style', 'product'],
      ['program-meta-style', 'program'],
      ['microsoft-style', 'product'],
      ['quick', 'product'],
    ]);
    expect(loops.find((l) => l.id === 'generic')?.stages.map((s) => s.asks)).toEqual([
      ['2 behavioral', '1 technical'],
      ['1 system design', '1 coding exercise'],
      ['1 product sense', '1 metrics'],
      ['2 behavioral', '1 program sense', '1 strategy'],
    ]);
    expect(loops.find((l) => l.id === 'amazon-style')?.stages[1]?.asks).toEqual(['a written exercise']);
    await app.close();
  });

  it('runs the quick loop to its debrief, with a follow-up from the coach\'s gaps after each answer', async () => {
    const app = await openOn(tempFile());
    let view = await app.mocks.start({ loopId: 'quick', seed: 11 });
    expect([view.id, view.status, view.item, view.stage?.title, view.stage?.clock]).toEqual([
      1,
      'not-started',
      null,
      'Phone screen warm-up',
      { elapsedSeconds: 0, allowedSeconds: 300, remainingSeconds: 300, running: false },
    ]);
    view = await app.mocks.begin(view.id);
    expect(view.status).toBe('in-stage');
    expect(view.item).toMatchObject({ key: '1.1', kind: 'question', type: 'behavioral' });
    const question = app.questions.get(view.item?.refId ?? '');
    expect(view.item?.prompt).toBe(question.prompt);
    expect(view.stage?.clock).toMatchObject({ running: true, allowedSeconds: 300 });

    view = await app.mocks.answer(view.id, { text: STAR });
    const gaps = app.coach.analyze({ text: STAR, questionId: question.id }).followUps;
    const expected = gaps[0]?.question ?? question.followups[0];
    expect([view.status, view.followUp]).toEqual(['awaiting-follow-up', { question: expected }]);
    expect(view.item?.answer).toBe(STAR);
    expect(JSON.stringify(view)).not.toContain('"score"');

    view = await app.mocks.followUp(view.id, { text: 'I also considered a phased rollout and rejected it because it doubled the testing effort.' });
    expect(view.status).toBe('stage-done');
    expect(view.stage?.title).toBe('Technical concept');
    view = await app.mocks.begin(view.id);
    expect(view.item).toMatchObject({ key: '2.1', type: 'technical' });
    view = await app.mocks.answer(view.id, { text: TECHNICAL });
    view = await app.mocks.followUp(view.id, { text: '' });
    expect([view.status, view.item, view.stage]).toEqual(['finished', null, null]);

    const debrief = await app.mocks.debrief(view.id);
    expect(debrief.stages.map((s) => [s.id, s.reached, s.items.length])).toEqual([
      ['warm-up', true, 1],
      ['concepts', true, 1],
    ]);
    expect(debrief.overall).toBe(Math.round(((debrief.stages[0]?.score ?? 0) * 5 + (debrief.stages[1]?.score ?? 0) * 10) / 15));
    expect(debrief.dimensions.map((d) => d.id)).toEqual(['structure', 'specificity', 'ownership', 'thinking', 'depth', 'delivery']);
    expect(debrief.strongest).toHaveLength(1);
    expect(debrief.weakest).toHaveLength(1);
    // Neither canned answer fits the question the seed drew, and the debrief says so instead of scoring them.
    expect(debrief.signal).toEqual({
      id: 'not-enough',
      title: 'Not enough to call',
      reasons: [
        '"A deadline you missed" gave no evidence (an answer to another question) and counts 0.',
        '"Explain a CDN to a marketing VP" gave no evidence (an answer to another question) and counts 0.',
        '0 of 2 answers gave evidence: too little for a panel to call.',
      ],
    });
    expect(debrief.completed).toBe(true);
    expect(await app.mocks.list()).toEqual([
      expect.objectContaining({ id: 1, loopId: 'quick', status: 'finished', answered: 2, items: 2, overall: debrief.overall, signal: debrief.signal.title }),
    ]);
    await app.close();
  });

  it('resumes a paused mock after the app is closed and reopened on the same file', async () => {
    const file = tempFile();
    const first = await openOn(file, { now: steppingClock('2026-03-02T09:00:00.000Z') });
    let view = await first.mocks.start({ loopId: 'quick', seed: 5 });
    view = await first.mocks.begin(view.id);
    view = await first.mocks.answer(view.id, { text: STAR });
    const question = view.followUp?.question;
    view = await first.mocks.pause(view.id);
    expect([view.status, view.resumeTo]).toEqual(['paused', 'awaiting-follow-up']);
    const elapsed = view.stage?.clock.elapsedSeconds;
    await first.close();

    const second = await openOn(file, { now: steppingClock('2026-03-02T15:00:00.000Z') });
    const reopened = await second.mocks.current();
    expect([reopened?.id, reopened?.status, reopened?.followUp?.question, reopened?.stage?.clock.elapsedSeconds]).toEqual([view.id, 'paused', question, elapsed]);
    await expect(second.mocks.start({ loopId: 'quick' })).rejects.toThrow(`mock ${view.id} (Quick practice loop) is still paused: resume it (tpmprep mock --resume) or finish it before starting another`);
    view = await second.mocks.resume(view.id);
    expect(view.status).toBe('awaiting-follow-up');
    view = await second.mocks.followUp(view.id, { text: 'Latency dropped 30% and we shipped on the date.' });
    expect(view.status).toBe('stage-done');
    // Six hours passed while paused: none of it is interview time.
    expect(view.stages[0]?.clock.elapsedSeconds).toBeLessThan(60);
    await expect(second.mocks.debrief(view.id)).rejects.toThrow(`mock ${view.id} is stage-done: the debrief comes at the end, like in a real loop; answer the remaining questions or finish it early`);
    view = await second.mocks.finish(view.id);
    const debrief = await second.mocks.debrief(view.id);
    expect([debrief.completed, debrief.answered, debrief.stages[1]?.reached, debrief.signal.reasons.at(-1)]).toEqual([false, 1, false, '0 of 2 answers gave evidence: too little for a panel to call.']);
    expect(await second.mocks.current()).toBeNull();
    await second.close();
  });

  it('asks unseen questions before ones already practised', async () => {
    const app = await openOn(tempFile());
    const first = await app.mocks.start({ loopId: 'quick', seed: 3 });
    const started = await app.mocks.begin(first.id);
    const asked = started.item?.refId ?? '';
    await app.mocks.finish(first.id);
    await app.attempts.create({ questionId: asked, answer: STAR, seconds: 100 });
    const again = await app.mocks.begin((await app.mocks.start({ loopId: 'quick', seed: 3 })).id);
    expect(again.item?.type).toBe('behavioral');
    expect(again.item?.refId).not.toBe(asked);
    await app.close();
  });

  it('suggests a story per behavioral question and refuses a story told twice in one loop', async () => {
    const app = await openOn(tempFile());
    const story = (title: string, competencies: string[]) => ({ title, situation: 'We were migrating 40 services before a regulatory deadline.', task: 'I owned the plan.', action: 'I met every team lead and I proposed a phased plan.', result: 'We finished two weeks early and incidents fell 30%.', competencies });
    // Stories do not change which questions are chosen, only which story each is offered: a dry run finds the first one.
    const dry = await openOn(tempFile());
    const firstQuestion = (await dry.mocks.begin((await dry.mocks.start({ loopId: 'generic', seed: 2 })).id)).item?.refId ?? '';
    await dry.close();
    const themes = content.storyThemes.filter((t) => t.questions.includes(firstQuestion)).map((t) => t.id);
    const a = (await app.stories.create(story('Migration', themes))).story;
    const b = (await app.stories.create(story('Pricing', ['data-driven-decision']))).story;
    let view = await app.mocks.begin((await app.mocks.start({ loopId: 'generic', seed: 2 })).id);
    expect(view.item?.suggestedStory).toEqual({ id: a.id, title: 'Migration' });
    expect(view.stories.map((s) => [s.id, s.usedIn, s.suggested])).toEqual([
      [a.id, null, true],
      [b.id, null, false],
    ]);
    view = await app.mocks.answer(view.id, { text: STAR, storyId: a.id });
    view = await app.mocks.followUp(view.id, { text: '' });
    expect(view.item?.key).toBe('1.2');
    expect(view.stories.find((s) => s.id === a.id)?.usedIn).toMatch(/^Phone screen: ".+"$/);
    await expect(app.mocks.answer(view.id, { text: STAR, storyId: a.id })).rejects.toThrow(new RegExp(`^story ${a.id} was already told in this loop \\(Phone screen: ".+"\\); an interviewer panel compares notes`));
    await expect(app.mocks.answer(view.id, { text: STAR, storyId: 999 })).rejects.toThrow('no story 999; list them with `tpmprep stories list`');
    // With ifStoryReused: 'unlink' (the CLI's choice) the answer is saved without the story, and the view says so.
    const unlinked = await app.mocks.answer(view.id, { text: STAR, storyId: a.id, ifStoryReused: 'unlink' });
    expect(unlinked.notice).toMatch(new RegExp(`^story ${a.id} was already told in this loop \\(Phone screen: ".+"\\), so this answer is saved without it; an interviewer panel compares notes, so use a different story next time$`));
    view = await app.mocks.followUp(unlinked.id, { text: '' });
    expect(view.notice).toBeUndefined();
    view = await app.mocks.answer(view.id, { text: STAR, storyId: b.id });
    expect(view.warnings).toEqual([]);
    const used = await app.stories.get(a.id);
    expect(used.usedIn).toEqual([{ kind: 'mock', id: view.id, itemKey: '1.1', title: `Mock ${view.id}, answer 1.1`, at: expect.any(String) }]);
    expect((await app.stories.get(b.id)).usedIn.map((u) => u.itemKey)).toEqual(['1.3']);
    await app.close();
  });

  it('judges a coding stage with the judge and follows up on the verdict', async () => {
    const codingLoop: LoopTemplate & { minutes: number } = {
      id: 'code-only',
      title: 'Code only',
      style: 'practice',
      track: 'product',
      summary: 'One coding exercise.',
      minutes: 30,
      stages: [{ id: 'code', title: 'Coding', kind: 'technical', minutes: 30, summary: 'Code.', mix: {}, coding: 1, written: null, themes: [], scores: ['correctness', 'depth'] }],
    };
    const app = await openOn(tempFile(), { content: { ...content, loops: [codingLoop] } });
    let view = await app.mocks.begin((await app.mocks.start({ loopId: 'code-only', seed: 1 })).id);
    expect(view.item?.kind).toBe('coding');
    const problem = content.problems.find((p) => p.id === view.item?.refId);
    expect(view.item?.problem?.starter.ts).toBe(problem?.starter.ts);
    await expect(app.mocks.answer(view.id, { text: 'I would use a hash map.' })).rejects.toThrow('this is a coding exercise: send the code and its lang (ts, js, py)');
    view = await app.mocks.answer(view.id, { code: problem?.solution.ts, lang: 'ts' });
    expect(view.followUp).toEqual({ question: 'All the tests pass. What is the time and space complexity, and what would change at ten times the input?' });
    view = await app.mocks.followUp(view.id, { text: 'It runs in O(n log n) time and O(n) memory because of the sort; at ten times the input I would stream it and keep a heap of size k, so memory stays bounded and latency predictable.' });
    const debrief = await app.mocks.debrief(view.id);
    const item = debrief.stages[0]?.items[0];
    expect(debrief.dimensions.find((d) => d.id === 'correctness')).toMatchObject({ score: 100, evidence: [expect.objectContaining({ tone: 'strength', message: expect.stringMatching(/^All \d+ tests pass/) })] });
    expect(item?.score).toBeGreaterThanOrEqual(75);
    expect((await app.submissions.list({ problemId: problem?.id })).map((s) => [s.status === 'done' && s.verdict, s.mode])).toEqual([['accepted', 'submit']]);
    await app.close();
  });

  it('turns a finished mock into readiness evidence, one item per stage', async () => {
    const app = await openOn(tempFile());
    let view = await app.mocks.begin((await app.mocks.start({ loopId: 'quick', seed: 1 })).id);
    view = await app.mocks.answer(view.id, { text: STAR });
    view = await app.mocks.followUp(view.id, { text: '' });
    const row = await app.db.kysely.selectFrom('mock_sessions').select('state').executeTakeFirstOrThrow();
    expect(mockEvidenceOf(JSON.parse(row.state)).evidence).toEqual([]);
    view = await app.mocks.finish(view.id);
    const finished = JSON.parse((await app.db.kysely.selectFrom('mock_sessions').select('state').executeTakeFirstOrThrow()).state);
    const debrief = await app.mocks.debrief(view.id);
    const record = mockEvidenceOf(finished);
    const q = app.questions.get(finished.stages[0].items[0].refId);
    expect(record.evidence).toEqual([{ kind: 'mock', at: expect.any(Date), score: expect.any(Number), skills: expect.arrayContaining(q.skills), areas: expect.arrayContaining(q.areas) }]);
    expect(Math.round((record.evidence[0]?.score ?? 0) * 100)).toBe(debrief.stages[0]?.score);
    expect(record.activity).toHaveLength(1);
    const progress = await app.progress.get();
    expect(progress.evidence.byKind).toContainEqual({ kind: 'mock', items: 1 });
    expect(progress.areas.filter((a) => a.score !== null).map((a) => a.id).sort()).toEqual([...q.areas].sort());
    await app.close();
  });
});
