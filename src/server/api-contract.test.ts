import fs from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostedRuntime } from '../app/index.js';
import { installHostedMode } from './hosted.js';
import { peerRoutes } from './routes/peer.js';
import { buildServer } from './server.js';
import { openTestApp } from '../app/testing.js';

/**
 * The contract (src/shared/api.ts) cannot fall behind the server: every route the server registers,
 * local and hosted, has an entry, and every entry is a route the server has.
 */

/** The keys of `interface ApiContract`, read from the source as the compiler parses it. */
function contractRoutes(): string[] {
  const file = new URL('../shared/api.ts', import.meta.url);
  const source = ts.createSourceFile('api.ts', fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const contract = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'ApiContract');
  if (!contract) throw new Error('src/shared/api.ts has no interface ApiContract');
  return contract.members.map((m) => (m.name && ts.isStringLiteral(m.name) ? m.name.text : String(m.name?.getText(source))));
}

/** Every route a server registers, as "METHOD /path" (HEAD routes Fastify adds for GET left out). */
function recordRoutes(server: FastifyInstance): string[] {
  const routes: string[] = [];
  server.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  return routes;
}

/** Routes that answer something other than JSON, or nothing the web reads as data. */
const NOT_JSON = new Set([
  'GET /api/attempts/:id/audio', // the recording itself, with Range support
  'GET /api/mocks/:id/audio/:key', // a mock answer's recording, the same way
  'GET /', // the web app (or a note that it is not built)
  'GET /api/peer/:id/events', // server-sent events (text/event-stream)
]);

/** The fallbacks that answer 404 for anything else. */
const isFallback = (route: string) => route.endsWith(' /api/*') || route.endsWith(' /*');

let local: string[];
let hosted: string[];
let close: () => Promise<void>;
beforeAll(async () => {
  const app = await openTestApp();
  const server = buildServer(app, { webRoot: null });
  local = recordRoutes(server);
  await server.ready();
  // Hosted mode's own routes, registered on a bare server: what is checked here is the table, not the sign-in.
  const bare = Fastify();
  hosted = recordRoutes(bare);
  const runtime = { publicUrl: 'https://tpm.example.com' } as HostedRuntime;
  await installHostedMode(bare, runtime);
  peerRoutes(bare, runtime);
  await bare.ready();
  close = async () => {
    await Promise.all([server.close(), bare.close()]);
    await app.close();
  };
});
afterAll(() => close());

describe('the API contract', () => {
  it('has an entry for every JSON route the server registers, local and hosted', () => {
    const served = [...new Set([...local, ...hosted])].filter((r) => !isFallback(r) && !NOT_JSON.has(r));
    // 84 when this was written: a sudden drop means routes escaped the recording, not that they are typed.
    expect(served.length).toBeGreaterThanOrEqual(84);
    const contract = new Set(contractRoutes());
    expect(served.filter((r) => !contract.has(r)).sort()).toEqual([]);
  });

  it('lists only routes the server has, and types no download as JSON', () => {
    const served = new Set([...local, ...hosted]);
    const contract = contractRoutes();
    expect(contract.filter((r) => !served.has(r))).toEqual([]);
    expect(contract.filter((r) => NOT_JSON.has(r))).toEqual([]);
  });

  it('registers the hosted sign-in, administration, cohort and peer routes', () => {
    expect(hosted.filter((r) => r.includes('/api/')).sort()).toEqual([
      'GET /api/admin/cohorts',
      'GET /api/admin/users',
      'GET /api/attempts/:id/reviews',
      'GET /api/auth/me',
      'GET /api/cohort/candidates',
      'GET /api/cohort/candidates/:personId/attempts/:id',
      'GET /api/peer',
      'GET /api/peer/:id',
      'GET /api/peer/:id/events',
      'POST /api/admin/cohorts',
      'POST /api/admin/users',
      'POST /api/auth/accept',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'POST /api/auth/password',
      'POST /api/cohort/candidates/:personId/attempts/:id/reviews',
      'POST /api/peer',
      'POST /api/peer/:id/join',
      'POST /api/peer/:id/score',
      'POST /api/peer/:id/start',
      'POST /api/peer/:id/swap',
      'PUT /api/admin/users/:id/cohort',
    ]);
  });
});
