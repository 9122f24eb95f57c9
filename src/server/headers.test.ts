import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../app/testing.js';
import { buildServer } from './server.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
let server: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  app = await openTestApp();
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-web-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>tpmprep</title>');
  server = buildServer(app, { webRoot });
});
afterAll(async () => {
  await server.close();
  await app.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';media-src 'self' blob:;" +
  "object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'";

describe('security headers', () => {
  it('sends the CSP, nosniff, no-referrer and frame denial on pages, API answers and errors', async () => {
    for (const url of ['/api/health', '/api/nope', '/assets/missing.js']) {
      const res = await server.inject({ method: 'GET', url });
      expect([url, res.headers['content-security-policy']]).toEqual([url, CSP]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('sends them on refusals too: a foreign Host (421) and a write from another origin (403)', async () => {
    const foreign = await server.inject({ method: 'GET', url: '/api/stories', headers: { host: 'evil.example' } });
    const crossOrigin = await server.inject({ method: 'POST', url: '/api/stories', headers: { origin: 'https://evil.example' }, payload: {} });
    for (const res of [foreign, crossOrigin]) {
      expect([res.statusCode, res.headers['content-security-policy'], res.headers['x-content-type-options'], res.headers['x-frame-options']]).toEqual([res.statusCode, CSP, 'nosniff', 'DENY']);
    }
    expect([foreign.statusCode, crossOrigin.statusCode]).toEqual([421, 403]);
  });
});

describe('the page', () => {
  it('carries a fresh style nonce for the code editor, in its CSP and in a meta tag', async () => {
    const nonces = [];
    for (const url of ['/', '/practice', '/code/lru-cache']) {
      const res = await server.inject({ method: 'GET', url });
      const nonce = /<meta name="csp-nonce" content="([A-Za-z0-9+/=]{24})" \/>/.exec(res.body)?.[1];
      expect(res.headers['content-security-policy']).toBe(CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`));
      expect([res.headers['x-content-type-options'], res.headers['referrer-policy'], res.headers['x-frame-options']]).toEqual(['nosniff', 'no-referrer', 'DENY']);
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });
});

describe('compression', () => {
  it('gzips the question list when asked, and not when not', async () => {
    const plain = await server.inject({ method: 'GET', url: '/api/questions' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzipped = await server.inject({ method: 'GET', url: '/api/questions', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const body = zlib.gunzipSync(gzipped.rawPayload).toString('utf8');
    expect(JSON.parse(body)).toEqual(plain.json());
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it('leaves small answers alone', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('one error shape for what Fastify refuses itself', () => {
  it('answers a bad URL escape with 400 and the JSON error, on the API and on pages', async () => {
    for (const url of ['/api/questions/%E0%A4%A', '/%E0%A4%A', '/api/stories/%']) {
      const res = await server.inject({ method: 'GET', url });
      expect([url, res.statusCode, res.json()]).toEqual([
        url,
        400,
        { error: { code: 'bad_url', message: 'the address has a malformed percent-escape (like %E0%A4); encode the path with encodeURIComponent' } },
      ]);
    }
  });
});
