// `npm run bench:load`: HTTP load on loopback with autocannon, against the real `tpmprep serve` and a
// bare Fastify started in the same run, so the ratios compare like with like on a shared machine.
// Bounded: every run lasts RUN_SECONDS (default 4, at most 30), so the whole bench takes about a minute.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PACKAGE_ROOT } from '../src/cli/run-cli.js';

const RUN_SECONDS = Math.min(30, Math.max(1, Number(process.env.BENCH_SECONDS ?? 4) || 4));
const LIST_ROUTES = ['/api/questions', '/api/problems', '/api/exercises', '/api/stories', '/api/mocks'];
const TARGETS = { listRatioAt10: 0.25, listP99At100Ms: 50, coachP99At10Ms: 200 };

const BARE_SERVER = `
import Fastify from 'fastify';
const server = Fastify();
server.get('/', async () => ({ hello: 'world' }));
// The same number of bytes as a route sends: what moving that body costs, with no work behind it.
// Random, like gzip's output: autocannon's client reads a body of repeated bytes about 4 times faster.
import crypto from 'node:crypto';
const bodies = new Map();
server.get('/bytes/:n', async (request, reply) => {
  const n = Number(request.params.n);
  if (!bodies.has(n)) bodies.set(n, crypto.randomBytes(n));
  return reply.type('application/octet-stream').send(bodies.get(n));
});
await server.listen({ port: 0, host: '127.0.0.1' });
console.log('running at http://127.0.0.1:' + server.server.address().port);
`;

function start(args: string[], env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1].replace('localhost', '127.0.0.1'), child });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${output}`)));
  });
}

/** The length of a route's body as sent, gzip included (fetch would decompress it). */
function rawLength(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let length = 0;
        response.on('data', (chunk: Buffer) => (length += chunk.length));
        response.on('end', () => resolve(length));
      })
      .on('error', reject);
  });
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

async function load(url: string, connections: number, options: { method?: 'POST'; body?: string } = {}): Promise<Load> {
  const result = await autocannon({
    url,
    connections,
    // autocannon ignores `duration` when `amount` is set, so time is the only bound.
    duration: RUN_SECONDS,
    method: options.method ?? 'GET',
    body: options.body,
    headers: { 'accept-encoding': 'gzip', ...(options.body ? { 'content-type': 'application/json' } : {}) },
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-load-'));
const bare = await start(['--input-type=module', '-e', BARE_SERVER], {});
const app = await start(['bin/tpmprep.js', 'serve', '--port', '0'], { TPMPREP_HOME: home });
try {
  // A few stories, so the story list has something to list.
  for (let i = 1; i <= 8; i += 1) {
    const story = { title: `Story ${i}`, situation: 'Our team was two weeks from launch.', task: 'I had to decide.', action: 'I ran a spike.', result: 'We shipped; p95 fell 30%.', competencies: ['conflict'] };
    await fetch(`${app.url}/api/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(story) });
  }
  const sizes = await Promise.all(
    LIST_ROUTES.map(async (route) => {
      const response = await fetch(`${app.url}${route}`, { headers: { 'accept-encoding': 'gzip' } });
      const body = Buffer.from(await response.arrayBuffer());
      // fetch decompresses: the bytes on the wire are the route's own gzip, measured apart.
      const sent = await rawLength(`${app.url}${route}`);
      return { route, bytes: body.length, gzipBytes: sent };
    }),
  );

  process.stderr.write(`load runs of ${RUN_SECONDS} s each…\n`);
  const bare10 = await load(bare.url, 10);
  const bare100 = await load(bare.url, 100);
  const rows: string[][] = [['route', 'size', 'gzip', 'req/s @10', 'of bare', 'of bare, same bytes', 'p99 @10', 'req/s @100', 'p99 @100', 'errors']];
  rows.push(['bare Fastify GET /', '', '', bare10.rps.toFixed(0), '100%', '', `${bare10.p99} ms`, bare100.rps.toFixed(0), `${bare100.p99} ms`, String(bare10.errors + bare100.errors)]);
  let pass = true;
  for (const { route, bytes, gzipBytes } of sizes) {
    const at10 = await load(`${app.url}${route}`, 10);
    const at100 = await load(`${app.url}${route}`, 100);
    const sameBytes = await load(`${bare.url}/bytes/${gzipBytes}`, 10);
    const ratio = at10.rps / bare10.rps;
    pass &&= ratio >= TARGETS.listRatioAt10 && at100.p99 < TARGETS.listP99At100Ms && at10.errors + at100.errors === 0;
    rows.push([
      `GET ${route}`,
      `${(bytes / 1024).toFixed(1)} KB`,
      `${(gzipBytes / 1024).toFixed(1)} KB`,
      at10.rps.toFixed(0),
      `${(ratio * 100).toFixed(1)}%`,
      `${((at10.rps / sameBytes.rps) * 100).toFixed(1)}%`,
      `${at10.p99} ms`,
      at100.rps.toFixed(0),
      `${at100.p99} ms`,
      String(at10.errors + at100.errors),
    ]);
  }
  const answer = 'I led the migration of our checkout to a new payment provider. As a result, failed payments fell 18% in the first month and we saved $40,000 a year.';
  const coach = await load(`${app.url}/api/coach`, 10, { method: 'POST', body: JSON.stringify({ text: answer, type: 'behavioral' }) });
  pass &&= coach.p99 < TARGETS.coachP99At10Ms && coach.errors === 0;
  rows.push(['POST /api/coach', '', '', coach.rps.toFixed(0), `${((coach.rps / bare10.rps) * 100).toFixed(1)}%`, '', `${coach.p99} ms`, '', '', String(coach.errors)]);

  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(
    `\ntargets: list routes >= ${TARGETS.listRatioAt10 * 100}% of bare Fastify at 10 connections, p99 < ${TARGETS.listP99At100Ms} ms at 100; ` +
      `POST /api/coach p99 < ${TARGETS.coachP99At10Ms} ms at 10: ${pass ? 'met' : 'NOT met'}\n` +
      `"of bare, same bytes": against bare Fastify sending a body as long as the route's gzip, so the cost of the bytes themselves shows apart from the route's work.`,
  );
} finally {
  bare.child.kill('SIGTERM');
  app.child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  fs.rmSync(home, { recursive: true, force: true });
}
