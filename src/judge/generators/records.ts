import { count, defineGenerator, z } from './define.js';
import type { Random } from './random.js';

const share = z.number().min(0).max(1);

function pagePaths(random: Random, total: number): string[] {
  const sections = ['home', 'search', 'product', 'cart', 'checkout', 'account', 'help', 'blog'];
  const paths = new Set<string>();
  while (paths.size < total) paths.add(`/${random.pick(sections)}/${random.int(0, 36 ** 4).toString(36)}`);
  return [...paths];
}

/** Skewed popularity: a few pages get most of the traffic, as in real logs. */
function popular<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * random.next() ** 3)] as T;
}

export const RECORD_GENERATORS = {
  'page-load-samples': defineGenerator(
    'function',
    z.strictObject({ samples: count(200_000), pages: count(5_000), oneSidedShare: share }),
    (p, random) => {
      const pages = pagePaths(random, p.pages).map((page) => ({
        page,
        baseMs: random.int(150, 3_000),
        speedup: 0.5 + random.next() * 0.8,
        only: random.chance(p.oneSidedShare) ? random.pick(['before', 'after']) : undefined,
      }));
      const samples = Array.from({ length: p.samples }, () => {
        const page = popular(random, pages);
        const phase = page.only ?? random.pick(['before', 'after']);
        const factor = phase === 'after' ? page.speedup : 1;
        return { page: page.page, phase, ms: Math.round(page.baseMs * factor * (0.4 + 4 * random.next() ** 4)) };
      });
      return { args: [samples] };
    },
  ),
  'page-views': defineGenerator(
    'function',
    z.strictObject({ views: count(200_000), pages: count(100_000), k: count(100_000) }),
    (p, random) => {
      const pages = pagePaths(random, p.pages);
      return { args: [Array.from({ length: p.views }, () => popular(random, pages)), p.k] };
    },
  ),
  'access-log': defineGenerator(
    'function',
    z.strictObject({ lines: count(200_000), endpoints: count(50_000), errorShare: share, malformedShare: share, minRequests: count(1_000) }),
    (p, random) => {
      const methods = ['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE'];
      const endpoints = pagePaths(random, p.endpoints).map((path) => ({ method: random.pick(methods), path: `/api${path}`, failure: random.next() * p.errorShare * 2 }));
      const broken = ['', 'GET', 'GET /api/x 200', 'GET /api/x 2OO 12ms', 'GET api/x 500 3ms', 'get /api/x 500 3ms', 'GET /api/x 500 12', 'GET /api/x 700 12ms'];
      let time = Date.UTC(2024, 4, 1) / 1000;
      const lines = Array.from({ length: p.lines }, () => {
        time += random.int(0, 2);
        const stamp = new Date(time * 1000).toISOString().replace('.000', '');
        if (random.chance(p.malformedShare)) return `${stamp} ${random.pick(broken)}`.trim();
        const e = popular(random, endpoints);
        const query = random.chance(0.3) ? `?id=${random.int(1, 9_999)}` : '';
        const status = random.chance(e.failure) ? random.pick([500, 502, 503, 504]) : random.pick([200, 200, 201, 204, 301, 400, 404, 429]);
        return `${stamp} ${e.method} ${e.path}${query} ${status} ${random.int(1, 5_000)}ms`;
      });
      return { args: [lines, p.minRequests] };
    },
  ),
  'event-stream': defineGenerator(
    'function',
    z.strictObject({ events: count(200_000), ids: count(200_000), windowMs: count(1_000_000_000), maxStepMs: count(1_000_000) }),
    (p, random) => {
      let now = random.int(0, 1_000);
      const events = Array.from({ length: p.events }, () => {
        now += random.int(0, p.maxStepMs);
        return [`evt-${random.int(1, p.ids).toString(36)}`, now];
      });
      return { args: [events, p.windowMs] };
    },
  ),
};
