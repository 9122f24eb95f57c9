import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

export function progressRoutes(server: FastifyInstance, app: App): void {
  server.get<{ Querystring: { track?: string } }>('/api/progress', async (request) => (await app.progress.get({ track: request.query.track })) satisfies ApiResponse<'GET /api/progress'>);
  server.get('/api/recent', async (request) => ({ items: await app.recent.list(request.query) }) satisfies ApiResponse<'GET /api/recent'>);
  server.get<{ Querystring: { track?: string } }>('/api/plan', async (request) => (await app.plan.get({ track: request.query.track })) satisfies ApiResponse<'GET /api/plan'>);
  server.put<{ Querystring: { track?: string } }>('/api/plan', async (request) => (await app.plan.save(request.body, { track: request.query.track })) satisfies ApiResponse<'PUT /api/plan'>);
  server.post<{ Querystring: { track?: string } }>('/api/plan/preview', async (request) => (await app.plan.preview(request.body, { track: request.query.track })) satisfies ApiResponse<'POST /api/plan/preview'>);
  server.get<{ Querystring: { track?: string } }>('/api/plan.ics', async (request, reply) => {
    const file = await app.plan.calendar({ track: request.query.track });
    return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.text);
  });
}
