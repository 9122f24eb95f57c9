import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

export function coreRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/health', async () => (await app.health()) satisfies ApiResponse<'GET /api/health'>);
  server.get('/api/guide', async () => (await app.guide()) satisfies ApiResponse<'GET /api/guide'>);
  server.get('/api/checklist', async () => ({ items: await app.checklist.list() }) satisfies ApiResponse<'GET /api/checklist'>);
  server.put('/api/checklist', async (request) => (await app.checklist.set(request.body)) satisfies ApiResponse<'PUT /api/checklist'>);
}
