// A small round-robin reverse proxy for `npm run bench:hosted`, standing in for the load balancer in
// front of the app servers. A backend that refuses connections is skipped (the request was never
// received, so it is safe to send to the next one), and a GET whose connection a dying backend resets
// goes to the next one too; a write to a backend that dies mid-request answers 502.
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
  /** When the proxy received the request, on performance.now()'s clock. */
  startedAt: number;
  status: number;
  /** For a failed request: the error code and message the server answered, or why the proxy could not reach it. */
  cause?: string;
}

/** The `{ error: { code, message } }` body of an API error, shortened to one line. */
export function causeOf(body: string): string {
  try {
    const { error } = JSON.parse(body) as { error?: { code?: string; message?: string } };
    if (error) return `${error.code ?? '?'}: ${error.message ?? ''}`.slice(0, 160);
  } catch {
    // not JSON: show the start of it
  }
  return body.replace(/\s+/g, ' ').slice(0, 160);
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
      let recorded = false;
      const record = (status: number, cause?: string) => {
        if (recorded) return;
        recorded = true;
        samples.push({ kind: kindOf(req.method ?? 'GET', req.url ?? '/'), ms: performance.now() - started, startedAt: started, status, ...(cause !== undefined && { cause }) });
      };
      // The client hung up first: autocannon's timeout, or the end of the run with requests in flight.
      res.on('close', () => record(0, 'the client hung up before the answer: the run ended, or its 10 s timeout passed'));
      // Each request starts at the next backend and, refused, goes on to the ones after it: a shared
      // counter would hand a retry whatever backend the requests in between left it at, the dead one included.
      const first = next++;
      const attempt = (tries: number) => {
        const port = backends[(first + tries - 1) % backends.length];
        const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host }, agent }, (answer) => {
          const status = answer.statusCode ?? 502;
          res.writeHead(status, answer.headers);
          answer.pipe(res);
          const failed: Buffer[] = [];
          if (status >= 400) answer.on('data', (chunk: Buffer) => failed.push(chunk));
          answer.on('end', () => record(status, status >= 400 ? causeOf(Buffer.concat(failed).toString()) : undefined));
          answer.on('error', () => {
            record(502, `proxy: the app on port ${port} died mid-answer`);
            res.destroy();
          });
        });
        upstream.on('error', (error: NodeJS.ErrnoException) => {
          // Refused: the backend never saw the request, so any request goes to the next one. Reset before
          // any answer: the backend died, maybe after doing the work, so only a read is sent again (as
          // nginx does by default); a write is not, so it cannot be done twice.
          const retry = error.code === 'ECONNREFUSED' || (error.code === 'ECONNRESET' && req.method === 'GET' && !res.headersSent);
          if (retry && tries < backends.length) return attempt(tries + 1);
          if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'bad_gateway', message: error.message } }));
          else res.destroy();
          record(502, `proxy: ${error.code ?? error.message} from the app on port ${port}`);
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
