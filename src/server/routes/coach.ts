import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';

export function coachRoutes(server: FastifyInstance, app: App): void {
  server.post('/api/coach', async (request) => app.coach.analyze(request.body));
  server.post('/api/coach/critique', async (request) => app.coach.critique(request.body));
  server.get('/api/coach/status', async () => app.coach.status());
}
