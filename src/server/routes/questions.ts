import { InvalidInputError } from '../../core/errors.js';
import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { QUESTION_PAGE_SIZE } from '../../core/paging.js';
import { cachedJson } from '../cached-json.js';
import type { ApiResponse } from '../../shared/api.js';

export function questionRoutes(server: FastifyInstance, app: App): void {
  // A page at a time: QUESTION_PAGE_SIZE unless the address asks for another `limit`; `total` counts every match.
  server.get(
    '/api/questions',
    cachedJson(app.db.dataVersion, async (request) => {
      const query = typeof request.query === 'object' && request.query !== null ? request.query : {};
      return (await app.questions.browse({ limit: QUESTION_PAGE_SIZE, ...query })) satisfies ApiResponse<'GET /api/questions'>;
    }),
  );
  server.get<{ Params: { id: string } }>('/api/questions/:id', async (request) => (await app.questions.get(request.params.id)) satisfies ApiResponse<'GET /api/questions/:id'>);
  server.get('/api/attempts', async (request) => ({ attempts: await app.attempts.list(request.query) }) satisfies ApiResponse<'GET /api/attempts'>);
  server.get<{ Params: { id: string } }>('/api/attempts/:id', async (request) => {
    const { id } = request.params;
    if (!/^\d{1,15}$/.test(id)) throw new InvalidInputError(`an attempt id is a positive whole number; got "${id}"`);
    return (await app.attempts.get(Number(id))) satisfies ApiResponse<'GET /api/attempts/:id'>;
  });
  server.post('/api/attempts', async (request, reply) => reply.status(201).send((await app.attempts.create(request.body)) satisfies ApiResponse<'POST /api/attempts'>));
}
