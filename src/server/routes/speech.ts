import type { FastifyInstance } from 'fastify';
import { AUDIO_TYPES } from '../../app/speech/audio-store.js';
import type { App } from '../../app/index.js';
import { InvalidInputError } from '../../core/errors.js';
import { SPEECH_LIMITS } from '../../speech/index.js';
import { sendError } from '../errors.js';
import { sendRecording } from './send-recording.js';
import type { ApiResponse, TranscribeQuery } from '../../shared/api.js';

/** The one API path that takes an audio body instead of JSON (see request-guard.ts). */
export const AUDIO_UPLOAD_PATH = '/api/speech/transcribe';

/** Progress of running transcriptions, by a token the page chose; kept a minute after the end. */
const PROGRESS_KEEP_MS = 60_000;
const TOKEN = /^[A-Za-z0-9-]{8,64}$/;

export function speechRoutes(server: FastifyInstance, app: App): void {
  const progress = new Map<string, number>();

  // Every audio type is read as bytes; the app names the ones it keeps.
  server.addContentTypeParser(/^audio\//, { parseAs: 'buffer', bodyLimit: SPEECH_LIMITS.maxBytes }, (_request, body, done) => done(null, body));

  server.get('/api/speech', async () => (await app.speech.status()) satisfies ApiResponse<'GET /api/speech'>);
  server.get('/api/speech/settings', async () => (await app.speech.settings.get()) satisfies ApiResponse<'GET /api/speech/settings'>);
  server.put('/api/speech/settings', async (request) => (await app.speech.settings.set(request.body)) satisfies ApiResponse<'PUT /api/speech/settings'>);

  server.post<{ Querystring: TranscribeQuery }>(AUDIO_UPLOAD_PATH, { bodyLimit: SPEECH_LIMITS.maxBytes }, async (request) => {
    const { questionId, engine, progress: token } = request.query;
    if (token !== undefined && !TOKEN.test(token)) throw new InvalidInputError('progress is a token of 8-64 letters, digits or dashes');
    if (!Buffer.isBuffer(request.body)) {
      throw new InvalidInputError(`send the recording itself as the body, with an audio content-type (${Object.keys(AUDIO_TYPES).join(', ')})`);
    }
    if (token) progress.set(token, 0);
    try {
      return (await app.speech.transcribe({
        bytes: request.body,
        mime: request.headers['content-type'],
        ...(questionId ? { questionId } : {}),
        ...(engine ? { engine } : {}),
        onProgress: token ? (fraction) => progress.set(token, fraction) : undefined,
      })) satisfies ApiResponse<'POST /api/speech/transcribe'>;
    } finally {
      if (token) {
        progress.set(token, 1);
        setTimeout(() => progress.delete(token), PROGRESS_KEEP_MS).unref();
      }
    }
  });

  server.get<{ Params: { token: string } }>('/api/speech/progress/:token', async (request, reply) => {
    const fraction = progress.get(request.params.token);
    if (fraction === undefined) return sendError(reply, 404, 'not_found', `no transcription with progress token ${request.params.token} is running`);
    return { progress: Math.round(fraction * 100) / 100 } satisfies ApiResponse<'GET /api/speech/progress/:token'>;
  });

  server.get<{ Params: { id: string } }>('/api/attempts/:id/audio', async (request, reply) => {
    const id = Number(request.params.id);
    if (!Number.isInteger(id) || id <= 0) throw new InvalidInputError(`"${request.params.id}" is not an attempt id`);
    return sendRecording(request, reply, await app.attempts.recordingFile(id));
  });
}
