import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import type { App } from '../app/index.js';
import { errorHandler, sendError, sendFrameworkError, writeClientError } from './errors.js';
import { hostAllowList } from './host-allow-list.js';
import { installRequestGuard } from './request-guard.js';
import { installHostedMode, type HostedRuntime } from './hosted.js';
import { registerRoutes } from './routes/index.js';
import { peerRoutes } from './routes/peer.js';
import { installSecurityHeaders } from './security-headers.js';
import { installCompression } from './compression.js';
import { serveWebApp } from './static.js';

/** Request bodies above this size are refused with 413. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface ServerOptions {
  /** The built web app; defaults to web/dist in the package. Null serves the API only. */
  webRoot?: string | null;
  logger?: boolean;
  /** The configured HOST; loopback names are always answered. */
  host?: string;
  /** Hosted mode: accounts, one app per person, and the public URL whose host is answered too. */
  hosted?: HostedRuntime;
  /**
   * The port Host headers must name. Defaults to the port the server listens on, and to 80 before it
   * listens, which is what `fastify.inject()` sends (Host: localhost:80).
   */
  port?: number;
}

export function defaultWebRoot(): string {
  return path.resolve(fileURLToPath(import.meta.url), '../../../web/dist');
}

export function buildServer(app: App, options: ServerOptions = {}): FastifyInstance {
  const server = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: options.logger ?? false,
    forceCloseConnections: true,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: writeClientError,
  });
  server.setErrorHandler(errorHandler(BODY_LIMIT_BYTES));
  let port: number | undefined;
  const listeningPort = () => {
    if (port !== undefined) return port;
    const address = server.server.address();
    if (typeof address === 'object' && address) port = address.port;
    return port;
  };
  installSecurityHeaders(server);
  installCompression(server);
  // After the security headers' hook, so that refusals carry them too.
  server.after(() => installRequestGuard(server, { hosts: hostAllowList(options.host, options.hosted?.publicUrl), port: () => options.port ?? listeningPort() ?? 80 }));
  // Routes go in after the plugins above have loaded, so that compression's per-route hooks reach them.
  void server.register(async (scope) => {
    if (options.hosted) await installHostedMode(scope, options.hosted);
    registerRoutes(scope, options.hosted ? options.hosted.requestApp : app);
    if (options.hosted) peerRoutes(scope, options.hosted);
    scope.all('/api/*', (request, reply) =>
      sendError(reply, 404, 'not_found', `no API route ${request.method} ${request.url.split('?')[0]}`),
    );
    const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
    if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
      serveWebApp(scope, webRoot, options.hosted ? undefined : () => app.settings.theme());
    } else {
      scope.get('/', (_request, reply) =>
        reply.type('text/plain; charset=utf-8').send('The web app is not built yet: run `npm run build`, then reload.'),
      );
    }
  });
  server.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `nothing at ${request.method} ${request.url.split('?')[0]}`),
  );
  return server;
}
