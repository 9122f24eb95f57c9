import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';

export function flashcardRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/flashcards', async () => app.flashcards.overview());
  server.get('/api/flashcards/queue', async (request) => app.flashcards.queue(request.query));
  server.get('/api/flashcards/settings', async () => app.flashcards.settings.get());
  server.put('/api/flashcards/settings', async (request) => app.flashcards.settings.set(request.body));
  server.get('/api/flashcards/export', async (request, reply) => {
    const file = app.flashcards.exportAnki(request.query);
    return reply.type(file.mediaType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.text);
  });
  server.post<{ Params: { id: string } }>('/api/flashcards/:id/review', async (request) => app.flashcards.review(request.params.id, request.body));
}
