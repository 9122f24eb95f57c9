import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppingClock } from '../../app/testing.js';
import { openTestServer } from '../testing.js';

let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, close } = await openTestServer({ now: steppingClock('2026-03-02T09:00:00.000Z') }));
});
afterAll(() => close());

const STAR =
  'At my last company we were launching a new checkout for 2 million users. I was responsible for the launch plan. ' +
  'I met each team lead, I proposed a phased rollout and I tracked the risks weekly. As a result we shipped on time and conversion rose 4%.';

const post = (url: string, payload: unknown = {}) => server.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });

// The tests share one mock and run in order, each taking it one step further.
describe('mock interview API', () => {
  it('GET /api/mocks/loops lists the loops with their stages', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/mocks/loops' });
    expect(res.statusCode).toBe(200);
    const quick = res.json().loops.find((l: { id: string }) => l.id === 'quick');
    expect(quick).toMatchObject({ title: 'Quick practice loop', style: 'practice', minutes: 15, stages: [{ id: 'warm-up', minutes: 5, asks: ['1 behavioral'] }, { id: 'concepts', minutes: 10, asks: ['1 technical'] }] });
  });

  it('validates the start body and names an unknown loop', async () => {
    const bad = await post('/api/mocks', { loopId: 'quick', seed: -1 });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'invalid_input']);
    expect(bad.json().error.message).toMatch(/^invalid mock start: seed: /);
    const unknown = await post('/api/mocks', { loopId: 'acme' });
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, 'no loop "acme"; the loops are: generic, amazon-style, program-amazon-style, google-style, program-google-style, meta-style, program-meta-style, microsoft-style, quick']);
    expect((await server.inject({ method: 'GET', url: '/api/mocks/current' })).json()).toEqual({ mock: null });
  });

  it('starts, begins and answers; a second start is a conflict', async () => {
    const started = await post('/api/mocks', { loopId: 'quick', seed: 4 });
    expect([started.statusCode, started.json().status, started.json().id]).toEqual([201, 'not-started', 1]);
    expect((await post('/api/mocks', { loopId: 'quick' })).json()).toEqual({
      error: { code: 'conflict', message: 'mock 1 (Quick practice loop) is still not-started: resume it (tpmprep mock --resume) or finish it before starting another' },
    });
    const begun = await post('/api/mocks/1/begin');
    expect([begun.statusCode, begun.json().status, begun.json().item.key]).toEqual([200, 'in-stage', '1.1']);
    const empty = await post('/api/mocks/1/answer', { text: '   ' });
    expect([empty.statusCode, empty.json().error.message]).toEqual([400, 'the answer is empty: say something first (a question you cannot answer still deserves your best attempt)']);
    const extra = await post('/api/mocks/1/answer', { text: 'x', mood: 'good' });
    expect(extra.json().error.message).toMatch(/^invalid mock answer: /);
    const answered = await post('/api/mocks/1/answer', { text: STAR });
    expect([answered.statusCode, answered.json().status, typeof answered.json().followUp.question]).toEqual([200, 'awaiting-follow-up', 'string']);
    const early = await server.inject({ method: 'GET', url: '/api/mocks/1/debrief' });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'conflict']);
  });

  it('pauses, resumes, answers the follow-up and finishes to a debrief', async () => {
    expect((await post('/api/mocks/1/pause')).json().status).toBe('paused');
    expect((await server.inject({ method: 'GET', url: '/api/mocks/current' })).json().mock).toMatchObject({ id: 1, status: 'paused', resumeTo: 'awaiting-follow-up' });
    const wrong = await post('/api/mocks/1/follow-up', { text: 'x' });
    expect([wrong.statusCode, wrong.json().error.message]).toEqual([409, 'cannot answer the follow-up: the mock is paused: resume it first']);
    expect((await post('/api/mocks/1/resume')).json().status).toBe('awaiting-follow-up');
    expect((await post('/api/mocks/1/follow-up', { text: 'Conversion rose 4% in the first month.' })).json().status).toBe('stage-done');
    expect((await post('/api/mocks/1/finish')).json().status).toBe('finished');
    const debrief = await server.inject({ method: 'GET', url: '/api/mocks/1/debrief' });
    expect(debrief.statusCode).toBe(200);
    expect(Object.keys(debrief.json()).sort()).toEqual(['answered', 'completed', 'dimensions', 'finishedAt', 'id', 'items', 'loopId', 'loopTitle', 'overall', 'practice', 'recordings', 'signal', 'stages', 'startedAt', 'strongest', 'weakest']);
    // One question of two answered: too little evidence for a panel to call.
    expect(debrief.json().signal.id).toBe('not-enough');
    const list = (await server.inject({ method: 'GET', url: '/api/mocks?limit=5' })).json();
    expect(list.mocks.map((m: { id: number; status: string }) => [m.id, m.status])).toEqual([[1, 'finished']]);
  });

  it('answers an unknown mock with 404 and a bad id with 400', async () => {
    expect((await server.inject({ method: 'GET', url: '/api/mocks/99' })).json()).toEqual({ error: { code: 'not_found', message: 'no mock 99; list them with `tpmprep mock --list`' } });
    expect((await server.inject({ method: 'GET', url: '/api/mocks/abc' })).statusCode).toBe(400);
  });
});
