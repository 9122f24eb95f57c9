import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneOfEverything } from '../../app/data/sample-data.js';
import { wavBytes } from '../../speech/index.js';
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
    expect(document).toMatchObject({ format: 'tpmprep-export', version: 3, exportedAt: '2026-03-02T09:00:00.000Z' });
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
    const newer = await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: { ...document, version: 4 } });
    expect([newer.statusCode, newer.json().error.message]).toEqual([400, 'this export has format version 4, made by a newer tpmprep; this version reads format 3. Update tpmprep, then import it again']);
  });

  it('keeps a spoken mock answer: shown with the answer, served with ranges, exported and imported back', async () => {
    const [mock] = await app.mocks.list();
    const view = (await server.inject({ method: 'GET', url: `/api/mocks/${mock?.id}` })).json();
    const url = `/api/mocks/${mock?.id}/audio/1.1`;
    expect(view.item.recording).toMatchObject({ url, mime: 'audio/wav', bytes: 32_044, heard: 'i would start from the goal' });
    // "and cut scope" was typed after the recording: the page marks it.
    expect(view.item.spoken).toEqual({ heardWords: 6, typedWords: 3, typedSpans: [{ start: 28, end: 41 }] });
    // Nine words kept over the speech measured: the tone's 34 frames of 30 ms.
    expect(view.item.recording.audio).toMatchObject({ engine: 'browser', durationSeconds: 1, speakingSeconds: 1.02, wordsPerMinute: 529 });
    const whole = await server.inject({ method: 'GET', url });
    expect([whole.statusCode, whole.headers['content-type'], whole.rawPayload.length]).toEqual([200, 'audio/wav', 32_044]);
    const part = await server.inject({ method: 'GET', url, headers: { range: 'bytes=0-3' } });
    expect([part.statusCode, part.rawPayload.toString('ascii')]).toEqual([206, 'RIFF']);
    expect((await server.inject({ method: 'GET', url: `/api/mocks/${mock?.id}/audio/1.2` })).json()).toEqual({ error: { code: 'not_found', message: `mock ${mock?.id} has no recording for question 1.2` } });

    const document = (await server.inject({ method: 'GET', url: '/api/export' })).json();
    const file = `mock-${mock?.id}-1-1.wav`;
    expect(document.tables.mock_audio.map((r: { file: string }) => r.file)).toEqual([file]);
    expect(Buffer.from(document.audio[file], 'base64').equals(whole.rawPayload)).toBe(true);
    const { [file]: _left, ...others } = document.audio;
    const broken = await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: { ...document, audio: others } });
    expect(broken.json().error.message).toBe(`invalid export document: audio: no recording for ${file}, which tables.mock_audio lists`);
    const imported = await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: document });
    expect([imported.statusCode, imported.json().imported.mock_audio, imported.json().recordings]).toEqual([200, 1, 2]);
    expect((await server.inject({ method: 'GET', url })).rawPayload.equals(whole.rawPayload)).toBe(true);

    // The follow-up is spoken too: a pass keeps no recording; an answer keeps it beside the question's.
    expect((await server.inject({ method: 'POST', url: `/api/mocks/${mock?.id}/resume` })).statusCode).toBe(200);
    const tone = Int16Array.from({ length: 8_000 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / 16_000)));
    const said = await app.speech.transcribe({ bytes: wavBytes({ samples: tone, sampleRate: 16_000 }), mime: 'audio/wav', engine: 'browser' });
    const follow = (payload: object) => server.inject({ method: 'POST', url: `/api/mocks/${mock?.id}/follow-up`, payload });
    const passed = await follow({ text: '', recording: said.recording });
    expect([passed.statusCode, passed.json().error.message]).toEqual([400, 'a passed follow-up keeps no recording: send what was said as the text, or pass without the recording']);
    expect((await follow({ text: 'Cancellations fell by a third.', recording: said.recording, heard: 'cancellations fell' })).statusCode).toBe(200);
    const followUpUrl = `/api/mocks/${mock?.id}/audio/1.1-follow-up`;
    expect((await server.inject({ method: 'GET', url: followUpUrl })).rawPayload.length).toBe(16_044);

    // The debrief lists each recording with its answer, by question key.
    expect((await server.inject({ method: 'POST', url: `/api/mocks/${mock?.id}/finish` })).statusCode).toBe(200);
    const debrief = (await server.inject({ method: 'GET', url: `/api/mocks/${mock?.id}/debrief` })).json();
    expect(Object.keys(debrief.recordings)).toEqual(['1.1']);
    expect(Object.keys(debrief.recordings['1.1'])).toEqual(['answer', 'followUp']);
    expect(debrief.recordings['1.1'].answer).toMatchObject({ url, mime: 'audio/wav', bytes: 32_044, heard: 'i would start from the goal' });
    expect(debrief.recordings['1.1'].followUp).toMatchObject({ url: followUpUrl, mime: 'audio/wav', bytes: 16_044, heard: 'cancellations fell' });

    // Exported and imported with the rest.
    const again = (await server.inject({ method: 'GET', url: '/api/export' })).json();
    expect(again.tables.mock_audio.map((r: { file: string }) => r.file).sort()).toEqual([`mock-${mock?.id}-1-1-follow-up.wav`, file]);
    expect((await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: again })).json().imported.mock_audio).toBe(2);
    expect((await server.inject({ method: 'GET', url: followUpUrl })).rawPayload.length).toBe(16_044);
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
