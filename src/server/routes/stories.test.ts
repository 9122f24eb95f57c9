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

const story = {
  title: 'Search index',
  situation: 'Our checkout team was two weeks from a launch for 2 million users.',
  task: 'I was responsible for getting a decision before the design review.',
  action: 'I met the tech lead one-on-one and I proposed a two-day spike to get data.',
  result: 'As a result we shipped on time and p95 latency dropped 30%.',
  competencies: ['conflict', 'technical-decision'],
};

describe('story bank API', () => {
  it('creates, reads, updates, checks and deletes a story', async () => {
    const created = await server.inject({ method: 'POST', url: '/api/stories', payload: story });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ story: { id: 1, title: 'Search index', competencies: ['conflict', 'technical-decision'] }, warning: expect.stringMatching(/^You have 1 story; aim for 8-15/) });
    const list = (await server.inject({ method: 'GET', url: '/api/stories' })).json();
    expect([list.count, list.target]).toEqual([1, { min: 8, max: 15 }]);
    const updated = await server.inject({ method: 'PUT', url: '/api/stories/1', payload: { title: 'The search index' } });
    expect(updated.json().title).toBe('The search index');
    const check = (await server.inject({ method: 'GET', url: '/api/stories/1/check' })).json();
    expect([check.id, check.analysis.type, check.text.split('\n\n')]).toEqual([
      1,
      'behavioral',
      [`Situation: ${story.situation}`, `Task: ${story.task}`, `Action: ${story.action}`, `Result: ${story.result}`],
    ]);
    const matrix = (await server.inject({ method: 'GET', url: '/api/stories/matrix' })).json();
    expect(matrix.covered).toBe(2);
    expect((await server.inject({ method: 'GET', url: '/api/stories/themes' })).json().themes).toHaveLength(app.content.storyThemes.length);
    const removed = await server.inject({ method: 'DELETE', url: '/api/stories/1' });
    expect(removed.json()).toEqual({ id: 1, deleted: true, count: 0, warning: 'You have 0 stories; aim for 8-15 so that every behavioral theme has one you have rehearsed.' });
    expect((await server.inject({ method: 'GET', url: '/api/stories/1' })).statusCode).toBe(404);
  });

  it('validates bodies with one error shape', async () => {
    const bad = await server.inject({ method: 'POST', url: '/api/stories', payload: { ...story, task: '' } });
    expect(bad.json()).toEqual({ error: { code: 'invalid_input', message: 'invalid story: task: the task is empty: a STAR story needs all four parts' } });
    const created = (await server.inject({ method: 'POST', url: '/api/stories', payload: story })).json().story;
    const link = await server.inject({ method: 'POST', url: `/api/stories/${created.id}/links`, payload: { attemptId: 'one' } });
    expect([link.statusCode, link.json().error.message]).toEqual([400, 'invalid story link: attemptId: Invalid input: expected number, received string']);
  });
});
