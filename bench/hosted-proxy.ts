// A small round-robin reverse proxy for `npm run bench:hosted`, standing in for the load balancer in
// front of the app servers. A backend that refuses connections is skipped (the request was never
// received, so it is safe to send to the next one); a backend that dies mid-request answers 502.
// It also times every request by kind, which is what the bench reports.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RequestKind = 'sign-in' | 'read' | 'attempt' | 'coach' | 'submission' | 'other';

export function kindOf(method: string, url: string): RequestKind {
  if (method === 'POST' && url.startsWith('/api/auth/login')) return 'sign-in';
  if (method === 'POST' && url.startsWith('/api/attempts')) return 'attempt';
  if (method === 'POST' && url.startsWith('/api/coach')) return 'coach';
  if (method === 'POST' && url.startsWith('/api/submissions')) return 'submission';
  if (method === 'GET') return 'read';
  return 'other';
}

export interface Sample {
  kind: RequestKind;
  ms: number;
  status: number;
}

export interface Proxy {
  url: string;
  samples: Sample[];
  close(): Promise<void>;
}

/** `host` is sent to the backends as the Host header, as a reverse proxy passes the public name on. */
export async function startProxy(backends: number[], host: string): Promise<Proxy> {
  const samples: Sample[] = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const record = (status: number) => samples.push({ kind: kindOf(req.method ?? 'GET', req.url ?? '/'), ms: performance.now() - started, status });
      const attempt = (tries: number) => {
        const port = backends[next++ % backends.length];
        const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host }, agent }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => record(answer.statusCode ?? 502));
          answer.on('error', () => res.destroy());
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED' && tries < backends.length) return attempt(tries + 1);
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'bad_gateway', message: error.message } }));
          else res.destroy();
          record(502);
        });
        upstream.end(body);
      };
      attempt(1);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    samples,
    close: () => new Promise((resolve) => {
      agent.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
