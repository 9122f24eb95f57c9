import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

/** GET /api/search?q=...&kind=question,problem&limit=20: typed results over the whole curriculum and the app's pages. */
export function searchRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/search', async (request) => app.search.query(request.query) satisfies ApiResponse<'GET /api/search'>);
}
