import { describe, expect, it } from 'vitest';
import { ContentError } from '../../core/errors.js';
import type { ProblemTest } from '../../content/problems.js';
import { GENERATORS, generateInput } from './registry.js';

type GeneratedTest = Extract<ProblemTest, { type: 'generated' }>;
const test = (generator: string, params: Record<string, unknown>): GeneratedTest => ({
  type: 'generated',
  name: 'big',
  visible: false,
  source: { path: 'content/problems/x/tests.yaml', line: 12 },
  generator,
  params: { seed: 7, ...params },
});

describe('generateInput', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const params = { n: 50, min: -10, max: 10, order: 'random' };
    const first = generateInput(test('int-array', params), 'function');
    expect(generateInput(test('int-array', params), 'function')).toEqual(first);
    expect(generateInput({ ...test('int-array', params), params: { ...params, seed: 8 } }, 'function')).not.toEqual(first);
    const nums = (first as { args: number[][] }).args[0] as number[];
    expect(nums).toHaveLength(50);
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(-10);
    expect(Math.max(...nums)).toBeLessThanOrEqual(10);
  });

  it('builds operation lists for class problems', () => {
    const input = generateInput(test('lru-ops', { capacity: 3, ops: 20, keySpace: 5, getShare: 0.5 }), 'class') as { ops: string[]; args: unknown[][] };
    expect(input.ops).toHaveLength(20);
    expect(input.ops[0]).toBe('LRUCache');
    expect(input.args[0]).toEqual([3]);
    expect(new Set(input.ops.slice(1))).toEqual(new Set(['get', 'put']));
  });

  it('reports an unknown generator at the test line', () => {
    expect(() => generateInput(test('nope', {}), 'function')).toThrow(ContentError);
    expect(() => generateInput(test('nope', {}), 'function')).toThrow(/^content\/problems\/x\/tests.yaml:12: test "big": unknown generator "nope"; the generators are: /);
  });

  it('reports bad parameters and a kind mismatch', () => {
    expect(() => generateInput(test('int-array', { n: 0, min: 0, max: 1, order: 'random' }), 'function')).toThrow(/generator "int-array": n: /);
    expect(() => generateInput(test('int-array', { n: 5, min: 0, max: 1, order: 'random', extra: 1 }), 'function')).toThrow(/int-array/);
    expect(() => generateInput(test('lru-ops', { capacity: 3, ops: 20, keySpace: 5, getShare: 0.5 }), 'function')).toThrow(
      'generator "lru-ops" makes class inputs, but this is a function problem',
    );
  });

  it('has a generator for every kind of large input the problems need', () => {
    expect(Object.keys(GENERATORS).length).toBeGreaterThanOrEqual(15);
  });
});
