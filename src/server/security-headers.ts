import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The Content-Security-Policy the whole app runs under. Everything is served from this origin and the
 * built app has no inline script. React sets `style` props through the CSSOM, which CSP does not
 * govern. The one inline style is CodeMirror's <style> element: rather than 'unsafe-inline', each
 * index.html gets a fresh nonce (see static.ts) that the editor puts on that element
 * (EditorView.cspNonce). `upgrade-insecure-requests` is left out: the server speaks plain HTTP on loopback.
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

/**
 * The headers helmet sets for this configuration. They depend on nothing in the request, so helmet
 * runs once, at start, and every response gets the same set. (@fastify/helmet builds helmet's
 * middleware again on every request, parsing the policy each time: a fifth of a cached list route's
 * cost under load.)
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Plain HTTP on loopback: HSTS would be meaningless or, on a shared hostname, harmful.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  })(undefined as never, recorder, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** Security headers on every response, pages and API alike. No CORS headers are ever sent. */
export function installSecurityHeaders(server: FastifyInstance): void {
  const headers = securityHeaders();
  server.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** The policy as a header value, with a style nonce for the page that carries it. */
export function contentSecurityPolicyHeader(styleNonce?: string): string {
  return Object.entries(CONTENT_SECURITY_POLICY)
    .map(([name, values]) => [name, ...values, ...(name === 'style-src' && styleNonce ? [`'nonce-${styleNonce}'`] : [])].join(' '))
    .join(';');
}
