import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

/** Settings and the first run; the data section's reset. Writes pass the same-origin and JSON guard as every other. */
export function settingsRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/settings', async () => (await app.settings.get()) satisfies ApiResponse<'GET /api/settings'>);
  server.put('/api/settings', async (request) => (await app.settings.update(request.body)) satisfies ApiResponse<'PUT /api/settings'>);
  server.post('/api/settings/llm-test', async (request) => (await app.settings.testModel(request.body)) satisfies ApiResponse<'POST /api/settings/llm-test'>);
  server.post('/api/first-run', async (request) => (await app.firstRun.complete(request.body)) satisfies ApiResponse<'POST /api/first-run'>);
  server.post('/api/first-run/skip', async () => (await app.firstRun.skip()) satisfies ApiResponse<'POST /api/first-run/skip'>);
  server.post('/api/data/reset', async (request) => (await app.data.reset(request.body)) satisfies ApiResponse<'POST /api/data/reset'>);
}
