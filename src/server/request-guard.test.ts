import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../app/testing.js';
import { buildServer } from './server.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
let server: FastifyInstance;
const PORT = 3000;

beforeAll(async () => {
  app = await openTestApp();
  server = buildServer(app, { webRoot: null, port: PORT, host: 'tpm.lan' });
});
afterAll(async () => {
  await server.close();
  await app.close();
});

const HOST_REFUSAL = {
  error: {
    code: 'misdirected_request',
    message: 'this server answers only for localhost:3000, 127.0.0.1:3000, [::1]:3000, tpm.lan:3000; open it at http://localhost:3000',
  },
};

const story = { title: 'Search index', situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['conflict'] };
const storyCount = async () => (await app.stories.list()).count;

describe('Host allow-list', () => {
  it('answers the loopback names and the configured HOST on the port', async () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST:3000', 'tpm.lan:3000']) {
      const res = await server.inject({ method: 'GET', url: '/api/health', headers: { host } });
      expect([host, res.statusCode]).toEqual([host, 200]);
    }
  });

  it('refuses any other Host with 421 and the JSON error, for reads and writes', async () => {
    const hosts = ['evil.example:3000', 'evil.example', 'localhost:3001', 'localhost', '127.0.0.1', '[::1]', '[::2]:3000', '::1:3000',
      '127.0.0.2:3000', '0x7f000001:3000', 'localhost.:3000', 'localhost:3000.evil.example', 'user@localhost:3000', 'localhost:03000x', ''];
    for (const host of hosts) {
      const res = await server.inject({ method: 'GET', url: '/api/stories', headers: { host } });
      expect([host, res.statusCode, res.json()]).toEqual([host, 421, HOST_REFUSAL]);
    }
    const put = await server.inject({ method: 'POST', url: '/api/stories', headers: { host: 'evil.example:3000' }, payload: story });
    expect([put.statusCode, put.json()]).toEqual([421, HOST_REFUSAL]);
    expect([put.headers['x-content-type-options'], put.headers['x-frame-options']]).toEqual(['nosniff', 'DENY']);
    expect(await storyCount()).toBe(0);
  });
});

describe('same-origin writes', () => {
  const write = (headers: Record<string, string>, payload?: string) =>
    server.inject({ method: 'POST', url: '/api/stories', headers: { host: 'localhost:3000', ...headers }, payload });

  it('refuses a foreign or null Origin with 403, whatever the body', async () => {
    for (const origin of ['http://evil.example', 'null', 'http://localhost:4000', 'https://localhost:3000', 'http://localhost:3000.evil.example', 'file://']) {
      const res = await write({ origin, 'content-type': 'application/json' }, JSON.stringify(story));
      expect([origin, res.statusCode, res.json()]).toEqual([
        origin,
        403,
        { error: { code: 'cross_origin', message: `a page at ${origin} may not change data here; only tpmprep's own pages can write` } },
      ]);
    }
    expect(await storyCount()).toBe(0);
  });

  it('refuses Sec-Fetch-Site cross-site or same-site without an Origin', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const res = await write({ 'sec-fetch-site': site, 'content-type': 'application/json' }, JSON.stringify(story));
      expect([res.statusCode, res.json()]).toEqual([
        403,
        { error: { code: 'cross_origin', message: `a request from another site (sec-fetch-site: ${site}) may not change data here; only tpmprep's own pages can write` } },
      ]);
    }
    expect(await storyCount()).toBe(0);
  });

  it('refuses a body-less POST from another origin (a plain HTML form on a mock)', async () => {
    const mock = await app.mocks.start({ loopId: (app.mocks.loops()[0] as { id: string }).id });
    for (const action of ['begin', 'pause', 'finish']) {
      const res = await server.inject({ method: 'POST', url: `/api/mocks/${mock.id}/${action}`, headers: { host: 'localhost:3000', origin: 'http://evil.example' } });
      expect(res.statusCode).toBe(403);
    }
    expect((await app.mocks.get(String(mock.id))).status).toBe(mock.status);
  });

  it('refuses form, multipart and text/plain bodies with 415, even same-origin', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'text/json']) {
      const res = await write({ origin: 'http://localhost:3000', 'content-type': type }, JSON.stringify(story));
      expect([type, res.statusCode, res.json()]).toEqual([
        type,
        415,
        { error: { code: 'unsupported_media_type', message: 'send the body as JSON with the header content-type: application/json' } },
      ]);
    }
    const noType = await write({ origin: 'http://localhost:3000' }, JSON.stringify(story));
    expect(noType.statusCode).toBe(415);
    expect(await storyCount()).toBe(0);
  });

  it('accepts the app itself: JSON from its own origin, and a body-less POST without a content type', async () => {
    const res = await write({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(story));
    expect(res.statusCode).toBe(201);
    const cli = await write({ 'content-type': 'application/json' }, JSON.stringify(story));
    expect(cli.statusCode).toBe(201);
    const mock = (await app.mocks.current()) ?? (await app.mocks.start({ loopId: (app.mocks.loops()[0] as { id: string }).id }));
    const begin = await server.inject({ method: 'POST', url: `/api/mocks/${mock.id}/begin`, headers: { host: '[::1]:3000', origin: 'http://[::1]:3000', 'sec-fetch-site': 'same-origin' } });
    expect(begin.statusCode).toBe(200);
  });

  it('checks OPTIONS and DELETE like any write; HEAD like a read; sends no CORS headers', async () => {
    const options = await server.inject({ method: 'OPTIONS', url: '/api/stories', headers: { host: 'localhost:3000', origin: 'http://evil.example', 'access-control-request-method': 'PUT' } });
    expect(options.statusCode).toBe(403);
    expect(options.headers['access-control-allow-origin']).toBeUndefined();
    const del = await server.inject({ method: 'DELETE', url: '/api/stories/1', headers: { host: 'localhost:3000', origin: 'null' } });
    expect(del.statusCode).toBe(403);
    const head = await server.inject({ method: 'HEAD', url: '/api/stories', headers: { host: 'localhost:3000', origin: 'http://evil.example' } });
    expect(head.statusCode).toBe(200);
    expect(head.headers['access-control-allow-origin']).toBeUndefined();
    const headForeign = await server.inject({ method: 'HEAD', url: '/api/stories', headers: { host: 'evil.example:3000' } });
    expect(headForeign.statusCode).toBe(421);
  });
});
