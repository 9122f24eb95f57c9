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

describe('track query parameters', () => {
  it('lists questions with tracks and competencies, filtered by ?track and ?competency', async () => {
    const all = (await server.inject({ method: 'GET', url: '/api/questions' })).json().questions as Array<{ id: string; tracks: string[]; competencies: string[] }>;
    expect(all).toHaveLength(app.content.questions.length);
    const program = (await server.inject({ method: 'GET', url: '/api/questions?track=program&competency=dependencies' })).json().questions as typeof all;
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
    expect([questions.track, questions.trackFrom, questions.questions.length]).toEqual(['program', 'settings', 265]);
    const product = await listed('/api/questions?track=product');
    expect([product.track, product.trackFrom, product.questions.length]).toEqual(['product', 'request', 305]);
    const every = await listed('/api/questions?track=all');
    expect([every.track, every.trackFrom, every.questions.length]).toEqual([null, 'request', 362]);
    const loops = await listed('/api/mocks/loops');
    expect([loops.track, loops.loops.map((l: { id: string }) => l.id)]).toEqual(['program', ['program-amazon-style', 'program-google-style', 'program-meta-style']]);
    expect((await listed('/api/mocks/loops?track=all')).loops).toHaveLength(9);
    expect([(await listed('/api/progress')).track, (await listed('/api/plan')).trackFrom]).toEqual(['program', 'settings']);
    await server.inject({ method: 'PUT', url: '/api/settings', payload: { track: 'product' } });
    expect([(await listed('/api/questions')).questions.length, (await listed('/api/progress')).track]).toEqual([305, 'product']);
  });
});
