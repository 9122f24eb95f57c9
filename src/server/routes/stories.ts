import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { cachedJson } from '../cached-json.js';
import type { ApiResponse } from '../../shared/api.js';

type WithId = { Params: { id: string } };

/** The story bank. Bodies are validated by app.stories. */
export function storyRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/stories', cachedJson(app.db.dataVersion, async () => (await app.stories.list()) satisfies ApiResponse<'GET /api/stories'>));
  server.post('/api/stories', async (request, reply) => reply.status(201).send((await app.stories.create(request.body)) satisfies ApiResponse<'POST /api/stories'>));
  server.get('/api/stories/matrix', async () => (await app.stories.matrix()) satisfies ApiResponse<'GET /api/stories/matrix'>);
  server.get('/api/stories/themes', async () => ({ themes: app.stories.themes() }) satisfies ApiResponse<'GET /api/stories/themes'>);
  server.get<WithId>('/api/stories/:id', async (request) => (await app.stories.get(request.params.id)) satisfies ApiResponse<'GET /api/stories/:id'>);
  server.put<WithId>('/api/stories/:id', async (request) => (await app.stories.update(request.params.id, request.body)) satisfies ApiResponse<'PUT /api/stories/:id'>);
  server.delete<WithId>('/api/stories/:id', async (request) => (await app.stories.remove(request.params.id)) satisfies ApiResponse<'DELETE /api/stories/:id'>);
  server.get<WithId>('/api/stories/:id/check', async (request) => (await app.stories.check(request.params.id)) satisfies ApiResponse<'GET /api/stories/:id/check'>);
  server.post<WithId>('/api/stories/:id/links', async (request, reply) => reply.status(201).send((await app.stories.link(request.params.id, request.body)) satisfies ApiResponse<'POST /api/stories/:id/links'>));
}
