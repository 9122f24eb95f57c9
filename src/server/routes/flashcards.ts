import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

export function flashcardRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/flashcards', async () => (await app.flashcards.overview()) satisfies ApiResponse<'GET /api/flashcards'>);
  server.get('/api/flashcards/queue', async (request) => (await app.flashcards.queue(request.query)) satisfies ApiResponse<'GET /api/flashcards/queue'>);
  server.get('/api/flashcards/settings', async () => (await app.flashcards.settings.get()) satisfies ApiResponse<'GET /api/flashcards/settings'>);
  server.put('/api/flashcards/settings', async (request) => (await app.flashcards.settings.set(request.body)) satisfies ApiResponse<'PUT /api/flashcards/settings'>);
  server.get('/api/flashcards/export', async (request, reply) => {
    const file = app.flashcards.exportAnki(request.query);
    return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.text);
  });
  server.post<{ Params: { id: string } }>('/api/flashcards/:id/review', async (request) => (await app.flashcards.review(request.params.id, request.body)) satisfies ApiResponse<'POST /api/flashcards/:id/review'>);
}
