import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Account, HostedRuntime, PeerView } from '../../app/index.js';
import { UnauthorizedError } from '../../core/errors.js';

/** How often an event stream reads the session row for changes made by any app process. */
export const PEER_POLL_MS = 500;
/** A comment line this often keeps proxies from closing a quiet stream, and carries the server's clock. */
export const PEER_HEARTBEAT_MS = 15_000;

const accountOf = (request: FastifyRequest): Account => {
  if (!request.account) throw new UnauthorizedError('sign in first');
  return request.account;
};
const idOf = (request: FastifyRequest) => Number((request.params as { id: string }).id);

/**
 * Peer mocks (hosted mode only). The state lives in PostgreSQL; GET /api/peer/:id/events streams it as
 * server-sent events by reading the row every PEER_POLL_MS, so a change made through any app process
 * reaches both screens, each event with the server's clock so both show the same timer.
 */
export function peerRoutes(server: FastifyInstance, hosted: HostedRuntime): void {
  const peer = hosted.peer;
  const streams = new Set<() => void>();
  server.addHook('preClose', async () => {
    for (const stop of [...streams]) stop();
  });
  server.get('/api/peer', async (request) => peer.list(accountOf(request)));
  server.post('/api/peer', async (request, reply) => reply.code(201).send(await peer.create(accountOf(request), request.body)));
  server.get('/api/peer/:id', async (request) => peer.get(idOf(request), accountOf(request)));
  server.post('/api/peer/:id/join', async (request) => peer.join(idOf(request), accountOf(request)));
  server.post('/api/peer/:id/start', async (request) => peer.start(idOf(request), accountOf(request)));
  server.post('/api/peer/:id/score', async (request) => peer.score(idOf(request), accountOf(request), request.body));
  server.post('/api/peer/:id/swap', async (request) => peer.swap(idOf(request), accountOf(request)));

  server.get('/api/peer/:id/events', async (request, reply) => {
    const account = accountOf(request);
    const id = idOf(request);
    let last: PeerView = await peer.get(id, account);
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    const send = (view: PeerView) => out.write(`event: state\nid: ${view.version}\ndata: ${JSON.stringify(view)}\n\n`);
    send(last);
    let closed = false;
    let reading = false;
    const poll = setInterval(() => {
      if (reading || closed) return;
      reading = true;
      peer
        .get(id, account)
        .then((view) => {
          if (!closed && view.version !== last.version) send((last = view));
        })
        .catch(() => stop())
        .finally(() => (reading = false));
    }, PEER_POLL_MS);
    const heartbeat = setInterval(() => out.write(`event: heartbeat\ndata: ${JSON.stringify({ now: new Date().toISOString() })}\n\n`), PEER_HEARTBEAT_MS);
    const stop = () => {
      if (closed) return;
      closed = true;
      clearInterval(poll);
      clearInterval(heartbeat);
      streams.delete(stop);
      out.end();
    };
    streams.add(stop);
    request.raw.on('close', stop);
  });
}
