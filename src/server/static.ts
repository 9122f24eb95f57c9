import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.js';
import { contentSecurityPolicyHeader } from './security-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  immutable: boolean;
}

/** The saved theme, when the server can tell whose page it serves (not in hosted mode: one page, many people). */
export type ThemeSource = () => Promise<string>;

/** Only these become an attribute on <html>; "system" leaves the page to prefers-color-scheme. */
const FIXED_THEMES = new Set(['light', 'dark']);

/**
 * Serves the built web app from memory; any other non-API path gets index.html (client routing).
 * index.html names the saved theme on <html data-theme>, so the first paint is already in it.
 */
export function serveWebApp(server: FastifyInstance, webRoot: string, themeOf?: ThemeSource): void {
  const files = new Map<string, StaticFile>();
  const load = (urlPath: string): StaticFile | undefined => {
    const cached = files.get(urlPath);
    if (cached) return cached;
    const full = path.join(webRoot, path.normalize(urlPath).replace(/^([/\\])+/, ''));
    if (!full.startsWith(webRoot + path.sep) || !fs.existsSync(full) || !fs.statSync(full).isFile()) return undefined;
    const body = fs.readFileSync(full);
    const type = TYPES[path.extname(full)] ?? 'application/octet-stream';
    const compressible = type.startsWith('text/') || type.includes('json') || type.includes('svg');
    const file: StaticFile = {
      body,
      gzip: compressible && body.length > 1024 ? zlib.gzipSync(body) : undefined,
      type,
      immutable: urlPath.startsWith('/assets/'),
    };
    files.set(urlPath, file);
    return file;
  };

  const send = async (request: FastifyRequest, reply: FastifyReply, file: StaticFile) => {
    if (file === load('/index.html')) return sendPage(reply, file, themeOf ? await themeOf().catch(() => undefined) : undefined);
    reply.header('content-type', file.type);
    reply.header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    reply.header('vary', 'accept-encoding');
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (file.gzip && /\bgzip\b/.test(accepts)) {
      reply.header('content-encoding', 'gzip');
      return reply.send(file.gzip);
    }
    return reply.send(file.body);
  };

  /** index.html carries a fresh style nonce, in its CSP header and in a meta tag the code editor reads. */
  const sendPage = (reply: FastifyReply, file: StaticFile, theme: string | undefined) => {
    const nonce = crypto.randomBytes(16).toString('base64');
    const meta = `<meta name="csp-nonce" content="${nonce}" />`;
    const text = file.body.toString('utf8');
    const page = theme && FIXED_THEMES.has(theme) ? text.replace(/<html\b/i, `<html data-theme="${theme}"`) : text;
    const html = page.includes('<head>') ? page.replace('<head>', `<head>\n    ${meta}`) : page.replace(/^(<!doctype html>)?/i, `$1${meta}`);
    reply.header('content-security-policy', contentSecurityPolicyHeader(nonce));
    reply.header('cache-control', 'no-cache');
    return reply.type(file.type).send(html);
  };

  server.get('/*', async (request, reply) => {
    const urlPath = decodedPath(request.url);
    if (urlPath === undefined) {
      return sendError(reply, 400, 'bad_url', 'the address has a malformed percent-escape (like %E0%A4); encode the path with encodeURIComponent');
    }
    const file = (urlPath !== '/' && load(urlPath)) || (path.extname(urlPath) === '' ? load('/index.html') : undefined);
    if (!file) {
      return reply.status(404).type('text/plain; charset=utf-8').send(`Not found: ${urlPath}`);
    }
    return send(request, reply, file);
  });
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
}
