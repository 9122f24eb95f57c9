import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres/databases.js';
import { hostedConfig, openHosted, type HostedRuntime } from '../app/hosted.js';
import { openTestApp } from '../app/testing.js';
import { openPostgresDb } from '../store/index.js';
import { buildServer } from './server.js';

const PUBLIC = 'https://tpm.example.com';

/** Every route of Fastify's route tree, as method and full path. */
function routeList(tree: string): Array<{ method: string; path: string }> {
  const stack: string[] = [];
  const out: Array<{ method: string; path: string }> = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[└├]── (\S+) \(([^)]+)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const path = stack.join('').replace(/^\/+/, '/');
    for (const method of (match[3] ?? '').split(', ')) if (['GET', 'POST', 'PUT', 'DELETE'].includes(method) && !path.includes('*')) out.push({ method, path });
  }
  return out;
}
const HOST = { host: 'tpm.example.com' };
const withPostgres = inject('postgresUrl') ? describe : describe.skip;

describe('hosted mode configuration', () => {
  it('is off unless TPMPREP_HOSTED=1, and then names what is missing', () => {
    expect(hostedConfig({})).toBeUndefined();
    expect(() => hostedConfig({ TPMPREP_HOSTED: '1' })).toThrow(
      'hosted mode (TPMPREP_HOSTED=1) needs DATABASE_URL and TPMPREP_PUBLIC_URL: DATABASE_URL=postgres://user:password@host/tpmprep and TPMPREP_PUBLIC_URL=https://the.address.people.open',
    );
    expect(() => hostedConfig({ TPMPREP_HOSTED: '1', DATABASE_URL: 'postgres://x/y' })).toThrow('needs TPMPREP_PUBLIC_URL:');
    expect(() => hostedConfig({ TPMPREP_HOSTED: 'yes' })).toThrow('TPMPREP_HOSTED is 1 for hosted mode or unset for the local app, not "yes"');
    expect(() => hostedConfig({ TPMPREP_HOSTED: '1', DATABASE_URL: 'postgres://x/y', TPMPREP_PUBLIC_URL: 'https://tpm.example.com/app' })).toThrow('must be an http or https origin with no path');
    expect(hostedConfig({ TPMPREP_HOSTED: '1', DATABASE_URL: 'postgres://x/y', TPMPREP_PUBLIC_URL: 'https://tpm.example.com/' })).toEqual({ publicUrl: PUBLIC });
  });
});

