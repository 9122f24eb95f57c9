import { count, defineGenerator, z } from './define.js';

const value = z.number().int().min(-1_000_000_000).max(1_000_000_000);

export const NUMBER_GENERATORS = {
  'int-array': defineGenerator(
    'function',
    z.strictObject({ n: count(100_000), min: value, max: value, order: z.enum(['random', 'ascending', 'descending', 'few-distinct']) }),
    (p, random) => {
      const pool = p.order === 'few-distinct' ? Array.from({ length: 3 }, () => random.int(p.min, p.max)) : [];
      const nums = Array.from({ length: p.n }, () => (pool.length > 0 ? random.pick(pool) : random.int(p.min, p.max)));
      // Pre-sorted inputs defeat quicksorts that pick the first element as the pivot.
      if (p.order === 'ascending') nums.sort((a, b) => a - b);
      if (p.order === 'descending') nums.sort((a, b) => b - a);
      return { args: [nums] };
    },
  ),
  intervals: defineGenerator(
    'function',
    z.strictObject({ n: count(100_000), maxStart: count(1_000_000_000), maxLength: count(1_000_000_000), touchingShare: z.number().min(0).max(1) }),
    (p, random) => {
      const intervals: [number, number][] = [];
      for (let i = 0; i < p.n; i++) {
        const previous = intervals[intervals.length - 1];
        // Some intervals start exactly where another ends: the boundary case of half-open intervals.
        const start = previous && random.chance(p.touchingShare) ? previous[1] : random.int(0, p.maxStart - 1);
        intervals.push([start, start + random.int(1, p.maxLength)]);
      }
      return { args: [random.shuffle(intervals)] };
    },
  ),
  'sprint-items': defineGenerator(
    'function',
    z.strictObject({ items: count(200), capacity: count(10_000), maxPoints: count(10_000), maxValue: count(1_000_000) }),
    (p, random) => {
      const items = Array.from({ length: p.items }, () => [random.int(1, p.maxPoints), random.int(0, p.maxValue)]);
      return { args: [p.capacity, items] };
    },
  ),
};
