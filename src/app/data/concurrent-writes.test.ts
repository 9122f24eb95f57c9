import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../core/errors.js';
import { openTestApp } from '../testing.js';

/**
 * Two writers at once on one app: two requests the server handles concurrently, each a
 * read-modify-write with awaits in between. (Across processes, BEGIN IMMEDIATE and busy_timeout make
 * the second writer wait; in one process better-sqlite3 is synchronous, so that case is the one here.)
 */
let app: Awaited<ReturnType<typeof openTestApp>>;

beforeAll(async () => {
  app = await openTestApp();
});
afterAll(async () => {
  await app.close();
});

const loopId = () => (app.mocks.loops()[0] as { id: string }).id;
const settle = <T>(promises: Array<Promise<T>>) => Promise.allSettled(promises);
const conflicts = (results: PromiseSettledResult<unknown>[]) => results.filter((r) => r.status === 'rejected' && r.reason instanceof ConflictError).length;

describe('two writers at once', () => {
  it('start: two starts at once, make one mock; the other is a conflict', async () => {
    const results = await settle([app.mocks.start({ loopId: loopId(), seed: 1 }), app.mocks.start({ loopId: loopId(), seed: 2 }), app.mocks.start({ loopId: loopId(), seed: 3 })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(conflicts(results)).toBe(2);
    const open = await app.db.kysely.selectFrom('mock_sessions').select('id').where('status', '!=', 'finished').execute();
    expect(open).toHaveLength(1);
  });

  it('moves: a pause and a finish computed from the same state cannot both be saved', async () => {
    const mock = await app.mocks.current();
    if (!mock) throw new Error('the first test leaves one open mock');
    await app.mocks.begin(mock.id);
    const results = await settle([app.mocks.pause(mock.id), app.mocks.finish(mock.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(conflicts(results)).toBe(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as Error).message).toBe(`mock ${mock.id} changed while this move was being made (in another tab or terminal?); reload it and try again`);
    const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ status: string }>).value.status;
    expect((await app.mocks.get(mock.id)).status).toBe(winner);
  });

  it('story links: linking one attempt to two stories at once leaves exactly one link', async () => {
    const story = (title: string) => ({ title, situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['conflict'] });
    const a = (await app.stories.create(story('A'))).story;
    const b = (await app.stories.create(story('B'))).story;
    const questionId = app.content.questions[0]?.id ?? '';
    const attempt = await app.attempts.create({ questionId, answer: 'I led the launch.', seconds: 30 });
    const results = await settle([app.stories.link(a.id, { attemptId: attempt.id }), app.stories.link(b.id, { attemptId: attempt.id }), app.stories.link(b.id, { attemptId: attempt.id })]);
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const links = await app.db.kysely.selectFrom('story_links').select(['story_id', 'attempt_id']).where('attempt_id', '=', attempt.id).execute();
    expect(links).toHaveLength(1);
  });

  it('the story cap holds with many saves at once', async () => {
    const { count } = await app.stories.list();
    const story = (i: number) => ({ title: `Story ${i}`, situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['conflict'] });
    const results = await settle(Array.from({ length: 20 }, (_, i) => app.stories.create(story(i))));
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason)).filter((m) => !m.includes("holds at most"))).toEqual([]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(15 - count);
    expect((await app.stories.list()).count).toBe(15);
  });
});
