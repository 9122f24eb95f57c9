import type { FastifyInstance } from 'fastify';
import type { App } from '../../app/index.js';
import type { ApiResponse } from '../../shared/api.js';

/** An import carries the whole history: far more than an ordinary request's 256 KB. */
export const IMPORT_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The person's data: export, import, backups. Restore is CLI only: it replaces the database file,
 * which cannot happen while this server holds it open.
 */
export function dataRoutes(server: FastifyInstance, app: App): void {
  server.get('/api/export', async (_request, reply) => {
    const document = (await app.data.export()) satisfies ApiResponse<'GET /api/export'>;
    return reply
      .header('content-disposition', `attachment; filename="tpmprep-export-${document.exportedAt.slice(0, 10)}.json"`)
      .send(document);
  });
  server.post<{ Querystring: { replace?: string } }>('/api/import', { bodyLimit: IMPORT_BODY_LIMIT_BYTES }, async (request) =>
    (await app.data.import(request.body, { replace: request.query.replace === 'true' })) satisfies ApiResponse<'POST /api/import'>,
  );
  server.get('/api/backups', async () => ({ backups: app.backups.list() }) satisfies ApiResponse<'GET /api/backups'>);
  server.post('/api/backups', async (_request, reply) => reply.status(201).send((await app.backups.create()) satisfies ApiResponse<'POST /api/backups'>));
}
