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

describe('progress and plan API', () => {
  it('GET /api/progress: unknown everywhere, then an answered question gives its areas a score', async () => {
    const empty = await server.inject({ method: 'GET', url: '/api/progress' });
    expect(empty.statusCode).toBe(200);
    const before = empty.json();
    expect(Object.keys(before).sort()).toEqual(['areas', 'at', 'competencies', 'evidence', 'halfLifeDays', 'next', 'overall', 'skills', 'streak', 'time', 'track', 'trackFrom', 'trend']);
    expect(before.areas.map((a: { score: null }) => a.score)).toEqual(Array(10).fill(null));

    const question = app.content.questions.find((q) => q.id === 'relational-vs-nosql');
    if (!question) throw new Error('relational-vs-nosql is missing from the bank');
    const answer = 'I would pick a relational database for orders because I need transactions and joins; a document store scales writes but loses joins.';
    const posted = await server.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: question.id, answer, seconds: 240 } });
    expect(posted.statusCode).toBe(201);
    const score = posted.json().analysis.score / 100;

    const after = (await server.inject({ method: 'GET', url: '/api/progress' })).json();
    const scored = after.areas.filter((a: { score: number | null }) => a.score !== null);
    expect(scored.map((a: { id: string }) => a.id).sort()).toEqual([...question.areas].sort());
    for (const area of scored) expect(area.score).toBe(score);
    expect(after.skills.filter((s: { score: number | null }) => s.score !== null).map((s: { id: string }) => s.id).sort()).toEqual([...question.skills].sort());
    expect(after.streak).toEqual({ days: 1, activeToday: true, lastDate: '2026-03-02' });
    expect(after.time.totalSeconds).toBe(240);
  });

  it('GET /api/plan gives the default plan; PUT saves settings and returns the new plan', async () => {
    const first = await server.inject({ method: 'GET', url: '/api/plan' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ saved: false, settings: { weeks: 4, hoursPerWeek: 6 }, plan: { weeks: 4, budgetPerWeek: 360 } });

    const put = await server.inject({ method: 'PUT', url: '/api/plan', payload: { weeks: 2, hoursPerWeek: 5, startDate: '2026-03-02' } });
    expect(put.statusCode).toBe(200);
    const body = put.json();
    expect(body.saved).toBe(true);
    expect(body.settings).toEqual({ weeks: 2, interviewDate: null, hoursPerWeek: 5, startDate: '2026-03-02', restDays: ['sun'], updatedAt: NOW });
    expect(body.plan.days).toHaveLength(14);
    expect(body.plan.days[0]).toMatchObject({ date: '2026-03-02', weekday: 'mon', week: 1, rest: false });
    const item = body.plan.days[0].items.find((i: { kind: string }) => i.kind === 'question');
    expect(Object.keys(item).sort()).toEqual(['areas', 'id', 'kind', 'minutes', 'title']);
    expect(body.plan.days.some((d: { items: Array<{ kind: string }> }) => d.items.some((i) => i.kind === 'mock'))).toBe(true);
    expect(body.plan.totalMinutes).toBeLessThanOrEqual(2 * 300);
    expect((await server.inject({ method: 'GET', url: '/api/plan' })).json().settings).toEqual(body.settings);
  });

  it('PUT /api/plan refuses bad settings with 400 and the limit; POST /api/plan/preview does not save', async () => {
    const bad = await server.inject({ method: 'PUT', url: '/api/plan', payload: { weeks: 9 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: 'invalid_input', message: 'invalid plan settings: weeks: weeks is 2 to 6: interview processes take 2-6 weeks' } });
    const close = await server.inject({ method: 'PUT', url: '/api/plan', payload: { interviewDate: '2026-03-05' } });
    expect(close.statusCode).toBe(400);
    expect(close.json().error.message).toBe('the interview date 2026-03-05 is 3 days after the start 2026-03-02; a plan needs 7 to 42 days (1-6 weeks)');
    const none = await server.inject({ method: 'PUT', url: '/api/plan' });
    expect(none.statusCode).toBe(400);

    const preview = await server.inject({ method: 'POST', url: '/api/plan/preview', payload: { weeks: 6 } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ saved: false, settings: { weeks: 6 }, plan: { weeks: 6 } });
    expect((await server.inject({ method: 'GET', url: '/api/plan' })).json().settings.weeks).toBe(2);
  });

  it('GET /api/plan.ics downloads the calendar', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/plan.ics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tpmprep-plan.ics"');
    expect(res.body.split('\r\n').slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tpmprep//Study plan//EN']);
    expect(res.body.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(res.body).toContain('UID:tpmprep-plan-20260302@tpmprep\r\n');
    expect(res.body.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
