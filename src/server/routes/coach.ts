import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

export function coachRoutes(server: FastifyInstance, app: App): void {
  server.post('/api/coach', async (request) => (await app.coach.analyzeForPerson(request.body)) satisfies ApiResponse<'POST /api/coach'>);
  server.post('/api/coach/critique', async (request) => (await app.coach.critique(request.body)) satisfies ApiResponse<'POST /api/coach/critique'>);
  server.get('/api/coach/status', async () => (await app.coach.status()) satisfies ApiResponse<'GET /api/coach/status'>);
}
