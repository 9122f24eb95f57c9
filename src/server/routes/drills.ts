import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

type WithId = { Params: { id: string } };

/** Deep-dive drills on the person's stories. Bodies are validated by app.drills. */
export function drillRoutes(server: FastifyInstance, app: App): void {
  server.get<{ Querystring: { storyId?: string } }>('/api/drills', async (request) => ({ drills: await app.drills.list(request.query) }) satisfies ApiResponse<'GET /api/drills'>);
  server.post('/api/drills', async (request, reply) => reply.status(201).send((await app.drills.start(request.body)) satisfies ApiResponse<'POST /api/drills'>));
  server.get<WithId>('/api/drills/:id', async (request) => (await app.drills.get(request.params.id)) satisfies ApiResponse<'GET /api/drills/:id'>);
  server.post<WithId>('/api/drills/:id/answers', async (request) => (await app.drills.answer(request.params.id, request.body)) satisfies ApiResponse<'POST /api/drills/:id/answers'>);
}
