import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import { cachedJson } from '../cached-json.js';
import type { ApiResponse } from '../../shared/api.js';

type Params = { Params: { kind: string; id: string } };

/** The toolkit's exercises: designs, metric cases and program scenarios, their grading and attempts. */
export function exerciseRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/exercises', cachedJson(app.db.dataVersion, async (request) => (await app.exercises.list(request.query)) satisfies ApiResponse<'GET /api/exercises'>));
  server.get('/api/exercises/attempts', async (request) => ({ attempts: await app.exercises.attempts(request.query) }) satisfies ApiResponse<'GET /api/exercises/attempts'>);
  server.get<Params>('/api/exercises/:kind/:id', async (request) => (await app.exercises.get(request.params.kind, request.params.id)) satisfies ApiResponse<'GET /api/exercises/:kind/:id'>);
  // Grades without saving: the live feedback while a person writes.
  server.post<Params>('/api/exercises/:kind/:id/grade', async (request) => (await app.exercises.grade(request.params.kind, request.params.id, request.body)) satisfies ApiResponse<'POST /api/exercises/:kind/:id/grade'>);
  server.post<Params>('/api/exercises/:kind/:id/attempts', async (request, reply) =>
    reply.status(201).send((await app.exercises.submit(request.params.kind, request.params.id, request.body)) satisfies ApiResponse<'POST /api/exercises/:kind/:id/attempts'>),
  );
}
