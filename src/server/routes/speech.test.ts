import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, speechToolsAvailable, synthesize } from '../../speech/testing.js';
import { openTestServer, type TestApp } from '../testing.js';

const QUESTION = 'delivering-under-a-tight-deadline';

describe.runIf(speechToolsAvailable())('speech API', { timeout: 120_000 }, () => {
  let app: TestApp;
  let server: FastifyInstance;
  let close: () => Promise<void>;
  let webm: Buffer;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-speech-api-'));
  beforeAll(async () => {
    ({ app, server, close } = await openTestServer({ now: () => new Date('2026-03-02T09:00:00.000Z') }));
    const made = synthesize(dir, 'answer', 'flite', [{ say: 'I tracked the critical path in a daily standup.' }, { silence: 2 }, { say: 'We shipped on time.' }]);
    webm = fs.readFileSync(convert(made.file, path.join(dir, 'answer.webm'), ['-c:a', 'libopus', '-b:a', '32k']));
  });
  afterAll(async () => {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('GET /api/speech names the installed engine and says what whisper needs', async () => {
    const status = (await server.inject({ method: 'GET', url: '/api/speech' })).json();
    expect(status.defaultEngine).toBe('pocketsphinx');
    expect(status.engines[0]).toEqual({ name: 'pocketsphinx', available: true });
    expect(status.engines[1].name).toBe('whisper');
    expect(status.engines[1].reason).toMatch(/^whisper needs a model file: set its path in the speech settings or TPMPREP_WHISPER_MODEL\. whisper\.cpp model files/);
  });

  it('transcribes an uploaded WebM recording, saves it with an attempt, and serves it back with ranges', async () => {
    const res = await server.inject({ method: 'POST', url: `/api/speech/transcribe?questionId=${QUESTION}&progress=test-token-1`, headers: { 'content-type': 'audio/webm;codecs=opus' }, payload: webm });
    expect(res.statusCode).toBe(200);
    const heard = res.json();
    expect(heard.keywords.map((k: { phrase: string }) => k.phrase)).toEqual(['critical path', 'daily standup', 'on time']);
    expect(heard.audio.engine).toBe('pocketsphinx');
    expect(heard.audio.pauses).toHaveLength(1);
    expect((await server.inject({ method: 'GET', url: '/api/speech/progress/test-token-1' })).json()).toEqual({ progress: 1 });

    const answer = `${heard.transcript} I also wrote the plan.`;
    const saved = await server.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: QUESTION, answer, seconds: 8, recording: heard.recording } });
    expect(saved.statusCode).toBe(201);
    const attempt = saved.json();
    expect(attempt.recording).toMatchObject({ url: `/api/attempts/${attempt.id}/audio`, mime: 'audio/webm', bytes: webm.length, heard: heard.transcript });
    expect(attempt.analysis.spoken).toMatchObject({ heardWords: heard.transcript.split(' ').length, typedWords: 5 });

    const audio = await server.inject({ method: 'GET', url: attempt.recording.url });
    expect([audio.statusCode, audio.headers['content-type'], audio.rawPayload.equals(webm)]).toEqual([200, 'audio/webm', true]);
    const part = await server.inject({ method: 'GET', url: attempt.recording.url, headers: { range: 'bytes=10-19' } });
    expect([part.statusCode, part.headers['content-range'], part.rawPayload.equals(webm.subarray(10, 20))]).toEqual([206, `bytes 10-19/${webm.length}`, true]);

    // A recording is kept once: the same id cannot be claimed again.
    const again = await server.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: QUESTION, answer, seconds: 8, recording: heard.recording } });
    expect(again.statusCode).toBe(404);
  });

  it('exports recordings inside the document and imports them back, replacing the files', async () => {
    const document = (await server.inject({ method: 'GET', url: '/api/export' })).json();
    expect(document.tables.attempt_audio).toHaveLength(1);
    const name = document.tables.attempt_audio[0].file;
    expect(Buffer.from(document.audio[name], 'base64').equals(webm)).toBe(true);
    fs.rmSync(path.join(app.dir, 'audio', name));
    const imported = await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: document });
    expect(imported.json()).toMatchObject({ replaced: true, recordings: 1 });
    expect(fs.readFileSync(path.join(app.dir, 'audio', name)).equals(webm)).toBe(true);
  });

  it('still imports a version 1 document, which had no recordings', async () => {
    const document = (await server.inject({ method: 'GET', url: '/api/export' })).json();
    const { attempt_audio: _dropped, ...tables } = document.tables;
    const old = { format: 'tpmprep-export', version: 1, exportedAt: document.exportedAt, appVersion: '0.1.0', tables };
    const res = await server.inject({ method: 'POST', url: '/api/import?replace=true', payload: old });
    expect([res.statusCode, res.json().imported.attempt_audio, res.json().recordings]).toEqual([200, 0, 0]);
    expect(fs.readdirSync(path.join(app.dir, 'audio')).filter((n) => n.startsWith('attempt-'))).toEqual([]);
  });

  it('refuses a body that is not audio, an empty one, and an upload from another site', async () => {
    const text = await server.inject({ method: 'POST', url: '/api/speech/transcribe', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect([text.statusCode, text.json().error.code]).toEqual([415, 'unsupported_media_type']);
    const notAudio = await server.inject({ method: 'POST', url: '/api/speech/transcribe', headers: { 'content-type': 'audio/webm' }, payload: 'this is not a recording' });
    expect(notAudio.statusCode).toBe(400);
    expect(notAudio.json().error.message).toMatch(/^could not read .* as audio .*; use a recording in one of these formats: WAV, WebM\/Opus, Ogg\/Opus or Vorbis, MP3, M4A\/AAC or FLAC$/);
    const unknownType = await server.inject({ method: 'POST', url: '/api/speech/transcribe', headers: { 'content-type': 'audio/x-unknown' }, payload: webm });
    expect([unknownType.statusCode, unknownType.json().error.message]).toEqual([400, 'send the recording with an audio content-type (audio/webm, audio/ogg, audio/wav, audio/mpeg, audio/mp4, audio/flac), not "audio/x-unknown"']);
    const foreign = await server.inject({ method: 'POST', url: '/api/speech/transcribe', headers: { 'content-type': 'audio/webm', origin: 'http://evil.example' }, payload: webm });
    expect(foreign.statusCode).toBe(403);
    const elsewhere = await server.inject({ method: 'POST', url: '/api/attempts', headers: { 'content-type': 'audio/webm' }, payload: webm });
    expect(elsewhere.statusCode).toBe(415);
  });

  it('keeps the engine setting, and refuses an unknown engine', async () => {
    const set = await server.inject({ method: 'PUT', url: '/api/speech/settings', payload: { engine: 'browser' } });
    expect(set.json()).toEqual({ engine: 'browser', whisperModel: null });
    const bad = await server.inject({ method: 'PUT', url: '/api/speech/settings', payload: { engine: 'siri' } });
    expect([bad.statusCode, bad.json().error.message]).toEqual([400, 'invalid speech settings: engine: engine is one of auto, pocketsphinx, whisper, browser']);
    const whisper = await server.inject({ method: 'POST', url: '/api/speech/transcribe?engine=whisper', headers: { 'content-type': 'audio/webm' }, payload: webm });
    expect(whisper.statusCode).toBe(503);
    expect(whisper.json().error.message).toMatch(/^whisper needs a model file/);
  });
});
