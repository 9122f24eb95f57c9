import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestApp } from '../testing.js';

const NOW = '2026-03-02T12:00:00.000Z';
let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer({ now: () => new Date(NOW) }));
});
afterAll(() => close());

describe('exercises API', () => {
  it('GET /api/exercises lists the three kinds with attempt counts', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/exercises' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['designs', 'cases', 'programs']);
    expect(body.designs).toHaveLength(app.content.designs.length);
    expect(body.cases[0]).toEqual({
      kind: 'case',
      id: 'launch-sales-complaints',
      title: 'Did the launch work? Sales up 25%, complaints down 15%',
      summary: app.content.cases.find((c) => c.id === 'launch-sales-complaints')?.summary,
      difficulty: 'medium',
      minutes: 35,
      skills: ['data-analysis', 'strategic-thinking', 'communication'],
      areas: ['metrics', 'data-analysis', 'customer-needs'],
      fromGuide: true,
      parts: 7,
      attempts: 0,
      best: null,
      lastAttemptAt: null,
    });
    const cases = (await server.inject({ method: 'GET', url: '/api/exercises?kind=case' })).json();
    expect([cases.designs.length, cases.programs.length, cases.cases.length]).toEqual([0, 0, app.content.cases.length]);
    const bad = await server.inject({ method: 'GET', url: '/api/exercises?kind=quiz' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('invalid exercise filter: kind: the kind is one of: design, case, program');
  });

  it('GET /api/exercises/:kind/:id gives the exercise without answers, 404 for an unknown one', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/exercises/program/slipping-dependency' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'program', id: 'slipping-dependency', start: '2026-04-06', deadline: 45 });
    expect(res.json().tasks[0]).toEqual({ id: 'design', name: 'Finalise the technical design', team: 'Your team', duration: 5 });
    const missing = await server.inject({ method: 'GET', url: '/api/exercises/case/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'not_found', message: 'no case exercise "nope"; list them with `tpmprep exercises list --kind case`' } });
    const kind = await server.inject({ method: 'GET', url: '/api/exercises/cases/checkout-ab-test' });
    expect(kind.statusCode).toBe(400);
  });

  it('POST /api/exercises/:kind/:id/grade grades without saving', async () => {
    const res = await server.inject({ method: 'POST', url: '/api/exercises/case/checkout-ab-test/grade', payload: { answers: { lift: 5.1 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().questions[1]).toMatchObject({ id: 'lift', given: 5.1, expected: 5.03, correct: true });
    expect((await server.inject({ method: 'GET', url: '/api/exercises/attempts' })).json()).toEqual({ attempts: [] });
  });

  it('POST /api/exercises/:kind/:id/attempts saves a graded attempt; GET /api/exercises/attempts lists it', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/exercises/design/url-shortener/attempts',
      payload: { sections: { estimation: 'Assume 100 million new links a month: about 40 writes per second and 4,000 redirects per second at a 100 to 1 read to write ratio. Over five years that is about 3 TB of storage.' }, seconds: 300 },
    });
    expect(res.statusCode).toBe(201);
    const attempt = res.json();
    expect(attempt).toMatchObject({ id: 1, kind: 'design', exerciseId: 'url-shortener', exerciseTitle: 'URL shortener', seconds: 300, createdAt: NOW });
    expect(attempt.grading).toMatchObject({ kind: 'design', answered: 1 });
    expect(attempt.grading.sections[1]).toMatchObject({ id: 'estimation', answered: true, covered: 2, total: 4 });
    const list = await server.inject({ method: 'GET', url: '/api/exercises/attempts?kind=design&id=url-shortener' });
    expect(list.json().attempts.map((a: { id: number }) => a.id)).toEqual([1]);
    const summary = (await server.inject({ method: 'GET', url: '/api/exercises?kind=design' })).json();
    expect(summary.designs.find((d: { id: string }) => d.id === 'url-shortener')).toMatchObject({ attempts: 1, best: attempt.grading.score, lastAttemptAt: NOW });
  });

  it('answers a bad attempt with 400 and the field that is wrong', async () => {
    const empty = await server.inject({ method: 'POST', url: '/api/exercises/design/url-shortener/attempts', payload: { sections: {} } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({ error: { code: 'invalid_input', message: 'invalid design attempt: sections: write at least one section first' } });
    const cycle = await server.inject({
      method: 'POST',
      url: '/api/exercises/program/slipping-dependency/attempts',
      payload: { tasks: [{ id: 'a', duration: 1, depends: ['b'] }, { id: 'b', duration: 1, depends: ['a'] }] },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toBe('tasks form a cycle: a -> b -> a; a task cannot wait for itself, directly or through others');
    const noBody = await server.inject({ method: 'POST', url: '/api/exercises/case/checkout-ab-test/attempts' });
    expect(noBody.statusCode).toBe(400);
  });
});
