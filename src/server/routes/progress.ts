import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

export function progressRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/progress', async () => (await app.progress.get()) satisfies ApiResponse<'GET /api/progress'>);
  server.get('/api/plan', async () => (await app.plan.get()) satisfies ApiResponse<'GET /api/plan'>);
  server.put('/api/plan', async (request) => (await app.plan.save(request.body)) satisfies ApiResponse<'PUT /api/plan'>);
  server.post('/api/plan/preview', async (request) => (await app.plan.preview(request.body)) satisfies ApiResponse<'POST /api/plan/preview'>);
  server.get('/api/plan.ics', async (_request, reply) => {
    const file = await app.plan.calendar();
    return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.text);
  });
}
