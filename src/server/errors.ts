import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { TpmprepError, type ErrorCode } from '../core/errors.js';

const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  limit_exceeded: 413,
  invalid_content: 500,
  unavailable: 503,
  storage: 503,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  internal: 500,
};

/** Fastify's own errors that a client can cause, with the message a person needs. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: (limit: number) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: (limit) => `the request body is larger than the limit of ${limit} bytes; send less`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: () => 'send the body as JSON with the header content-type: application/json',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: () => 'the body is empty; send a JSON object',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: () => 'the body is not valid JSON',
  },
};

export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ error: { code, message } });
}

export function errorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof TpmprepError) {
      const status = STATUS_OF[error.code];
      if (status >= 500) request.log.error(error);
      return sendError(reply, status, error.code, error.message);
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return sendError(reply, known.status, known.code, known.message(request.routeOptions.bodyLimit ?? bodyLimit));
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return sendError(reply, 400, 'invalid_json', `the body is not valid JSON: ${error.message}`);
    }
    request.log.error(error);
    return sendError(reply, 500, 'internal', 'something went wrong on the server; the log has the details');
  };
}

/** Fastify's errors raised before routing (a bad URL escape, say), in the one error shape. */
export function sendFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendError(reply, 400, 'bad_url', 'the address has a malformed percent-escape (like %E0%A4); encode the path with encodeURIComponent');
  }
  return sendError(reply, 400, 'bad_request', error.message);
}

/** Requests Node cannot even parse as HTTP get a plain 400 in the one error shape, then the socket is closed. */
export function writeClientError(_error: Error, socket: import('node:net').Socket) {
  const body = JSON.stringify({ error: { code: 'bad_request', message: 'the request is not valid HTTP' } });
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
