import { count, defineGenerator, z } from './define.js';
import type { Random } from './random.js';

/** Distinct lowercase names whose alphabetical order is unrelated to their creation order. */
function names(random: Random, total: number, prefix: string): string[] {
  const seen = new Set<string>();
  while (seen.size < total) seen.add(`${prefix}${random.int(0, 36 ** 5 - 1).toString(36).padStart(5, '0')}`);
  return random.shuffle([...seen]);
}

/**
 * Edges of a random DAG over nodes 0..n-1 (an edge always goes from a lower to a higher index),
 * starting with a chain through the first `chainLength` nodes: a long path defeats recursive
 * solutions that rely on the call stack.
 */
function dagEdges(random: Random, n: number, edges: number, chainLength: number): [number, number][] {
  const result: [number, number][] = [];
  for (let i = 1; i < Math.min(chainLength, n); i++) result.push([i - 1, i]);
  while (result.length < edges && n > 1) {
    const a = random.int(0, n - 2);
    // Mostly short hops, so paths are long and numerous.
    const b = Math.min(n - 1, a + 1 + (random.chance(0.8) ? random.int(0, 20) : random.int(0, n)));
    result.push([a, b]);
  }
  return result;
}

const chainLength = z.number().int().min(0).max(100_000);

export const GRAPH_GENERATORS = {
  'task-graph': defineGenerator(
    'function',
    z.strictObject({ tasks: count(50_000), deps: count(200_000), chainLength, cycle: z.boolean() }),
    (p, random) => {
      const taskNames = names(random, p.tasks, 't');
      const deps = dagEdges(random, p.tasks, p.deps, p.chainLength).map(([a, b]) => [taskNames[a], taskNames[b]]);
      if (p.cycle) {
        // Close a loop in the middle of the order: everything downstream of it is blocked too.
        const from = Math.floor(p.tasks / 2);
        deps.push([taskNames[from + 3], taskNames[from]], [taskNames[from], taskNames[from + 1]], [taskNames[from + 1], taskNames[from + 3]]);
      }
      return { args: [random.shuffle([...taskNames]), random.shuffle(deps)] };
    },
  ),
  'project-plan': defineGenerator(
    'function',
    z.strictObject({ tasks: count(50_000), deps: count(200_000), chainLength, maxDuration: count(1_000_000) }),
    (p, random) => {
      const taskNames = names(random, p.tasks, 'p');
      const depsOf: string[][] = taskNames.map(() => []);
      for (const [a, b] of dagEdges(random, p.tasks, p.deps, p.chainLength)) {
        const list = depsOf[b] as string[];
        const name = taskNames[a] as string;
        if (!list.includes(name)) list.push(name);
      }
      // Few distinct durations make several paths tie for the longest.
      const durations = Array.from({ length: 5 }, () => random.int(0, p.maxDuration));
      const tasks = taskNames.map((name, i) => ({ name, duration: random.pick(durations), deps: depsOf[i] }));
      return { args: [random.shuffle(tasks)] };
    },
  ),
  'service-graph': defineGenerator(
    'function',
    z.strictObject({ services: count(50_000), edges: count(200_000), chainLength, failed: count(1_000) }),
    (p, random) => {
      const serviceNames = names(random, p.services, 'svc-');
      // A service depends on one of lower index; a few edges (not the chain's) point back, so cycles exist.
      const edges = dagEdges(random, p.services, p.edges, p.chainLength).map(([a, b], i) =>
        i >= p.chainLength - 1 && random.chance(0.02) ? [serviceNames[a], serviceNames[b]] : [serviceNames[b], serviceNames[a]],
      );
      // The chain's root fails, so the blast radius includes the whole chain.
      const failed = [serviceNames[0], ...Array.from({ length: p.failed - 1 }, () => random.pick(serviceNames))];
      return { args: [random.shuffle(edges), failed] };
    },
  ),
};
