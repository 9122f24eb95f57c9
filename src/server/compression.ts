import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Responses smaller than this go out as they are: compressing them costs more than it saves. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * gzip (or deflate) for JSON and text responses above the threshold. Brotli is left out: at the
 * quality that makes it smaller than gzip it costs several times the CPU per response, and every
 * response here is computed per request. The built web app is compressed once, when first read (see
 * static.ts); this plugin leaves a response that already has a content-encoding alone.
 */
export function installCompression(server: FastifyInstance): void {
  void server.register(compress, {
    global: true,
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['gzip', 'deflate'],
  });
}
