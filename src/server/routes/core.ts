import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';

export function coreRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/health', async () => app.health());
  server.get('/api/guide', async () => app.guide());
  server.get('/api/checklist', async () => ({ items: await app.checklist.list() }));
  server.put('/api/checklist', async (request) => app.checklist.set(request.body));
}
