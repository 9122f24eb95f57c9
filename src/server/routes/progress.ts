import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';

export function progressRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/progress', async () => app.progress.get());
  server.get('/api/recent', async (request) => ({ items: await app.recent.list(request.query) }));
  server.get('/api/plan', async () => app.plan.get());
  server.put('/api/plan', async (request) => app.plan.save(request.body));
  server.post('/api/plan/preview', async (request) => app.plan.preview(request.body));
  server.get('/api/plan.ics', async (_request, reply) => {
    const file = await app.plan.calendar();
    return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.text);
  });
}
