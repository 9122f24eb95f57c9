import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every import edge (type imports too) between the non-test modules under `dir`. */
function importGraph(dir: string): Map<string, string[]> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].map((m) => path.normalize(path.join(path.dirname(file), `${m[1]}.ts`)));
    graph.set(path.normalize(file), targets.filter((t) => files.includes(t)));
  }
  return graph;
}

/** The cycles found by a depth-first walk, each as the files in order. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('src/app imports', () => {
  it('form no cycles (type imports included)', () => {
    expect(cyclesOf(importGraph(import.meta.dirname))).toEqual([]);
  });
});
