import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { cachedJson } from '../cached-json.js';
import type { ApiResponse } from '../../shared/api.js';
import { sendRecording } from './send-recording.js';

type WithId = { Params: { id: string } };

/** Mock interviews: loops, the running mock's moves, and the debrief. Bodies are validated by app.mocks. */
export function mockRoutes(server: FastifyInstance, app: App): void {
  server.get<{ Querystring: { track?: string } }>('/api/mocks/loops', async (request) => (await app.mocks.loopList({ track: request.query.track })) satisfies ApiResponse<'GET /api/mocks/loops'>);
  server.get('/api/mocks', cachedJson(app.db.dataVersion, async (request) => ({ mocks: await app.mocks.list(request.query) }) satisfies ApiResponse<'GET /api/mocks'>));
  server.get('/api/mocks/current', async () => ({ mock: await app.mocks.current() }) satisfies ApiResponse<'GET /api/mocks/current'>);
  server.post('/api/mocks', async (request, reply) => reply.status(201).send((await app.mocks.start(request.body)) satisfies ApiResponse<'POST /api/mocks'>));
  server.get<WithId>('/api/mocks/:id', async (request) => (await app.mocks.get(request.params.id)) satisfies ApiResponse<'GET /api/mocks/:id'>);
  server.post<WithId>('/api/mocks/:id/begin', async (request) => (await app.mocks.begin(request.params.id)) satisfies ApiResponse<'POST /api/mocks/:id/begin'>);
  server.post<WithId>('/api/mocks/:id/answer', async (request) => (await app.mocks.answer(request.params.id, request.body)) satisfies ApiResponse<'POST /api/mocks/:id/answer'>);
  server.post<WithId>('/api/mocks/:id/follow-up', async (request) => (await app.mocks.followUp(request.params.id, request.body)) satisfies ApiResponse<'POST /api/mocks/:id/follow-up'>);
  server.post<WithId>('/api/mocks/:id/pause', async (request) => (await app.mocks.pause(request.params.id)) satisfies ApiResponse<'POST /api/mocks/:id/pause'>);
  server.post<WithId>('/api/mocks/:id/resume', async (request) => (await app.mocks.resume(request.params.id)) satisfies ApiResponse<'POST /api/mocks/:id/resume'>);
  server.post<WithId>('/api/mocks/:id/finish', async (request) => (await app.mocks.finish(request.params.id)) satisfies ApiResponse<'POST /api/mocks/:id/finish'>);
  server.get<{ Params: { id: string; key: string } }>('/api/mocks/:id/audio/:key', async (request, reply) =>
    sendRecording(request, reply, await app.mocks.recordingFile(request.params.id, request.params.key)),
  );
  server.get<WithId>('/api/mocks/:id/debrief', async (request) => (await app.mocks.debrief(request.params.id)) satisfies ApiResponse<'GET /api/mocks/:id/debrief'>);
}
