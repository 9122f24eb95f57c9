import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { cachedJson } from '../cached-json.js';

type WithId = { Params: { id: string } };

/** The story bank. Bodies are validated by app.stories. */
export function storyRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/stories', cachedJson(app.db.dataVersion, async () => app.stories.list()));
  server.post('/api/stories', async (request, reply) => reply.status(201).send(await app.stories.create(request.body)));
  server.get('/api/stories/matrix', async () => app.stories.matrix());
  server.get('/api/stories/themes', async () => ({ themes: app.stories.themes() }));
  server.get<WithId>('/api/stories/:id', async (request) => app.stories.get(request.params.id));
  server.put<WithId>('/api/stories/:id', async (request) => app.stories.update(request.params.id, request.body));
  server.delete<WithId>('/api/stories/:id', async (request) => app.stories.remove(request.params.id));
  server.get<WithId>('/api/stories/:id/check', async (request) => app.stories.check(request.params.id));
  server.post<WithId>('/api/stories/:id/links', async (request, reply) => reply.status(201).send(await app.stories.link(request.params.id, request.body)));
}
