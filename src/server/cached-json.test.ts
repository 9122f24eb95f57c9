import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteDb } from '../store/index.js';
import { openTestServer, type TestApp } from './testing.js';

let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer());
});
afterAll(() => close());

const titles = async (encoding?: string) => {
  const res = await server.inject({ method: 'GET', url: '/api/stories', headers: encoding ? { 'accept-encoding': encoding } : {} });
  const body = res.headers['content-encoding'] === 'gzip' ? JSON.parse(zlib.gunzipSync(res.rawPayload).toString()) : res.json();
  return body.stories.map((s: { title: string }) => s.title);
};
const story = (title: string) => ({ title, situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['conflict'] });

describe('cached list responses', () => {
  it('are served again until this process writes, gzipped or not', async () => {
    expect(await titles('gzip')).toEqual([]);
    await app.stories.create(story('First'));
    expect(await titles('gzip')).toEqual(['First']);
    expect(await titles()).toEqual(['First']);
  });

  it('see a write made by another connection (the CLI beside the server)', async () => {
    expect(await titles()).toEqual(['First']);
    const other = await openSqliteDb(path.join(app.dir, 'tpmprep.sqlite'));
    await other.kysely.insertInto('stories').values({ ...story('From the CLI'), competencies: '["conflict"]', created_at: 'x', updated_at: 'x' }).execute();
    await other.close();
    expect(await titles()).toEqual(['First', 'From the CLI']);
  });
});
