import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';
import type { HostAllowList } from './host-allow-list.js';
import { AUDIO_UPLOAD_PATH } from './routes/speech.js';

/**
 * Any web page the person visits can send requests to 127.0.0.1, so every request passes three checks
 * before a route sees it:
 * 1. the Host header names this server (421 otherwise), against DNS rebinding;
 * 2. a write (any method but GET and HEAD) comes from this server's own pages: a foreign or `null`
 *    Origin, or Sec-Fetch-Site other than same-origin or none, is refused with 403;
 * 3. an API write carries JSON or no body at all (415 otherwise). A page on another origin can only
 *    send form-encoded, multipart or text/plain bodies without a CORS preflight, and no CORS headers are
 *    ever sent, so a preflighted request never gets permission. The one exception is a recording sent
 *    to AUDIO_UPLOAD_PATH as audio/*: like JSON, that type needs a preflight from another origin.
 * Clients outside a browser (the CLI, curl) send neither Origin nor Sec-Fetch-Site and pass check 2.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

export interface RequestGuardOptions {
  hosts: HostAllowList;
  /** The port the Host header must carry. */
  port: () => number;
}

export function installRequestGuard(server: FastifyInstance, { hosts, port }: RequestGuardOptions): void {
  server.addHook('onRequest', async (request, reply) => {
    const expectedPort = port();
    if (!hosts.allows(request.headers.host, expectedPort)) {
      return sendError(
        reply,
        421,
        'misdirected_request',
        `this server answers only for ${hosts.hostnames.map((h) => `${h}:${expectedPort}`).join(', ')}; open it at http://localhost:${expectedPort}`,
      );
    }
    if (SAFE_METHODS.has(request.method)) return;
    const refusal = crossOriginRefusal(request, hosts, expectedPort);
    if (refusal) return sendError(reply, 403, 'cross_origin', refusal);
    if (request.url.startsWith('/api/') && !carriesJsonOrNothing(request) && !isAudioUpload(request)) {
      return sendError(reply, 415, 'unsupported_media_type', 'send the body as JSON with the header content-type: application/json');
    }
  });
}

function crossOriginRefusal(request: FastifyRequest, hosts: HostAllowList, port: number): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, hosts, port)) {
    return `a page at ${origin} may not change data here; only tpmprep's own pages can write`;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && !OWN_FETCH_SITES.has(String(site))) {
    return `a request from another site (sec-fetch-site: ${site}) may not change data here; only tpmprep's own pages can write`;
  }
  return undefined;
}

function isOwnOrigin(origin: string, hosts: HostAllowList, port: number): boolean {
  if (hosts.publicOrigin !== undefined && origin.toLowerCase() === hosts.publicOrigin) return true;
  const match = /^http:\/\/([^/]+)$/.exec(origin.toLowerCase());
  return match !== null && hosts.allows(match[1], port);
}

function carriesJsonOrNothing(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  if (type !== undefined) return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
  const length = request.headers['content-length'];
  const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  return !hasBody;
}

function isAudioUpload(request: FastifyRequest): boolean {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
  return request.url.split('?')[0] === AUDIO_UPLOAD_PATH && type.startsWith('audio/');
}
