import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

export function calcRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/calc', async () => ({ calculators: app.calc.names }) satisfies ApiResponse<'GET /api/calc'>);
  server.post<{ Params: { name: string } }>('/api/calc/:name', async (request) => (await app.calc.run(request.params.name, request.body ?? {})) satisfies ApiResponse<'POST /api/calc/:name'>);
}
