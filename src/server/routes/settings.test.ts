import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestApp } from '../testing.js';

let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
let fake: http.Server;
let fakeUrl: string;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer({ now: () => new Date('2026-03-02T09:00:00.000Z') }));
  // A local stand-in for an OpenAI-compatible endpoint: the path picks the behaviour.
  fake = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url === '/ok/v1/chat/completions') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: ` ready (key ${req.headers.authorization ?? 'none'})` } }] }));
      } else if (req.url === '/denied/v1/chat/completions') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"error":"bad key"}');
      } else if (req.url === '/html/v1/chat/completions') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>hello</html>');
      } else if (req.url === '/slow/v1/chat/completions') {
        setTimeout(() => res.end('{}'), 2000);
      }
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(async () => {
  fake.closeAllConnections();
  await new Promise<void>((resolve) => fake.close(() => resolve()));
  await close();
});

const post = (url: string, payload: unknown) => server.inject({ method: 'POST', url, payload: payload as object });

describe('settings API', () => {
  it('GET /api/settings shows the defaults; PUT saves and never echoes the key', async () => {
    const first = await server.inject({ method: 'GET', url: '/api/settings' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ theme: 'system', firstRunDone: false, data: { folder: app.dir, resetPhrase: 'delete all my data' } });
    const put = await server.inject({ method: 'PUT', url: '/api/settings', payload: { theme: 'dark', llm: { baseUrl: `${fakeUrl}/ok/v1`, model: 'm', apiKey: 'sk-secret-000011112222' } } });
    expect(put.statusCode).toBe(200);
    expect(put.body).not.toContain('sk-secret');
    expect(put.json().llm).toEqual({ configured: true, source: 'settings', baseUrl: `${fakeUrl}/ok/v1`, model: 'm', apiKey: '••••2222', hasKey: true });
    expect((await server.inject({ method: 'GET', url: '/api/settings' })).json().theme).toBe('dark');
  });

  it('PUT refuses a bad value with 400 and a cross-site write with 403', async () => {
    const bad = await server.inject({ method: 'PUT', url: '/api/settings', payload: { theme: 'blue' } });
    expect([bad.statusCode, bad.json()]).toEqual([400, { error: { code: 'invalid_input', message: 'invalid settings: theme: theme is one of system, light, dark' } }]);
    const foreign = await server.inject({ method: 'PUT', url: '/api/settings', headers: { origin: 'http://evil.example' }, payload: { theme: 'light' } });
    expect(foreign.statusCode).toBe(403);
    const form = await server.inject({ method: 'PUT', url: '/api/settings', headers: { 'content-type': 'text/plain' }, payload: 'theme=light' });
    expect(form.statusCode).toBe(415);
  });

  it('POST /api/settings/llm-test returns the reply, using the saved key', async () => {
    const res = await post('/api/settings/llm-test', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, endpoint: `${fakeUrl}/ok/v1/chat/completions`, model: 'm', reply: 'ready (key Bearer sk-secret-000011112222)', ms: expect.any(Number) });
  });

  it('POST /api/settings/llm-test names each failure exactly', async () => {
    const denied = (await post('/api/settings/llm-test', { baseUrl: `${fakeUrl}/denied/v1` })).json();
    expect(denied).toMatchObject({ ok: false, failure: 'http', status: 401, message: `The language model at ${fakeUrl}/denied/v1/chat/completions answered with HTTP 401: {"error":"bad key"}.` });
    const html = (await post('/api/settings/llm-test', { baseUrl: `${fakeUrl}/html/v1` })).json();
    expect(html).toMatchObject({ ok: false, failure: 'bad_json', message: `The language model at ${fakeUrl}/html/v1/chat/completions answered with something that is not JSON.` });
    const slow = (await post('/api/settings/llm-test', { baseUrl: `${fakeUrl}/slow/v1`, timeoutMs: 200 })).json();
    expect(slow).toMatchObject({ ok: false, failure: 'timeout', message: `The language model at ${fakeUrl}/slow/v1/chat/completions did not answer within 200 ms.` });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = (await post('/api/settings/llm-test', { baseUrl: `http://127.0.0.1:${port}/v1` })).json();
    expect(refused).toMatchObject({ ok: false, failure: 'refused', message: `The language model at http://127.0.0.1:${port}/v1/chat/completions is not reachable (connection refused).` });
    await server.inject({ method: 'PUT', url: '/api/settings', payload: { llm: null } });
    expect((await post('/api/settings/llm-test', {})).json()).toEqual({ ok: false, endpoint: null, model: null, failure: 'not_configured', message: 'no language model to test: give the URL and the model', ms: 0 });
  });

  it('POST /api/data/reset needs the phrase', async () => {
    const refused = await post('/api/data/reset', { confirm: 'yes please' });
    expect([refused.statusCode, refused.json().error.message]).toEqual([400, 'invalid reset: confirm: to delete everything, send confirm: "delete all my data" exactly']);
    const done = await post('/api/data/reset', { confirm: 'delete all my data' });
    expect(done.statusCode).toBe(200);
    expect(done.json().deleted.settings).toBe(1);
    expect((await server.inject({ method: 'GET', url: '/api/settings' })).json().theme).toBe('system');
  });
});

describe('search API', () => {
  it('GET /api/search returns typed results; bad input is a 400', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/search?q=monolithic&limit=1' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      query: 'monolithic',
      results: [{ kind: 'question', id: 'monolith-vs-microservices', title: expect.any(String), snippet: expect.stringContaining('monolith'), href: '/practice/monolith-vs-microservices' }],
    });
    const kinds = await server.inject({ method: 'GET', url: '/api/search?q=cache&kind=problem' });
    expect(new Set(kinds.json().results.map((r: { kind: string }) => r.kind))).toEqual(new Set(['problem']));
    const bad = await server.inject({ method: 'GET', url: '/api/search' });
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, 'invalid search: q: give the search text as q']);
  });
});
