import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy the whole app runs under. Everything is served from this origin and the
 * built app has no inline script or style: CodeMirror's styles go in through constructable style
 * sheets (adoptedStyleSheets), and React sets `style` props through the CSSOM, neither of which CSP
 * governs, so 'unsafe-inline' is needed nowhere. `upgrade-insecure-requests` is left out: the server
 * speaks plain HTTP on loopback.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/** Security headers on every response, pages and API alike. No CORS headers are ever sent. */
export function installSecurityHeaders(server: FastifyInstance): void {
  void server.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Plain HTTP on loopback: HSTS would be meaningless or, on a shared hostname, harmful.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}
