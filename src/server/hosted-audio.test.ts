import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres/databases.js';
import { openHosted, type HostedRuntime } from '../app/hosted.js';
import { openTestApp } from '../app/testing.js';
import { speechToolsAvailable, synthesize } from '../speech/testing.js';
import { openPostgresDb } from '../store/index.js';
import { buildServer } from './server.js';

const PUBLIC = 'https://tpm.example.com';
const HOST = { host: 'tpm.example.com' };
const QUESTION = 'delivering-under-a-tight-deadline';
const run = inject('postgresUrl') && speechToolsAvailable() ? describe : describe.skip;

run('recorded answers in hosted mode', { timeout: 120_000 }, () => {
  let base: Awaited<ReturnType<typeof openTestApp>>;
  let hosted: HostedRuntime;
  let server: FastifyInstance;
  let wav: Buffer;
  const cookies: Record<string, string> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-hosted-audio-'));
  const audioFolder = path.join(dir, 'audio');

  const as = (who: string, method: 'GET' | 'POST', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) =>
    server.inject({ method, url, headers: { ...HOST, ...headers, cookie: `tpmprep_session=${cookies[who]}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    base = await openTestApp({ db: await openPostgresDb(await createTestDatabase()), mode: 'hosted' });
    hosted = await openHosted(base, { publicUrl: PUBLIC, audioFolder });
    server = buildServer(base, { webRoot: null, hosted });
    await server.ready();
    for (const who of ['ann', 'bo']) {
      const added = await hosted.accounts.addUser({ email: `${who}@example.com`, role: 'candidate', cohort: 'Spring 2027' });
      const accepted = await server.inject({ method: 'POST', url: '/api/auth/accept', headers: HOST, payload: { token: added.invitation.token, password: `${who}-password-1` } });
      cookies[who] = /tpmprep_session=([^;]+)/.exec(String(accepted.headers['set-cookie']))?.[1] ?? '';
    }
    const made = synthesize(dir, 'answer', 'flite', [{ say: 'I tracked the critical path in a daily standup.' }, { silence: 1 }, { say: 'We shipped on time.' }]);
    wav = fs.readFileSync(made.file);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await hosted?.close();
    await base?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps a candidate's recording with their answer in their own folder; only they can fetch it or claim it", async () => {
    const heard = await as('ann', 'POST', `/api/speech/transcribe?questionId=${QUESTION}`, wav, { 'content-type': 'audio/wav' });
    expect(heard.statusCode).toBe(200);
    const { recording, transcript } = heard.json() as { recording: string; transcript: string };
    // Bo cannot save Ann's recording with an answer of his: it is not in his folder.
    const stolen = await as('bo', 'POST', '/api/attempts', { questionId: QUESTION, answer: transcript, seconds: 6, recording });
    expect([stolen.statusCode, stolen.json().error.code]).toEqual([404, 'not_found']);

    const saved = await as('ann', 'POST', '/api/attempts', { questionId: QUESTION, answer: transcript, seconds: 6, recording });
    expect(saved.statusCode).toBe(201);
    const attempt = saved.json() as { id: number; recording: { url: string; mime: string; bytes: number } };
    expect(attempt.recording).toMatchObject({ url: `/api/attempts/${attempt.id}/audio`, mime: 'audio/wav', bytes: wav.length });
    expect(fs.readdirSync(path.join(audioFolder, 'person-1'))).toContain(`attempt-${attempt.id}.wav`);

    const mine = await as('ann', 'GET', attempt.recording.url);
    expect([mine.statusCode, mine.headers['content-type'], mine.rawPayload.equals(wav)]).toEqual([200, 'audio/wav', true]);
    // Bo asking for Ann's attempt's audio gets the same 404 as for an attempt that does not exist.
    const theirs = await as('bo', 'GET', attempt.recording.url);
    const none = await as('bo', 'GET', '/api/attempts/999/audio');
    expect([theirs.statusCode, none.statusCode]).toEqual([404, 404]);
    expect(theirs.json().error.message).toBe(none.json().error.message.replace('999', String(attempt.id)));
    expect(fs.existsSync(path.join(audioFolder, 'person-2'))).toBe(false);
  });

  it('lets a second app process on the same folder save and play a recording the first one heard', async () => {
    // Two app processes behind one proxy: what one heard, the other saves, and the first plays it back.
    const otherHosted = await openHosted(base, { publicUrl: PUBLIC, audioFolder });
    const other = buildServer(base, { webRoot: null, hosted: otherHosted });
    try {
      await other.ready();
      const heard = await as('ann', 'POST', `/api/speech/transcribe?questionId=${QUESTION}`, wav, { 'content-type': 'audio/wav' });
      const { recording, transcript } = heard.json() as { recording: string; transcript: string };
      const saved = await other.inject({
        method: 'POST',
        url: '/api/attempts',
        headers: { ...HOST, cookie: `tpmprep_session=${cookies.ann}` },
        payload: { questionId: QUESTION, answer: transcript, seconds: 6, recording },
      });
      expect(saved.statusCode).toBe(201);
      const attempt = saved.json() as { id: number; recording: { url: string } };
      const played = await as('ann', 'GET', attempt.recording.url);
      expect([played.statusCode, played.rawPayload.equals(wav)]).toEqual([200, true]);
    } finally {
      await other.close();
      await otherHosted.close();
    }
  });
});
