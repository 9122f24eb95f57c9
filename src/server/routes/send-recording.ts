import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Sends a kept recording; the audio element seeks with Range requests, so a byte range is honoured. */
export function sendRecording(request: FastifyRequest, reply: FastifyReply, recording: { file: string; mime: string }): FastifyReply {
  const size = fs.statSync(recording.file).size;
  void reply.header('accept-ranges', 'bytes').header('cache-control', 'private, max-age=0').type(recording.mime);
  const range = /^bytes=(\d*)-(\d*)$/.exec(String(request.headers.range ?? ''));
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) return reply.status(416).header('content-range', `bytes */${size}`).send();
    return reply
      .status(206)
      .header('content-range', `bytes ${start}-${end}/${size}`)
      .header('content-length', end - start + 1)
      .send(fs.createReadStream(recording.file, { start, end }));
  }
  return reply.header('content-length', size).send(fs.createReadStream(recording.file));
}
