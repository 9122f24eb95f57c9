import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../app/testing.js';
import { BODY_LIMIT_BYTES, buildServer } from './server.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
let server: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  app = await openTestApp();
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>tpmprep</title>');
  fs.writeFileSync(path.join(webRoot, 'assets', 'app-1.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  server = buildServer(app, { webRoot });
});
afterAll(async () => {
  await server.close();
  await app.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe('API', () => {
  it('GET /api/health', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'sqlite', questions: app.content.questions.length });
  });

  it('GET /api/guide returns every section with stable ids', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/guide' });
    const guide = res.json();
    expect(Object.keys(guide).sort()).toEqual(['areas', 'checklist', 'faq', 'mistakes', 'process', 'skills', 'stages']);
    expect(guide.skills).toHaveLength(5);
    expect(guide.areas).toHaveLength(10);
    expect(guide.stages.map((s: { id: string }) => s.id)).toEqual(['phone-screen', 'technical', 'product', 'final-round']);
  });

  it('GET and PUT /api/checklist', async () => {
    const put = await server.inject({ method: 'PUT', url: '/api/checklist', payload: { id: 'practice-coding', done: true } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ id: 'practice-coding', done: true });
    const get = await server.inject({ method: 'GET', url: '/api/checklist' });
    expect(get.json().items.filter((i: { done: boolean }) => i.done).map((i: { id: string }) => i.id)).toEqual(['practice-coding']);
  });

  it('validates bodies and answers with one error shape', async () => {
    const bad = await server.inject({ method: 'PUT', url: '/api/checklist', payload: { id: 'practice-coding' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: 'invalid_input', message: 'invalid checklist update: done: Invalid input: expected boolean, received undefined' } });
    const unknown = await server.inject({ method: 'PUT', url: '/api/checklist', payload: { id: 'nope', done: true } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await server.inject({ method: 'PUT', url: '/api/checklist', headers: { 'content-type': 'application/json' }, payload: '{"id": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
  });

  it('refuses a body over the size limit with 413', async () => {
    const payload = JSON.stringify({ questionId: 'design-a-chatbot', answer: 'x'.repeat(BODY_LIMIT_BYTES), seconds: 1 });
    const res = await server.inject({ method: 'POST', url: '/api/attempts', headers: { 'content-type': 'application/json' }, payload });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'payload_too_large', message: `the request body is larger than the limit of ${BODY_LIMIT_BYTES} bytes; send less` } });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/does-not-exist?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no API route GET /api/does-not-exist' } });
    const post = await server.inject({ method: 'POST', url: '/api/health', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('lists, searches and gets questions; creates and lists attempts', async () => {
    const list = await server.inject({ method: 'GET', url: '/api/questions?search=relational%20nosql&type=technical' });
    expect(list.json().questions[0].id).toBe('relational-vs-nosql');
    const badFilter = await server.inject({ method: 'GET', url: '/api/questions?difficulty=extreme' });
    expect(badFilter.statusCode).toBe(400);
    const one = await server.inject({ method: 'GET', url: '/api/questions/relational-vs-nosql' });
    expect(one.json().rubric.length).toBeGreaterThanOrEqual(4);
    const created = await server.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'relational-vs-nosql', answer: 'It depends on access patterns.', seconds: 42 } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ questionId: 'relational-vs-nosql', seconds: 42 });
    const attempts = await server.inject({ method: 'GET', url: '/api/attempts?questionId=relational-vs-nosql' });
    expect(attempts.json().attempts.map((a: { seconds: number }) => a.seconds)).toEqual([42]);
    const saved = await server.inject({ method: 'GET', url: `/api/attempts/${created.json().id}` });
    expect(saved.json()).toMatchObject({ id: created.json().id, questionId: 'relational-vs-nosql', seconds: 42 });
    expect((await server.inject({ method: 'GET', url: '/api/attempts/9999' })).json()).toEqual({ error: { code: 'not_found', message: 'no attempt 9999; list them with `tpmprep attempts list`' } });
    expect((await server.inject({ method: 'GET', url: '/api/attempts/abc' })).json()).toEqual({ error: { code: 'invalid_input', message: 'an attempt id is a positive whole number; got "abc"' } });
  });
});

describe('web app', () => {
  it('serves index.html at / and for client routes, and assets gzipped', async () => {
    const root = await server.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(root.body).toContain('<title>tpmprep</title>');
    const route = await server.inject({ method: 'GET', url: '/practice/design-a-chatbot' });
    expect(route.body).toContain('<title>tpmprep</title>');
    const asset = await server.inject({ method: 'GET', url: '/assets/app-1.js', headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await server.inject({ method: 'GET', url: '/assets/none.js' });
    expect(missing.statusCode).toBe(404);
    // A path that climbs out of the web root never reads outside it: it gets the app shell.
    const escape = await server.inject({ method: 'GET', url: '/..%2f..%2fetc%2fpasswd' });
    expect(escape.body).toMatch(/^<!doctype html><meta name="csp-nonce" content="[A-Za-z0-9+/=]{24}" \/><title>tpmprep<\/title>$/);
    const escapeFile = await server.inject({ method: 'GET', url: '/..%2f..%2fetc%2fhostname.txt' });
    expect(escapeFile.statusCode).toBe(404);
  });
});

describe('the saved theme on the first paint', () => {
  it('names a light or dark theme on <html data-theme>; system leaves the page to the browser', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-web-theme-'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>\n<html lang="en">\n  <head>\n  </head>\n</html>');
    const themed = buildServer(app, { webRoot: root });
    const html = async (url: string) => (await themed.inject({ method: 'GET', url })).body.split('\n')[1];
    try {
      expect(await html('/')).toBe('<html lang="en">');
      await app.settings.update({ theme: 'dark' });
      expect(await html('/')).toBe('<html data-theme="dark" lang="en">');
      await app.settings.update({ theme: 'light' });
      expect(await html('/settings')).toBe('<html data-theme="light" lang="en">');
      await app.settings.update({ theme: 'system' });
      expect(await html('/')).toBe('<html lang="en">');
    } finally {
      await themed.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
