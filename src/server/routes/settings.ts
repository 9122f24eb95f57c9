import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';

/** Settings and the first run; the data section's reset. Writes pass the same-origin and JSON guard as every other. */
export function settingsRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/settings', async () => app.settings.get());
  server.put('/api/settings', async (request) => app.settings.update(request.body));
  server.post('/api/settings/llm-test', async (request) => app.settings.testModel(request.body));
  server.post('/api/first-run', async (request) => app.firstRun.complete(request.body));
  server.post('/api/first-run/skip', async () => app.firstRun.skip());
  server.post('/api/data/reset', async (request) => app.data.reset(request.body));
}
