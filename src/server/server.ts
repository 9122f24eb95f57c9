import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import type { App } from '../app/index.js';
import { errorHandler, sendError } from './errors.js';
import { registerRoutes } from './routes/index.js';
import { serveWebApp } from './static.js';

/** Request bodies above this size are refused with 413. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface ServerOptions {
  /** The built web app; defaults to web/dist in the package. Null serves the API only. */
  webRoot?: string | null;
  logger?: boolean;
}

export function defaultWebRoot(): string {
  return path.resolve(fileURLToPath(import.meta.url), '../../../web/dist');
}

export function buildServer(app: App, options: ServerOptions = {}): FastifyInstance {
  const server = Fastify({ bodyLimit: BODY_LIMIT_BYTES, logger: options.logger ?? false, forceCloseConnections: true });
  server.setErrorHandler(errorHandler(BODY_LIMIT_BYTES));
  registerRoutes(server, app);
  server.all('/api/*', (request, reply) =>
    sendError(reply, 404, 'not_found', `no API route ${request.method} ${request.url.split('?')[0]}`),
  );
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    serveWebApp(server, webRoot);
  } else {
    server.get('/', (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build`, then reload.'),
    );
  }
  server.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `nothing at ${request.method} ${request.url.split('?')[0]}`),
  );
  return server;
}
