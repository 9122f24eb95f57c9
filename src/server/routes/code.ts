import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/index.js';
import { parseInput } from '../../app/validate.js';
import { cachedJson } from '../cached-json.js';
import type { ApiResponse } from '../../shared/api.js';

const idParam = z.strictObject({ id: z.coerce.number().int().positive('a submission id is a positive whole number') });

export function codeRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/problems', cachedJson(app.db.dataVersion, async (request) => ({ problems: await app.problems.list(request.query) }) satisfies ApiResponse<'GET /api/problems'>));
  server.get<{ Params: { id: string } }>('/api/problems/:id', async (request) => (await app.problems.get(request.params.id)) satisfies ApiResponse<'GET /api/problems/:id'>);
  server.get('/api/submissions', async (request) => ({ submissions: await app.submissions.list(request.query) }) satisfies ApiResponse<'GET /api/submissions'>);
  server.get('/api/submissions/:id', async (request) => (await app.submissions.get(parseInput(idParam, request.params, 'submission id').id)) satisfies ApiResponse<'GET /api/submissions/:id'>);
  server.post('/api/submissions', async (request, reply) => {
    const created = (await app.submissions.submit(request.body)) satisfies ApiResponse<'POST /api/submissions'>;
    // Queued (hosted mode): accepted for judging by a worker, not judged yet.
    return reply.status(created.status === 'queued' ? 202 : 201).send(created);
  });
}
