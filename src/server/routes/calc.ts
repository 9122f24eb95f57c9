import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';

export function calcRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/calc', async () => ({ calculators: app.calc.names }));
  server.post<{ Params: { name: string } }>('/api/calc/:name', async (request) => app.calc.run(request.params.name, request.body ?? {}));
}