withPostgres('hosted mode on PostgreSQL', () => {
  let base: Awaited<ReturnType<typeof openTestApp>>;
  let hosted: HostedRuntime;
  let server: FastifyInstance;
  const cookies: Record<string, string> = {};

  const sessionOf = (res: LightMyRequestResponse) => {
    const header = String(res.headers['set-cookie'] ?? '');
    return /tpmprep_session=([^;]+)/.exec(header)?.[1] ?? '';
  };
  const as = (who: string | undefined, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    server.inject({ method, url, headers: { ...HOST, ...(who ? { cookie: `tpmprep_session=${cookies[who]}` } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    base = await openTestApp({ db: await openPostgresDb(await createTestDatabase()), mode: 'hosted' });
    hosted = await openHosted(base, { publicUrl: PUBLIC });
    server = buildServer(base, { webRoot: null, hosted });
    await server.ready();
    for (const [who, role, cohort] of [['ann', 'candidate', 'Spring 2027'], ['bo', 'candidate', 'Spring 2027'], ['ada', 'admin', undefined]] as const) {
      const added = await hosted.accounts.addUser({ email: `${who}@example.com`, role, ...(cohort ? { cohort } : {}) });
      expect(added.invitation.url).toBe(`${PUBLIC}/accept?token=${added.invitation.token}`);
      const accepted = await as(undefined, 'POST', '/api/auth/accept', { token: added.invitation.token, password: `${who}-password-1` });
      expect(accepted.statusCode).toBe(200);
      cookies[who] = sessionOf(accepted);
    }
  });
  afterAll(async () => {
    await server.close();
    await hosted.close();
    await base.close();
  });

  it('reports the database and the mode, without a session', async () => {
    const res = await as(undefined, 'GET', '/api/health');
    expect(res.json()).toMatchObject({ status: 'ok', database: 'postgres', mode: 'hosted' });
  });

  it('answers 401 on every other API route without a session', async () => {
    for (const url of ['/api/stories', '/api/questions', '/api/attempts', '/api/mocks', '/api/checklist', '/api/auth/me', '/api/admin/users', '/api/peer', '/api/peer/1', '/api/peer/1/events']) {
      const res = await as(undefined, 'GET', url);
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 401, 'unauthorized']);
    }
    expect((await as(undefined, 'POST', '/api/stories', { title: 'x' })).statusCode).toBe(401);
  });

  it('sets the session in an httpOnly, SameSite=Lax, Secure cookie', async () => {
    const res = await as(undefined, 'POST', '/api/auth/login', { email: 'ann@example.com', password: 'ann-password-1' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/^tpmprep_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/);
    expect(res.json()).toEqual({ account: { id: 1, email: 'ann@example.com', role: 'candidate', cohort: 'Spring 2027' } });
  });

  it("keeps each person's data apart: another person's id answers exactly like an id that does not exist", async () => {
    const created = await as('ann', 'POST', '/api/stories', { title: 'Ann only', situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['ownership'] });
    expect(created.statusCode).toBe(201);
    const id = created.json().story.id as number;
    expect((await as('ann', 'GET', `/api/stories/${id}`)).statusCode).toBe(200);
    const theirs = await as('bo', 'GET', `/api/stories/${id}`);
    const none = await as('bo', 'GET', '/api/stories/999');
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.message).toBe(none.json().error.message.replace('999', String(id)));
    expect((await as('bo', 'GET', '/api/stories')).json()).toMatchObject({ stories: [] });
    for (const [method, url] of [['PUT', `/api/stories/${id}`], ['DELETE', `/api/stories/${id}`]] as const) {
      const res = await as('bo', method, url, method === 'PUT' ? { title: 'Bo wrote this', situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['ownership'] } : undefined);
      expect([method, res.statusCode]).toEqual([method, 404]);
    }
    expect((await as('ann', 'GET', `/api/stories/${id}`)).json()).toMatchObject({ title: 'Ann only' });
  });

  it("never shows one person's writing to another, on any route, whatever ids they try", async () => {
    const MARK = 'ANN-PRIVATE-7731';
    expect((await as('ann', 'POST', '/api/stories', { title: `${MARK} story`, situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['ownership'] })).statusCode).toBe(201);
    expect((await as('ann', 'POST', '/api/attempts', { questionId: 'design-a-chatbot', answer: `${MARK} I led it.`, seconds: 30 })).statusCode).toBe(201);
    const before = (await as('ann', 'GET', '/api/export')).json();
    const routes = routeList(server.printRoutes({ commonPrefix: false })).filter((r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/auth/'));
    expect(routes.length).toBeGreaterThan(40);
    const fill = (path: string, id: string) => path.replace(':kind', 'case').replace(':name', 'availability').replace(':personId', id).replace(/:id\b/g, id);
    for (const { method, path } of routes.filter((r) => !r.path.endsWith('/events'))) {
      for (const id of ['1', '2', 'checkout-ab-test']) {
        const res = await as('bo', method as 'GET', fill(path, id), method === 'GET' ? undefined : {});
        expect([method, path, id, res.body.includes(MARK)]).toEqual([method, path, id, false]);
        expect([method, path, id, res.statusCode < 500]).toEqual([method, path, id, true]);
      }
    }
    const after = (await as('ann', 'GET', '/api/export')).json();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  }, 120_000);

  it('says "wrong email or password" the same way for both, and answers 429 after 10 attempts a minute for one email', async () => {
    const wrong = await as(undefined, 'POST', '/api/auth/login', { email: 'bo@example.com', password: 'not-it-at-all' });
    const nobody = await as(undefined, 'POST', '/api/auth/login', { email: 'nobody@example.com', password: 'not-it-at-all' });
    expect([wrong.statusCode, wrong.json().error]).toEqual([401, { code: 'unauthorized', message: 'wrong email or password' }]);
    expect(nobody.json()).toEqual(wrong.json());
    const codes: number[] = [];
    for (let i = 0; i < 10; i += 1) codes.push((await as(undefined, 'POST', '/api/auth/login', { email: 'bo@example.com', password: 'still-wrong-1' })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);
    const limited = await as(undefined, 'POST', '/api/auth/login', { email: 'bo@example.com', password: 'bo-password-1' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toEqual({ code: 'rate_limited', message: 'too many sign-in attempts for this email: wait a minute, then try again (at most 10 a minute)' });
    // Another email is not held back.
    expect((await as(undefined, 'POST', '/api/auth/login', { email: 'ada@example.com', password: 'ada-password-1' })).statusCode).toBe(200);
  });

  it('ends the session at logout, and every session at a password change', async () => {
    const second = sessionOf(await as(undefined, 'POST', '/api/auth/login', { email: 'ann@example.com', password: 'ann-password-1' }));
    const changed = await as('ann', 'POST', '/api/auth/password', { current: 'ann-password-1', password: 'ann-password-2' });
    expect(changed.statusCode).toBe(200);
    const old = await server.inject({ method: 'GET', url: '/api/auth/me', headers: { ...HOST, cookie: `tpmprep_session=${second}` } });
    expect(old.statusCode).toBe(401);
    cookies.ann = sessionOf(changed);
    expect((await as('ann', 'GET', '/api/auth/me')).json()).toMatchObject({ account: { email: 'ann@example.com' } });
    expect((await as('ann', 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await as('ann', 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('lets only an administrator manage users', async () => {
    expect((await as('bo', 'GET', '/api/admin/users')).statusCode).toBe(403);
    const list = await as('ada', 'GET', '/api/admin/users');
    expect(list.json().users.map((u: { email: string; role: string }) => `${u.email}:${u.role}`)).toEqual(['ann@example.com:candidate', 'bo@example.com:candidate', 'ada@example.com:admin']);
  });

  it("answers the public URL's host and origin, and still refuses a foreign one", async () => {
    const foreignHost = await server.inject({ method: 'GET', url: '/api/health', headers: { host: 'evil.example' } });
    expect(foreignHost.statusCode).toBe(421);
    const ownOrigin = await server.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...HOST, origin: PUBLIC, cookie: `tpmprep_session=${cookies.bo}` } });
    expect(ownOrigin.statusCode).toBe(200);
    const foreign = await server.inject({ method: 'POST', url: '/api/auth/logout', headers: { ...HOST, origin: 'https://evil.example', cookie: `tpmprep_session=${cookies.ada}` } });
    expect(foreign.statusCode).toBe(403);
  });
});
