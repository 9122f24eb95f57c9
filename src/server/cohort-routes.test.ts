import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres/databases.js';
import { openHosted, type HostedRuntime } from '../app/hosted.js';
import { openTestApp } from '../app/testing.js';
import { openPostgresDb } from '../store/index.js';
import { buildServer } from './server.js';

const PUBLIC = 'https://tpm.example.com';
const HOST = { host: 'tpm.example.com' };
const withPostgres = inject('postgresUrl') ? describe : describe.skip;
const FRAMES = 'Frames the problem before the solution';
const METRICS = 'Defines success with measurable metrics';
const ANSWER = 'I would start with who the chatbot serves: shoppers asking where their order is. Success is the containment rate.';

withPostgres('cohorts, coaches and reviews in hosted mode', () => {
  let base: Awaited<ReturnType<typeof openTestApp>>;
  let hosted: HostedRuntime;
  let server: FastifyInstance;
  const cookies: Record<string, string> = {};
  const ids: Record<string, number> = {};
  let annAttempt = 0;

  const as = (who: string | undefined, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    server.inject({ method, url, headers: { ...HOST, ...(who ? { cookie: `tpmprep_session=${cookies[who]}` } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    base = await openTestApp({ db: await openPostgresDb(await createTestDatabase()), mode: 'hosted' });
    hosted = await openHosted(base, { publicUrl: PUBLIC });
    server = buildServer(base, { webRoot: null, hosted });
    await server.ready();
    const people = [
      ['ann', 'candidate', 'Spring 2027'],
      ['bo', 'candidate', 'Spring 2027'],
      ['cy', 'coach', 'Spring 2027'],
      ['dee', 'coach', 'Autumn 2027'],
      ['eve', 'candidate', 'Autumn 2027'],
      ['ada', 'admin', undefined],
    ] as const;
    for (const [who, role, cohort] of people) {
      const added = await hosted.accounts.addUser({ email: `${who}@example.com`, role, ...(cohort ? { cohort } : {}) });
      const accepted = await as(undefined, 'POST', '/api/auth/accept', { token: added.invitation.token, password: `${who}-password-1` });
      cookies[who] = /tpmprep_session=([^;]+)/.exec(String(accepted.headers['set-cookie']))?.[1] ?? '';
      ids[who] = accepted.json().account.id;
    }
    const created = await as('ann', 'POST', '/api/attempts', { questionId: 'design-a-chatbot', answer: ANSWER, seconds: 90 });
    expect(created.statusCode).toBe(201);
    annAttempt = created.json().id;
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await hosted.close();
    await base.close();
  });

  it('lets an administrator make cohorts, invite into them and move people between them', async () => {
    const made = await as('ada', 'POST', '/api/admin/cohorts', { name: 'Winter 2028' });
    expect([made.statusCode, made.json().name, made.json().members]).toEqual([201, 'Winter 2028', 0]);
    const again = await as('ada', 'POST', '/api/admin/cohorts', { name: 'Winter 2028' });
    expect([again.statusCode, again.json().error.message]).toEqual([409, 'a cohort named "Winter 2028" already exists']);
    const bad = await as('ada', 'POST', '/api/admin/cohorts', { name: '<b>x</b>' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('a cohort name uses letters, digits, spaces, dots, dashes and underscores');
    const invited = await as('ada', 'POST', '/api/admin/users', { email: 'fay@example.com', role: 'candidate', cohort: 'Winter 2028' });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().invitation.url).toBe(`${PUBLIC}/accept?token=${invited.json().invitation.token}`);
    const fay = (await as('ada', 'GET', '/api/admin/users')).json().users.find((u: { email: string }) => u.email === 'fay@example.com');
    expect(fay).toMatchObject({ role: 'candidate', cohort: 'Winter 2028', invited: true });
    const moved = await as('ada', 'PUT', `/api/admin/users/${fay.id}/cohort`, { cohort: 'Autumn 2027' });
    expect(moved.json()).toEqual({ id: fay.id, email: 'fay@example.com', role: 'candidate', cohort: 'Autumn 2027' });
    expect((await as('ada', 'PUT', '/api/admin/users/999/cohort', { cohort: 'Autumn 2027' })).json().error).toEqual({ code: 'not_found', message: 'no user 999; list them with GET /api/admin/users' });
    const cohorts = (await as('ada', 'GET', '/api/admin/cohorts')).json().cohorts.map((c: { name: string; members: number }) => `${c.name}:${c.members}`);
    expect(cohorts).toEqual(['Autumn 2027:3', 'Spring 2027:3', 'Winter 2028:0']);
  });

  it("shows a coach their own cohort's candidates, with readiness and recent answers", async () => {
    const res = await as('cy', 'GET', '/api/cohort/candidates');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cohort).toBe('Spring 2027');
    expect(body.candidates.map((c: { email: string }) => c.email)).toEqual(['ann@example.com', 'bo@example.com']);
    expect(body.candidates[0].recent).toEqual([expect.objectContaining({ id: annAttempt, questionId: 'design-a-chatbot', reviews: 0 })]);
    expect(body.candidates[0].readiness.evidence).toBe(1);
    expect(body.candidates[1].recent).toEqual([]);
    expect((await as('dee', 'GET', '/api/cohort/candidates')).json().candidates.map((c: { email: string }) => c.email)).toEqual(['eve@example.com', 'fay@example.com']);
  });

  it('checks a review against the rubric and the answer, and says what was wrong', async () => {
    const url = `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}/reviews`;
    const cases: Array<[unknown, string]> = [
      [{}, 'a review scores at least one rubric point or comments on at least one span of the answer'],
      [{ points: [{ point: 'Talks well', score: 3 }] }, '"Talks well" is not a point of this question\'s rubric; the points are: '],
      [{ points: [{ point: FRAMES, score: 6 }] }, 'a score is 1 to 5'],
      [{ points: [{ point: FRAMES, score: 2.5 }] }, 'a score is a whole number from 1 to 5'],
      [{ points: [{ point: FRAMES, score: 3 }, { point: FRAMES, score: 4 }] }, `"${FRAMES}" is scored twice; score each rubric point once`],
      [{ comments: [{ span: [10, 5000], text: 'x' }] }, `the span [10, 5000] is not inside the answer: a span is [start, end] with 0 <= start < end <= ${ANSWER.length}`],
      [{ comments: [{ span: [7, 7], text: 'x' }] }, 'the span [7, 7] is not inside the answer'],
    ];
    for (const [payload, message] of cases) {
      const res = await as('cy', 'POST', url, payload);
      expect([res.statusCode, res.json().error.message.includes(message)]).toEqual([400, true]);
    }
  });

  it("stores a coach's review, shows it to the candidate beside their attempt, and counts it in readiness", async () => {
    const before = (await as('ann', 'GET', '/api/progress')).json();
    const start = ANSWER.indexOf('containment rate');
    const res = await as('cy', 'POST', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}/reviews`, {
      points: [
        { point: FRAMES, score: 5, comment: 'Named the user and the job first.' },
        { point: METRICS, score: 2, comment: 'Containment alone can hide bad answers; add a guardrail.' },
      ],
      comments: [{ span: [start, start + 'containment rate'.length], text: 'Which guardrail keeps this honest?' }],
    });
    expect(res.statusCode).toBe(201);
    const review = res.json();
    expect(review).toMatchObject({ attemptId: annAttempt, questionId: 'design-a-chatbot', coach: { id: ids.cy, email: 'cy@example.com' }, score: 0.625 });
    expect(review.comments).toEqual([{ span: [start, start + 16], text: 'Which guardrail keeps this honest?' }]);
    const seen = await as('ann', 'GET', `/api/attempts/${annAttempt}/reviews`);
    expect(seen.json().reviews).toEqual([review]);
    const opened = (await as('cy', 'GET', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}`)).json();
    expect([opened.attempt.answer, opened.rubric.length, opened.reviews.length]).toEqual([ANSWER, 5, 1]);
    const after = (await as('ann', 'GET', '/api/progress')).json();
    expect(before.evidence.byKind).toEqual([{ kind: 'attempt', items: 1 }]);
    expect(after.evidence.byKind).toEqual([{ kind: 'attempt', items: 1 }, { kind: 'review', items: 1 }]);
    expect((await as('cy', 'GET', '/api/cohort/candidates')).json().candidates[0].recent[0].reviews).toBe(1);
  });

  it('answers every new route 401 without a session, 403 to the wrong role, and 404 for rows of others', async () => {
    const review = { points: [{ point: FRAMES, score: 3 }] };
    const cohortRoutes = [
      ['GET', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}`, undefined],
      ['POST', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}/reviews`, review],
    ] as const;
    const adminRoutes = [
      ['GET', '/api/admin/users', undefined],
      ['POST', '/api/admin/users', { email: 'zed@example.com', role: 'candidate' }],
      ['PUT', `/api/admin/users/${ids.ann}/cohort`, { cohort: 'Autumn 2027' }],
      ['GET', '/api/admin/cohorts', undefined],
      ['POST', '/api/admin/cohorts', { name: 'Taken over' }],
    ] as const;
    const all = [...cohortRoutes, ['GET', '/api/cohort/candidates', undefined], ...adminRoutes, ['GET', `/api/attempts/${annAttempt}/reviews`, undefined]] as const;
    const outcome = async (who: string | undefined, method: string, url: string, body: unknown) => {
      const res = await as(who, method as 'GET', url, body);
      return [who ?? 'nobody', method, url, res.statusCode];
    };
    for (const [method, url, body] of all) expect(await outcome(undefined, method, url, body)).toEqual(['nobody', method, url, 401]);
    // A candidate of the same cohort (bo) and a coach of another (dee) name Ann's ids.
    for (const [method, url, body] of cohortRoutes) {
      expect(await outcome('bo', method, url, body)).toEqual(['bo', method, url, 403]);
      expect(await outcome('dee', method, url, body)).toEqual(['dee', method, url, 404]);
      expect(await outcome('ada', method, url, body)).toEqual(['ada', method, url, 403]);
    }
    for (const who of ['bo', 'ann', 'cy', 'dee']) {
      for (const [method, url, body] of adminRoutes) expect(await outcome(who, method, url, body)).toEqual([who, method, url, 403]);
    }
    for (const who of ['bo', 'ann', 'ada']) expect(await outcome(who, 'GET', '/api/cohort/candidates', undefined)).toEqual([who, 'GET', '/api/cohort/candidates', 403]);
    // Bo has no attempts of his own: Ann's attempt id is not a row of his, so its reviews are not found.
    expect(await outcome('bo', 'GET', `/api/attempts/${annAttempt}/reviews`, undefined)).toEqual(['bo', 'GET', `/api/attempts/${annAttempt}/reviews`, 404]);
    expect(await outcome('dee', 'GET', `/api/attempts/${annAttempt}/reviews`, undefined)).toEqual(['dee', 'GET', `/api/attempts/${annAttempt}/reviews`, 404]);
    // A coach's own cohort but a person who is not a candidate, or an attempt that is not there: 404 too.
    expect(await outcome('cy', 'GET', `/api/cohort/candidates/${ids.cy}/attempts/1`, undefined)).toEqual(['cy', 'GET', `/api/cohort/candidates/${ids.cy}/attempts/1`, 404]);
    expect(await outcome('cy', 'GET', `/api/cohort/candidates/${ids.bo}/attempts/${annAttempt}`, undefined)).toEqual(['cy', 'GET', `/api/cohort/candidates/${ids.bo}/attempts/${annAttempt}`, 404]);
    const notFound = await as('dee', 'GET', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}`);
    const nobody = await as('dee', 'GET', `/api/cohort/candidates/9999/attempts/${annAttempt}`);
    expect(notFound.json().error.message).toBe(nobody.json().error.message.replace('9999', String(ids.ann)));
    // Nothing above changed Ann's cohort or added a user.
    expect((await as('ada', 'GET', '/api/admin/users')).json().users.find((u: { email: string }) => u.email === 'ann@example.com').cohort).toBe('Spring 2027');
    expect((await as('ada', 'GET', '/api/admin/users')).json().users.some((u: { email: string }) => u.email === 'zed@example.com')).toBe(false);
  });

  it('lets a coach coach several cohorts, listing each, and still answers 404 for a candidate outside them', async () => {
    const gus = await hosted.accounts.addUser({ email: 'gus@example.com', role: 'candidate', cohort: 'Summer 2028' });
    const gusIn = await as(undefined, 'POST', '/api/auth/accept', { token: gus.invitation.token, password: 'gus-password-1' });
    cookies.gus = /tpmprep_session=([^;]+)/.exec(String(gusIn.headers['set-cookie']))?.[1] ?? '';
    const gusAttempt = (await as('gus', 'POST', '/api/attempts', { questionId: 'design-a-chatbot', answer: ANSWER, seconds: 60 })).json().id as number;
    const gusId = gusIn.json().account.id as number;
    const gusUrl = `/api/cohort/candidates/${gusId}/attempts/${gusAttempt}`;
    expect((await as('dee', 'GET', gusUrl)).statusCode).toBe(404);

    expect(await hosted.accounts.coachCohorts({ email: 'dee@example.com', add: ['Summer 2028'] })).toEqual({ email: 'dee@example.com', role: 'coach', cohorts: ['Autumn 2027', 'Summer 2028'] });
    const list = (await as('dee', 'GET', '/api/cohort/candidates')).json();
    expect([list.cohorts, list.candidates.map((c: { email: string; cohort: string }) => `${c.cohort}: ${c.email}`)]).toEqual([
      ['Autumn 2027', 'Summer 2028'],
      ['Autumn 2027: eve@example.com', 'Autumn 2027: fay@example.com', 'Summer 2028: gus@example.com'],
    ]);
    const opened = await as('dee', 'GET', gusUrl);
    expect([opened.statusCode, opened.json().candidate]).toEqual([200, { id: gusId, email: 'gus@example.com', cohort: 'Summer 2028' }]);
    // Ann is in Spring 2027, which Dee does not coach: every route answers 404, as for nobody.
    for (const [method, url, body] of [
      ['GET', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}`, undefined],
      ['POST', `/api/cohort/candidates/${ids.ann}/attempts/${annAttempt}/reviews`, { points: [{ point: FRAMES, score: 3 }] }],
    ] as const) {
      const res = await as('dee', method, url, body);
      expect([res.statusCode, res.json().error]).toEqual([404, { code: 'not_found', message: `no candidate ${ids.ann} in your cohorts` }]);
    }
    // Cy's cohorts did not change.
    expect((await as('cy', 'GET', '/api/cohort/candidates')).json().cohorts).toEqual(['Spring 2027']);

    // Taking away the cohort on the account leaves the added one.
    expect(await hosted.accounts.coachCohorts({ email: 'dee@example.com', remove: ['Autumn 2027'] })).toEqual({ email: 'dee@example.com', role: 'coach', cohorts: ['Summer 2028'] });
    expect((await as('dee', 'GET', '/api/cohort/candidates')).json().candidates.map((c: { email: string }) => c.email)).toEqual(['gus@example.com']);
    expect((await as('dee', 'GET', `/api/cohort/candidates/${ids.eve}/attempts/1`)).statusCode).toBe(404);

    await expect(hosted.accounts.coachCohorts({ email: 'ann@example.com', add: ['Summer 2028'] })).rejects.toThrow(
      `ann@example.com is a candidate: only a coach has several cohorts; move a candidate with PUT /api/admin/users/${ids.ann}/cohort or the Admin page`,
    );
    await expect(hosted.accounts.coachCohorts({ email: 'nobody@example.com', add: ['Summer 2028'] })).rejects.toThrow(
      'no account for nobody@example.com; invite them first: tpmprep users add --email nobody@example.com --role coach',
    );
    await expect(hosted.accounts.coachCohorts({ email: 'dee@example.com' })).rejects.toThrow('name a cohort to add (--add NAME) or to take away (--remove NAME)');
  });
});
