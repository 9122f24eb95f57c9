import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestApp } from '../testing.js';

let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer({ now: () => new Date('2026-03-02T09:00:00.000Z') }));
});
afterAll(() => close());

describe('question list pages', () => {
  it('answers 50 at a time by default, counts every match in total, and pages with limit and offset', async () => {
    const order = app.content.questions.length;
    const first = (await server.inject({ method: 'GET', url: '/api/questions?track=all' })).json();
    expect([first.total, first.questions.length]).toEqual([order, 50]);
    const whole = (await server.inject({ method: 'GET', url: '/api/questions?track=all&limit=1000' })).json();
    expect(whole.questions.slice(0, 50).map((q: { id: string }) => q.id)).toEqual(first.questions.map((q: { id: string }) => q.id));
    const third = (await server.inject({ method: 'GET', url: '/api/questions?track=all&limit=20&offset=100' })).json();
    expect([third.total, third.questions.map((q: { id: string }) => q.id)]).toEqual([order, whole.questions.slice(100, 120).map((q: { id: string }) => q.id)]);
    const past = (await server.inject({ method: 'GET', url: '/api/questions?track=all&offset=5000' })).json();
    expect([past.total, past.questions]).toEqual([order, []]);
    const searched = (await server.inject({ method: 'GET', url: '/api/questions?track=all&search=monolithic&limit=1' })).json();
    expect(searched.questions.map((q: { id: string }) => q.id)).toEqual(['monolith-vs-microservices']);
    for (const [query, message] of [
      ['limit=0', 'invalid question filters: limit: Too small: expected number to be >=1'],
      ['limit=lots', 'invalid question filters: limit: Invalid input: expected number, received NaN'],
      ['offset=-1', 'invalid question filters: offset: Too small: expected number to be >=0'],
    ]) {
      const bad = await server.inject({ method: 'GET', url: `/api/questions?${query}` });
      expect([query, bad.statusCode, bad.json().error.message]).toEqual([query, 400, message]);
    }
  });
});

describe('track query parameters', () => {
  it('lists questions with tracks and competencies, filtered by ?track and ?competency', async () => {
    const all = (await server.inject({ method: 'GET', url: '/api/questions?limit=1000' })).json().questions as Array<{ id: string; tracks: string[]; competencies: string[] }>;
    expect(all).toHaveLength(app.content.questions.length);
    const program = (await server.inject({ method: 'GET', url: '/api/questions?track=program&competency=dependencies&limit=1000' })).json().questions as typeof all;
    expect(program.map((q) => q.id).sort()).toEqual(
      app.content.questions.filter((q) => q.tracks.includes('program') && q.competencies.includes('dependencies')).map((q) => q.id).sort(),
    );
    const bad = await server.inject({ method: 'GET', url: '/api/questions?track=pm' });
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, 'track is one of product, program, all (all: every track); got "pm"']);
  });

  it('reads readiness for a track: the program track adds its competencies to the overall', async () => {
    const question = app.content.questions.find((q) => q.type === 'program-sense' && q.tracks.includes('program') && q.competencies.includes('risk'));
    if (!question) throw new Error('no program-sense question on risk');
    await app.attempts.create({ questionId: question.id, answer: 'I would map the dependencies, name the owner of each risk and set a weekly review with the teams.', seconds: 60 });
    const program = (await server.inject({ method: 'GET', url: '/api/progress?track=program' })).json();
    expect(program.track).toBe('program');
    expect(program.overall.total).toBe(5);
    expect(program.competencies.map((c: { id: string }) => c.id)).toEqual(['execution', 'risk', 'dependencies', 'stakeholders', 'technical-judgement']);
    expect(program.competencies.find((c: { id: string }) => c.id === 'risk').items).toBe(1);
    const every = (await server.inject({ method: 'GET', url: '/api/progress' })).json();
    expect([every.track, every.overall.total]).toEqual([null, 10]);
    const bad = await server.inject({ method: 'GET', url: '/api/progress?track=pm' });
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, 'track is one of product, program, all (all: every track); got "pm"']);
  });

  it('plans from the track\'s questions only', async () => {
    const plan = (await server.inject({ method: 'GET', url: '/api/plan?track=product' })).json();
    expect(plan.track).toBe('product');
    const ids = plan.plan.days.flatMap((d: { items: Array<{ kind: string; id: string }> }) => d.items.filter((i) => i.kind === 'question').map((i) => i.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect([id, app.content.questions.find((q) => q.id === id)?.tracks.includes('product')]).toEqual([id, true]);
  });

  it('follows the stored track when the request names none, and answers which track is in force', async () => {
    const listed = async (url: string) => (await server.inject({ method: 'GET', url })).json();
    await server.inject({ method: 'PUT', url: '/api/settings', payload: { track: 'program' } });
    const questions = await listed('/api/questions');
    expect([questions.track, questions.trackFrom, questions.total]).toEqual(['program', 'settings', 265]);
    const product = await listed('/api/questions?track=product');
    expect([product.track, product.trackFrom, product.total]).toEqual(['product', 'request', 305]);
    const every = await listed('/api/questions?track=all');
    expect([every.track, every.trackFrom, every.total]).toEqual([null, 'request', 362]);
    const loops = await listed('/api/mocks/loops');
    expect([loops.track, loops.loops.map((l: { id: string }) => l.id)]).toEqual(['program', ['program-amazon-style', 'program-google-style', 'program-meta-style']]);
    expect((await listed('/api/mocks/loops?track=all')).loops).toHaveLength(9);
    expect([(await listed('/api/progress')).track, (await listed('/api/plan')).trackFrom]).toEqual(['program', 'settings']);
    await server.inject({ method: 'PUT', url: '/api/settings', payload: { track: 'product' } });
    expect([(await listed('/api/questions')).total, (await listed('/api/progress')).track]).toEqual([305, 'product']);
  });
});
