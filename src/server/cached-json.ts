import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Distinct addresses (filters, searches) a route keeps; past this the cache starts afresh. */
export const CACHED_RESPONSES_MAX = 200;

interface Entry {
  version: string;
  json: Buffer;
  gzip: Buffer;
}

/**
 * For list routes whose answer depends only on the data and the address: the JSON, and its gzip, are
 * made once per data version and sent as they are until something is written. Lists are read far
 * more often than they change, and serializing and compressing them is most of their cost.
 *
 * @example server.get('/api/questions', cachedJson(app.db.dataVersion, async (req) => ({ questions: ... })))
 */
export function cachedJson(dataVersion: (() => string) | undefined, compute: (request: FastifyRequest) => Promise<unknown>) {
  const entries = new Map<string, Entry>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!dataVersion) return compute(request);
    const version = dataVersion();
    let entry = entries.get(request.url);
    if (entry?.version !== version) {
      const json = Buffer.from(JSON.stringify(await compute(request)));
      entry = { version, json, gzip: zlib.gzipSync(json) };
      if (entries.size >= CACHED_RESPONSES_MAX) entries.clear();
      entries.set(request.url, entry);
    }
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(entry.gzip);
    }
    return reply.send(entry.json);
  };
}
