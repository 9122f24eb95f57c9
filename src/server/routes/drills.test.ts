import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer } from '../testing.js';

let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, close } = await openTestServer({ now: () => new Date('2026-03-02T09:00:00.000Z') }));
});
afterAll(() => close());

const story = {
  title: 'Checkout migration',
  situation: 'Our payments org ran checkout on a ten-year-old monolith and four teams shipped into it.',
  task: 'I owned moving checkout to its own service before the holiday freeze.',
  action: 'I split the work into three milestones, I ran a weekly dependency review with the four teams, and I negotiated a two-week slip with finance.',
  result: 'We cut over in November with no downtime, and checkout p95 dropped from 900 ms to 300 ms.',
  competencies: ['technical-decision'],
};

describe('drill API', () => {
  it('starts a drill on a story, coaches and saves each answer, and asks the next question', async () => {
    expect((await server.inject({ method: 'POST', url: '/api/stories', payload: story })).statusCode).toBe(201);
    const started = await server.inject({ method: 'POST', url: '/api/drills', payload: { storyId: 1, targetLevel: 'senior' } });
    expect(started.statusCode).toBe(201);
    const view = started.json();
    expect(view).toMatchObject({ id: 1, storyId: 1, storyTitle: 'Checkout migration', targetLevel: 'senior', status: 'open', answers: [] });
    expect(view.next).toEqual({
      kind: 'design',
      title: 'Why that design',
      depth: 1,
      question: 'Let\'s go deeper on "Checkout migration". Why did you choose the approach you took, and what else did you seriously consider?',
    });
    expect(view.lines.map((l: { kind: string }) => l.kind)).toEqual(['design', 'broke', 'cost', 'change', 'disagreed']);

    const answer =
      'I chose a strangler pattern over a rewrite because the monolith carried four teams of changes every week. I considered a big-bang cutover, but the holiday freeze left no room to roll back, so I routed 5% of traffic first and grew it weekly.';
    const answered = await server.inject({ method: 'POST', url: '/api/drills/1/answers', payload: { text: answer, seconds: 75 } });
    expect(answered.statusCode).toBe(200);
    const after = answered.json();
    expect(after.answers).toHaveLength(1);
    expect(after.answers[0]).toMatchObject({ kind: 'design', depth: 1, answer, seconds: 75, analysis: { type: 'deep-dive', scope: { target: 'senior' } } });
    expect(after.answers[0]).toMatchObject({ specificity: 75, quantified: false });
    expect(after.next).toMatchObject({ kind: 'broke', depth: 1 });

    const saved = (await server.inject({ method: 'GET', url: '/api/drills/1' })).json();
    expect(saved.answers.map((a: { answer: string }) => a.answer)).toEqual([answer]);
    expect((await server.inject({ method: 'GET', url: '/api/drills?storyId=1' })).json()).toEqual({
      drills: [{ id: 1, storyId: 1, storyTitle: 'Checkout migration', status: 'open', answers: 1, startedAt: '2026-03-02T09:00:00.000Z' }],
    });
  });

  it('refuses an empty answer, an unknown drill and an unknown story by name', async () => {
    const empty = await server.inject({ method: 'POST', url: '/api/drills/1/answers', payload: { text: '  ' } });
    expect([empty.statusCode, empty.json().error.message]).toEqual([400, 'invalid drill answer: text: the answer is empty: say something, or stop the drill']);
    const missing = await server.inject({ method: 'GET', url: '/api/drills/99' });
    expect([missing.statusCode, missing.json().error.message]).toEqual([404, 'no drill 99; start one with `tpmprep drill <story id>`']);
    const noStory = await server.inject({ method: 'POST', url: '/api/drills', payload: { storyId: 42 } });
    expect([noStory.statusCode, noStory.json().error.message]).toEqual([404, 'no story 42; list them with `tpmprep stories list`']);
  });
});
