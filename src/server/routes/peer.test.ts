import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../../test/postgres/databases.js';
import { openHosted, type HostedRuntime } from '../../app/hosted.js';
import { openTestApp } from '../../app/testing.js';
import { openPostgresDb } from '../../store/index.js';
import { buildServer } from '../server.js';

const PUBLIC = 'https://tpm.example.com';
const HOST = { host: 'tpm.example.com' };
const withPostgres = inject('postgresUrl') ? describe : describe.skip;

interface Stream {
  events: Array<{ event: string; data: Record<string, unknown> }>;
  next(event: string, test?: (data: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  status: number;
  type: string;
  close(): void;
}

/** Opens GET url as an event stream on a listening server and collects its events. */
function openStream(server: FastifyInstance, url: string, cookie: string): Promise<Stream> {
  const { port } = server.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, headers: { ...HOST, cookie: `tpmprep_session=${cookie}`, accept: 'text/event-stream' } }, (res) => {
      const events: Stream['events'] = [];
      const waiters: Array<() => void> = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
        for (const w of waiters.splice(0)) w();
      });
      let seen = 0;
      const stream: Stream = {
        events,
        status: res.statusCode ?? 0,
        type: String(res.headers['content-type']),
        close: () => req.destroy(),
        next: (event, test = () => true) =>
          new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no ${event} event within 5 s`)), 5000);
            const look = () => {
              for (; seen < events.length; seen += 1) {
                const e = events[seen];
                if (e && e.event === event && test(e.data)) {
                  seen += 1;
                  clearTimeout(timer);
                  return done(e.data);
                }
              }
              waiters.push(look);
            };
            look();
          }),
      };
      resolve(stream);
    });
    req.on('error', reject);
  });
}

withPostgres('peer mocks through HTTP', () => {
  let base: Awaited<ReturnType<typeof openTestApp>>;
  let other: Awaited<ReturnType<typeof openTestApp>>;
  let hosted: HostedRuntime;
  let hosted2: HostedRuntime;
  let server: FastifyInstance;
  /** A second app process on the same database. */
  let server2: FastifyInstance;
  const cookies: Record<string, string> = {};

  const sessionOf = (res: LightMyRequestResponse) => /tpmprep_session=([^;]+)/.exec(String(res.headers['set-cookie'] ?? ''))?.[1] ?? '';
  const as = (who: string | undefined, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    server.inject({ method, url, headers: { ...HOST, ...(who ? { cookie: `tpmprep_session=${cookies[who]}` } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    const url = await createTestDatabase();
    base = await openTestApp({ db: await openPostgresDb(url), mode: 'hosted' });
    hosted = await openHosted(base, { publicUrl: PUBLIC });
    server = buildServer(base, { webRoot: null, hosted });
    await server.listen({ host: '127.0.0.1', port: 0 });
    other = await openTestApp({ db: await openPostgresDb(url), mode: 'hosted' });
    hosted2 = await openHosted(other, { publicUrl: PUBLIC });
    server2 = buildServer(other, { webRoot: null, hosted: hosted2 });
    await server2.listen({ host: '127.0.0.1', port: 0 });
    for (const [who, role, cohort] of [['ann', 'candidate', 'Spring 2027'], ['bo', 'candidate', 'Spring 2027'], ['cy', 'candidate', 'Autumn 2027'], ['cleo', 'coach', 'Spring 2027']] as const) {
      const added = await hosted.accounts.addUser({ email: `${who}@example.com`, role, cohort });
      const accepted = await as(undefined, 'POST', '/api/auth/accept', { token: added.invitation.token, password: `${who}-password-1` });
      expect(accepted.statusCode).toBe(200);
      cookies[who] = sessionOf(accepted);
    }
  });
  afterAll(async () => {
    await server.close();
    await server2.close();
    await hosted.close();
    await hosted2.close();
    await base.close();
    await other.close();
  });

  it('answers 401 on every peer route without a session', async () => {
    for (const [method, url] of [['GET', '/api/peer'], ['POST', '/api/peer'], ['GET', '/api/peer/1'], ['GET', '/api/peer/1/events'], ['POST', '/api/peer/1/join'], ['POST', '/api/peer/1/start'], ['POST', '/api/peer/1/score'], ['POST', '/api/peer/1/swap']] as const) {
      const res = await as(undefined, method, url, method === 'POST' ? {} : undefined);
      expect([method, url, res.statusCode]).toEqual([method, url, 401]);
    }
  });

  it('picks two different questions of the track when none are given, and lets only candidates open one', async () => {
    const res = await as('ann', 'POST', '/api/peer', {});
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({ phase: 'waiting', round: 1, role: 'interviewer', interviewer: 'ann@example.com', candidate: null, cohort: 'Spring 2027' });
    const productIds = base.content.questions.filter((q) => q.tracks.includes('product')).map((q) => q.id);
    expect(productIds).toContain(view.question.id);
    expect((await as('cleo', 'POST', '/api/peer', {})).statusCode).toBe(403);
    const bad = await as('ann', 'POST', '/api/peer', { questionIds: ['no-such-question', 'design-a-chatbot'] });
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, 'no question "no-such-question": pick question ids from GET /api/questions']);
  });

  it('runs two rounds: join, one clock on both streams, scoring by the interviewer only, swap, and the result', async () => {
    const [q1, q2] = base.content.questions.filter((q) => q.tracks.includes('product')).slice(0, 2);
    if (!q1 || !q2) throw new Error('the content needs two product questions');
    const created = await as('ann', 'POST', '/api/peer', { questionIds: [q1.id, q2.id] });
    const id = created.json().id as number;
    expect((await as('bo', 'GET', '/api/peer')).json().open.map((o: { id: number }) => o.id)).toContain(id);
    expect((await as('cy', 'GET', '/api/peer')).json().open.map((o: { id: number }) => o.id)).not.toContain(id);

    // Another cohort cannot see it at all.
    for (const [method, url] of [['POST', `/api/peer/${id}/join`], ['GET', `/api/peer/${id}`], ['GET', `/api/peer/${id}/events`]] as const) {
      const res = await as('cy', method, url, method === 'POST' ? {} : undefined);
      expect([url, res.statusCode, res.json().error.message]).toEqual([url, 404, `no peer session ${id}`]);
    }
    expect((await as('bo', 'GET', `/api/peer/${id}`)).statusCode).toBe(404);

    const joined = await as('bo', 'POST', `/api/peer/${id}/join`, {});
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ phase: 'ready', role: 'candidate', interviewer: 'ann@example.com', candidate: 'bo@example.com', question: { id: q1.id, title: q1.title } });
    expect(joined.json().rubric).toBeUndefined();
    expect(joined.json().followups).toBeUndefined();
    const annView = (await as('ann', 'GET', `/api/peer/${id}`)).json();
    expect(annView.rubric.map((p: { point: string }) => p.point)).toEqual(q1.rubric.map((p) => p.point));
    expect(annView.followups).toEqual(q1.followups);
    expect(annView.clock).toMatchObject({ startedAt: null, limitSeconds: q1.minutes * 60 });

    // Ann's stream on this process, Bo's on the second one.
    const annStream = await openStream(server, `/api/peer/${id}/events`, cookies.ann ?? '');
    const boStream = await openStream(server2, `/api/peer/${id}/events`, cookies.bo ?? '');
    expect([annStream.status, annStream.type, boStream.status]).toEqual([200, 'text/event-stream; charset=utf-8', 200]);
    expect((await annStream.next('state')).phase).toBe('ready');
    expect((await boStream.next('state')).phase).toBe('ready');

    expect((await as('bo', 'POST', `/api/peer/${id}/start`, {})).statusCode).toBe(403);
    const started = await as('ann', 'POST', `/api/peer/${id}/start`, {});
    expect(started.statusCode).toBe(200);
    const startedAt = started.json().clock.startedAt as string;
    const annRunning = await annStream.next('state', (d) => d.phase === 'running');
    const boRunning = await boStream.next('state', (d) => d.phase === 'running');
    expect((annRunning.clock as { startedAt: string }).startedAt).toBe(startedAt);
    expect((boRunning.clock as { startedAt: string }).startedAt).toBe(startedAt);
    expect(boRunning.rubric).toBeUndefined();

    const points = q1.rubric.map((p, i) => ({ point: p.point, score: (i % 5) + 1, ...(i === 0 ? { note: 'Named the metric first.' } : {}) }));
    const wrong = await as('bo', 'POST', `/api/peer/${id}/score`, { points });
    expect([wrong.statusCode, wrong.json().error.message]).toEqual([403, "only this round's interviewer scores the round"]);
    const offRubric = await as('ann', 'POST', `/api/peer/${id}/score`, { points: [{ point: 'Talked a lot', score: 3 }] });
    expect(offRubric.statusCode).toBe(400);
    expect(offRubric.json().error.message).toContain(`"Talked a lot" is not a rubric point of "${q1.title}"`);
    const outOfRange = await as('ann', 'POST', `/api/peer/${id}/score`, { points: [{ point: q1.rubric[0]?.point, score: 6 }] });
    expect(outOfRange.statusCode).toBe(400);
    const scored = await as('ann', 'POST', `/api/peer/${id}/score`, { points });
    expect(scored.statusCode).toBe(200);
    expect(scored.json()).toMatchObject({ phase: 'scored', round: 1 });
    await boStream.next('state', (d) => d.phase === 'scored');

    const swapped = await as('bo', 'POST', `/api/peer/${id}/swap`, {});
    expect(swapped.json()).toMatchObject({ phase: 'ready', round: 2, role: 'interviewer', interviewer: 'bo@example.com', candidate: 'ann@example.com', question: { id: q2.id } });
    expect(swapped.json().rubric.map((p: { point: string }) => p.point)).toEqual(q2.rubric.map((p) => p.point));
    const annRound2 = await annStream.next('state', (d) => d.round === 2);
    expect([annRound2.role, annRound2.rubric]).toEqual(['candidate', undefined]);
    expect((await as('ann', 'POST', `/api/peer/${id}/start`, {})).statusCode).toBe(403);
    expect((await as('bo', 'POST', `/api/peer/${id}/start`, {})).statusCode).toBe(200);
    const round2 = await as('bo', 'POST', `/api/peer/${id}/score`, { points: q2.rubric.map((p) => ({ point: p.point, score: 4 })) });
    expect(round2.json().phase).toBe('done');
    const done = await annStream.next('state', (d) => d.phase === 'done');
    expect((done.results as Array<{ round: number; candidate: string; points: unknown[] }>).map((r) => [r.round, r.candidate, r.points.length])).toEqual([
      [1, 'bo@example.com', q1.rubric.length],
      [2, 'ann@example.com', q2.rubric.length],
    ]);
    annStream.close();
    boStream.close();

    // Bo's round-1 scores are Bo's readiness evidence, counted as a peer's.
    const boApp = await hosted.appFor({ id: 2, email: 'bo@example.com', role: 'candidate', cohort: 'Spring 2027' });
    const progress = await boApp.progress.get();
    const peerItems = progress.evidence.byKind.find((k) => k.kind === 'peer');
    expect(peerItems).toEqual({ kind: 'peer', items: 1 });
    expect((await as('ann', 'POST', `/api/peer/${id}/swap`, {})).statusCode).toBe(409);
  });
});
