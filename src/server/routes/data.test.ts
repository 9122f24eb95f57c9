import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneOfEverything } from '../../app/data/sample-data.js';
import { BODY_LIMIT_BYTES } from '../server.js';
import { openTestServer, type TestApp } from '../testing.js';
import { IMPORT_BODY_LIMIT_BYTES } from './data.js';

let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer({ now: () => new Date('2026-03-02T09:00:00.000Z') }));
});
afterAll(() => close());

describe('export, import and backups API', () => {
  it('GET /api/export downloads the document; POST /api/import?replace=true takes one larger than the usual body limit', async () => {
    await addOneOfEverything(app);
    const res = await server.inject({ method: 'GET', url: '/api/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="tpmprep-export-2026-03-02.json"');
    const document = res.json();
    expect(document).toMatchObject({ format: 'tpmprep-export', version: 2, exportedAt: '2026-03-02T09:00:00.000Z' });
    // Pad the document past 256 KB with a long (valid) answer.
    const big = structuredClone(document);
    big.tables.attempts[0].answer = 'word '.repeat(80_000);
    const payload = JSON.stringify(big);
    expect(payload.length).toBeGreaterThan(BODY_LIMIT_BYTES);
    const imported = await server.inject({ method: 'POST', url: '/api/import?replace=true', headers: { 'content-type': 'application/json' }, payload });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().replaced).toBe(true);
    expect((await app.attempts.list()).find((a) => a.id === 1)?.answer).toBe('word '.repeat(80_000));
  });

  it('POST /api/import without replace refuses over existing data with 409; a newer version with 400', async () => {
    const document = (await server.inject({ method: 'GET', url: '/api/export' })).json();
    const conflict = await server.inject({ method: 'POST', url: '/api/import', payload: document });
    expect(conflict.statusCode).toBe(409);
    const newer = await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: { ...document, version: 3 } });
    expect([newer.statusCode, newer.json().error.message]).toEqual([400, 'this export has format version 3, made by a newer tpmprep; this version reads format 2. Update tpmprep, then import it again']);
  });

  it('refuses an import over its own limit with 413, naming that limit', async () => {
    const payload = `{"format":"tpmprep-export","pad":"${'x'.repeat(IMPORT_BODY_LIMIT_BYTES)}"}`;
    const res = await server.inject({ method: 'POST', url: '/api/import', headers: { 'content-type': 'application/json' }, payload });
    expect([res.statusCode, res.json()]).toEqual([413, { error: { code: 'payload_too_large', message: `the request body is larger than the limit of ${IMPORT_BODY_LIMIT_BYTES} bytes; send less` } }]);
  });

  it('POST /api/backups makes a backup; GET /api/backups lists it', async () => {
    const made = await server.inject({ method: 'POST', url: '/api/backups' });
    expect(made.statusCode).toBe(201);
    expect(made.json().file).toBe(`${app.dir}/backups/tpmprep-2026-03-02T090000Z.sqlite`);
    expect((await server.inject({ method: 'GET', url: '/api/backups' })).json().backups).toEqual([{ file: made.json().file, bytes: made.json().bytes }]);
  });
});
