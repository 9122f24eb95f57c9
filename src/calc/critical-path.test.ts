import { describe, expect, it } from 'vitest';
import { criticalPath } from './critical-path.js';
import type { TaskSpec } from './schedule-task.js';

const task = (id: string, duration: number, depends: string[] = []): TaskSpec => ({ id, name: id, duration, depends });

// Heizer & Render, Operations Management: Milwaukee Paper Manufacturing's pollution-control project (weeks).
const MILWAUKEE = [
  task('A', 2),
  task('B', 3),
  task('C', 2, ['A']),
  task('D', 4, ['A', 'B']),
  task('E', 4, ['C']),
  task('F', 3, ['C']),
  task('G', 5, ['D', 'E']),
  task('H', 2, ['F', 'G']),
];

describe('critical path method', () => {
  it('finds the textbook critical path A-C-E-G-H of 15 weeks with the published slack', () => {
    const result = criticalPath(MILWAUKEE);
    expect(result.duration).toBe(15);
    expect(result.criticalPath).toEqual(['A', 'C', 'E', 'G', 'H']);
    expect(result.criticalPaths).toEqual([['A', 'C', 'E', 'G', 'H']]);
    const rows = result.tasks.map((t) => [t.id, t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.slack, t.critical]);
    expect(rows).toEqual([
      ['A', 0, 2, 0, 2, 0, true],
      ['B', 0, 3, 1, 4, 1, false],
      ['C', 2, 4, 2, 4, 0, true],
      ['D', 3, 7, 4, 8, 1, false],
      ['E', 4, 8, 4, 8, 0, true],
      ['F', 4, 7, 10, 13, 6, false],
      ['G', 8, 13, 8, 13, 0, true],
      ['H', 13, 15, 13, 15, 0, true],
    ]);
  });

  it('separates free slack from total slack', () => {
    const result = criticalPath(MILWAUKEE);
    const free = Object.fromEntries(result.tasks.map((t) => [t.id, t.freeSlack]));
    // B can slip a week without moving anything; D's week of slack is shared with nobody after it but G.
    expect(free).toEqual({ A: 0, B: 0, C: 0, D: 1, E: 0, F: 6, G: 0, H: 0 });
  });

  it("reproduces Wikipedia's PERT example: critical path a-c-e-g, 19.5 days on expected times", () => {
    const e = (o: number, m: number, p: number) => (o + 4 * m + p) / 6;
    const result = criticalPath([
      task('a', e(2, 4, 6)),
      task('b', e(3, 5, 9)),
      task('c', e(4, 5, 7), ['a']),
      task('d', e(4, 6, 10), ['a']),
      task('e', e(4, 5, 7), ['b', 'c']),
      task('f', e(3, 4, 8), ['d']),
      task('g', e(3, 5, 8), ['e']),
    ]);
    expect(result.criticalPath).toEqual(['a', 'c', 'e', 'g']);
    expect(result.duration).toBeCloseTo(19.5, 9);
    expect(result.tasks.find((t) => t.id === 'b')?.slack).toBeCloseTo(3.833333, 6);
  });

  it('lists every critical path when several tie, and keeps input order', () => {
    const result = criticalPath([task('launch', 1, ['build', 'vendor']), task('build', 5, ['design']), task('vendor', 5, ['design']), task('design', 2)]);
    expect(result.criticalPaths).toEqual([['design', 'build', 'launch'], ['design', 'vendor', 'launch']]);
    expect(result.tasks.map((t) => t.id)).toEqual(['launch', 'build', 'vendor', 'design']);
  });

  it('handles milestones of zero days and a single task', () => {
    expect(criticalPath([task('go-live', 0)])).toMatchObject({ duration: 0, criticalPath: ['go-live'] });
    const result = criticalPath([task('build', 3), task('done', 0, ['build'])]);
    expect(result.criticalPath).toEqual(['build', 'done']);
  });

  it('names the tasks of a cycle, in the order work would flow', () => {
    expect(() => criticalPath([task('design', 2, ['build']), task('build', 3, ['design'])])).toThrow(
      'tasks form a cycle: design -> build -> design; a task cannot wait for itself, directly or through others',
    );
    expect(() => criticalPath([task('a', 1), task('b', 1, ['a', 'd']), task('c', 1, ['b']), task('d', 1, ['c'])])).toThrow('tasks form a cycle: b -> c -> d -> b');
    expect(() => criticalPath([task('qa', 1, ['qa'])])).toThrow('tasks form a cycle: qa -> qa');
  });

  it('names unknown dependencies and duplicate ids', () => {
    expect(() => criticalPath([task('design', 2), task('launch', 1, ['desing', 'legal'])])).toThrow(
      'task "launch" depends on "desing", which is not a task; did you mean "design"?\ntask "launch" depends on "legal", which is not a task',
    );
    expect(() => criticalPath([{ ...task('a', 1), line: 2 }, { ...task('a', 2), line: 5 }])).toThrow('task id "a" is used twice (line 2) and (line 5); ids must be unique');
  });

  it('stays linear enough for 500 tasks in a chain', () => {
    const chain = Array.from({ length: 500 }, (_, i) => task(`t${i}`, 1, i === 0 ? [] : [`t${i - 1}`]));
    const result = criticalPath(chain);
    expect(result.duration).toBe(500);
    expect(result.criticalPath.length).toBe(500);
  });
});
