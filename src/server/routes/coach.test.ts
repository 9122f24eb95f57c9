import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestApp } from '../testing.js';

let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer());
});
afterAll(() => close());

describe('POST /api/coach', () => {
  it('analyzes an answer statelessly', async () => {
    const text = 'I led the migration. As a result, deploys went from weekly to daily.';
    const res = await server.inject({ method: 'POST', url: '/api/coach', payload: { text, type: 'behavioral' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['score', 'level', 'star', 'quantified', 'ownership', 'words', 'speakingSeconds', 'fillers', 'hedges', 'rubric', 'feedback']));
    expect(body.words).toBe(13);
    expect(body.ownership.i).toBe(1);
    expect(await app.attempts.list()).toEqual([]);
  });

  it('refuses bad bodies with the error shape', async () => {
    const res = await server.inject({ method: 'POST', url: '/api/coach', payload: { text: 'hi', type: 'haiku' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_input');
    const unconfigured = await server.inject({ method: 'POST', url: '/api/coach/critique', payload: { text: 'hi' } });
    expect(unconfigured.statusCode).toBe(503);
    expect(unconfigured.json().error.code).toBe('unavailable');
  });
});
