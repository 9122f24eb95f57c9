import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { cachedJson } from '../cached-json.js';

type WithId = { Params: { id: string } };

/** Mock interviews: loops, the running mock's moves, and the debrief. Bodies are validated by app.mocks. */
export function mockRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/mocks/loops', async () => ({ loops: app.mocks.loops() }));
  server.get('/api/mocks', cachedJson(app.db.dataVersion, async (request) => ({ mocks: await app.mocks.list(request.query) })));
  server.get('/api/mocks/current', async () => ({ mock: await app.mocks.current() }));
  server.post('/api/mocks', async (request, reply) => reply.status(201).send(await app.mocks.start(request.body)));
  server.get<WithId>('/api/mocks/:id', async (request) => app.mocks.get(request.params.id));
  server.post<WithId>('/api/mocks/:id/begin', async (request) => app.mocks.begin(request.params.id));
  server.post<WithId>('/api/mocks/:id/answer', async (request) => app.mocks.answer(request.params.id, request.body));
  server.post<WithId>('/api/mocks/:id/follow-up', async (request) => app.mocks.followUp(request.params.id, request.body));
  server.post<WithId>('/api/mocks/:id/pause', async (request) => app.mocks.pause(request.params.id));
  server.post<WithId>('/api/mocks/:id/resume', async (request) => app.mocks.resume(request.params.id));
  server.post<WithId>('/api/mocks/:id/finish', async (request) => app.mocks.finish(request.params.id));
  server.get<WithId>('/api/mocks/:id/debrief', async (request) => app.mocks.debrief(request.params.id));
}
