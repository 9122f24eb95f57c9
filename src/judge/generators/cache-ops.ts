import { count, defineGenerator, z } from './define.js';
import type { Random } from './random.js';

/** Operation lists for the class problems (LeetCode style: first the constructor, then calls). */
function operations(constructorName: string, constructorArgs: unknown[]) {
  const ops: string[] = [constructorName];
  const args: unknown[][] = [constructorArgs];
  return { ops, args, add: (op: string, callArgs: unknown[]) => (ops.push(op), args.push(callArgs)) };
}

const share = z.number().min(0).max(1);

/** Moves a clock forward by 0..maxStep, with an occasional long jump. */
function clock(random: Random, maxStep: number, jumpShare: number, jump: number) {
  let now = random.int(0, 1_000);
  return () => (now += random.chance(jumpShare) ? random.int(0, jump) : random.int(0, maxStep));
}

export const CACHE_GENERATORS = {
  'lru-ops': defineGenerator(
    'class',
    z.strictObject({ capacity: count(100_000), ops: count(200_000), keySpace: count(1_000_000), getShare: share }),
    (p, random) => {
      const list = operations('LRUCache', [p.capacity]);
      for (let i = 1; i < p.ops; i++) {
        const key = random.int(0, p.keySpace - 1);
        if (random.chance(p.getShare)) list.add('get', [key]);
        else list.add('put', [key, random.int(0, 1_000_000_000)]);
      }
      return { ops: list.ops, args: list.args };
    },
  ),
  'ttl-ops': defineGenerator(
    'class',
    z.strictObject({ ttlMs: count(1_000_000_000), ops: count(200_000), keySpace: count(1_000_000), maxStepMs: count(1_000_000), getShare: share, sizeShare: share }),
    (p, random) => {
      const list = operations('TTLCache', [p.ttlMs]);
      const tick = clock(random, p.maxStepMs, 0, 0);
      for (let i = 1; i < p.ops; i++) {
        const now = tick();
        const key = `k${random.int(0, p.keySpace - 1)}`;
        const roll = random.next();
        if (roll < p.sizeShare) list.add('size', [now]);
        else if (roll < p.sizeShare + p.getShare) list.add('get', [key, now]);
        else list.add('set', [key, random.int(0, 1_000_000), now]);
      }
      return { ops: list.ops, args: list.args };
    },
  ),
  'rate-limiter-ops': defineGenerator(
    'class',
    z.strictObject({
      capacity: count(1_000_000_000),
      refillEveryMs: count(1_000_000_000),
      ops: count(200_000),
      clients: count(100_000),
      maxStepMs: count(1_000_000),
      jumpShare: share,
      jumpMs: count(1_000_000_000),
    }),
    (p, random) => {
      const list = operations('RateLimiter', [p.capacity, p.refillEveryMs]);
      const tick = clock(random, p.maxStepMs, p.jumpShare, p.jumpMs);
      for (let i = 1; i < p.ops; i++) list.add('allow', [`client-${random.int(1, p.clients)}`, tick()]);
      return { ops: list.ops, args: list.args };
    },
  ),
  'latency-ops': defineGenerator(
    'class',
    z.strictObject({ ops: count(200_000), medianShare: share, maxMs: count(1_000_000) }),
    (p, random) => {
      const list = operations('LatencyTracker', []);
      for (let i = 1; i < p.ops; i++) {
        if (random.chance(p.medianShare)) list.add('median', []);
        else list.add('record', [random.chance(0.05) ? random.int(0, p.maxMs) : random.int(0, Math.ceil(p.maxMs / 20))]);
      }
      return { ops: list.ops, args: list.args };
    },
  ),
  'hash-ring-ops': defineGenerator(
    'class',
    z.strictObject({ replicas: count(200), initialNodes: count(1_000), lookups: count(200_000), changes: count(1_000), keySpace: count(10_000_000) }),
    (p, random) => {
      const list = operations('HashRing', [p.replicas]);
      let nextNode = 0;
      const live: string[] = [];
      const addNode = () => {
        const node = `cache-${nextNode++}`;
        live.push(node);
        list.add('addNode', [node]);
      };
      for (let i = 0; i < p.initialNodes; i++) addNode();
      const changeAt = new Set(Array.from({ length: p.changes }, () => random.int(0, p.lookups - 1)));
      for (let i = 0; i < p.lookups; i++) {
        if (changeAt.has(i)) {
          if (live.length > 1 && random.chance(0.5)) {
            const [node] = live.splice(random.int(0, live.length - 1), 1);
            list.add('removeNode', [node]);
          } else addNode();
        }
        list.add('getNode', [`user:${random.int(0, p.keySpace - 1)}`]);
      }
      return { ops: list.ops, args: list.args };
    },
  ),
};
