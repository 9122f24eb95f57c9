import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { HostedRuntime } from '../app/index.js';
import { ForbiddenError, InvalidInputError } from '../core/errors.js';
import type { ApiResponse } from '../shared/api.js';

type PersonAttempt = { Params: { personId: string; id: string } };

/**
 * Hosted mode's people routes. Administrators: users and cohorts under /api/admin. Coaches: their
 * cohort's candidates, an answer of one of them, and reviews, under /api/cohort/candidates/:personId.
 * Candidates: the reviews of their own answer at /api/attempts/:id/reviews.
 */
export function cohortRoutes(server: FastifyInstance, hosted: HostedRuntime): void {
  const requireAdmin = (request: FastifyRequest) => {
    if (request.account?.role !== 'admin') throw new ForbiddenError('only an administrator manages users and cohorts');
  };
  server.get('/api/admin/users', async (request) => {
    requireAdmin(request);
    return { users: await hosted.accounts.list() } satisfies ApiResponse<'GET /api/admin/users'>;
  });
  server.post('/api/admin/users', async (request, reply) => {
    requireAdmin(request);
    return reply.status(201).send((await hosted.accounts.addUser(request.body ?? {})) satisfies ApiResponse<'POST /api/admin/users'>);
  });
  server.put<{ Params: { id: string } }>('/api/admin/users/:id/cohort', async (request) => {
    requireAdmin(request);
    const { id } = request.params;
    if (!/^\d{1,15}$/.test(id)) throw new InvalidInputError(`a user id is a positive whole number; got "${id}"`);
    return (await hosted.accounts.moveToCohort(Number(id), request.body ?? {})) satisfies ApiResponse<'PUT /api/admin/users/:id/cohort'>;
  });
  server.get('/api/admin/cohorts', async (request) => {
    requireAdmin(request);
    return { cohorts: await hosted.accounts.cohorts() } satisfies ApiResponse<'GET /api/admin/cohorts'>;
  });
  server.post('/api/admin/cohorts', async (request, reply) => {
    requireAdmin(request);
    return reply.status(201).send((await hosted.accounts.addCohort(request.body ?? {})) satisfies ApiResponse<'POST /api/admin/cohorts'>);
  });

  server.get('/api/cohort/candidates', async (request) => (await hosted.cohort.candidates(request.account)) satisfies ApiResponse<'GET /api/cohort/candidates'>);
  server.get<PersonAttempt>('/api/cohort/candidates/:personId/attempts/:id', async (request) =>
    (await hosted.cohort.attempt(request.account, request.params.personId, request.params.id)) satisfies ApiResponse<'GET /api/cohort/candidates/:personId/attempts/:id'>,
  );
  server.post<PersonAttempt>('/api/cohort/candidates/:personId/attempts/:id/reviews', async (request, reply) =>
    reply.status(201).send((await hosted.cohort.review(request.account, request.params.personId, request.params.id, request.body)) satisfies ApiResponse<'POST /api/cohort/candidates/:personId/attempts/:id/reviews'>),
  );

  server.get<{ Params: { id: string } }>('/api/attempts/:id/reviews', async (request) => {
    const { id } = request.params;
    if (!/^\d{1,15}$/.test(id)) throw new InvalidInputError(`an attempt id is a positive whole number; got "${id}"`);
    // The attempt must be the person's own: another person's id is not in their schema and answers 404.
    const attempt = await hosted.requestApp.attempts.get(Number(id));
    return { reviews: await hosted.cohort.reviewsOf(request.account?.id ?? 0, attempt.id) } satisfies ApiResponse<'GET /api/attempts/:id/reviews'>;
  });
}
