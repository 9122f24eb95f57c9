import { orderTasks } from './schedule-graph.js';
import type { TaskSpec } from './schedule-task.js';
import { roundTo } from './units.js';

/** At most this many critical paths are listed when several tie. */
export const MAX_CRITICAL_PATHS = 10;

export interface ScheduledTask extends TaskSpec {
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Total slack (float): how long the task can slip without moving the end of the project. */
  slack: number;
  /** Free slack: how long it can slip without delaying any task that depends on it. */
  freeSlack: number;
  critical: boolean;
}

export interface CriticalPathResult {
  duration: number;
  /** In input order. */
  tasks: ScheduledTask[];
  /** Task ids from the first task to the last along the (first) critical path. */
  criticalPath: string[];
  /** Every critical path, when several tie (at most MAX_CRITICAL_PATHS). */
  criticalPaths: string[][];
}

// Durations from PERT are thirds and sixths: passes run on raw floats, compare with a tolerance, and
// results are rounded so a slack of zero reads exactly 0.
const EPSILON = 1e-7;
const r = (x: number) => roundTo(x, 9);

/**
 * The critical path method: a forward pass for earliest start and finish, a backward pass for latest,
 * slack = latest start − earliest start, critical where slack is zero.
 * @example criticalPath([{ id: 'a', name: 'a', duration: 2, depends: [] }, { id: 'b', name: 'b', duration: 3, depends: ['a'] }]).duration // 5
 */
export function criticalPath(tasks: readonly TaskSpec[]): CriticalPathResult {
  const order = orderTasks(tasks);
  const successors = new Map<string, string[]>(order.map((t) => [t.id, []]));
  for (const task of order) for (const dep of task.depends) successors.get(dep)?.push(task.id);

  const early = new Map<string, { start: number; finish: number }>();
  for (const task of order) {
    const start = task.depends.reduce((latest, dep) => Math.max(latest, early.get(dep)?.finish ?? 0), 0);
    early.set(task.id, { start, finish: start + task.duration });
  }
  const duration = Math.max(0, ...[...early.values()].map((e) => e.finish));

  const late = new Map<string, { start: number; finish: number }>();
  for (const task of [...order].reverse()) {
    const next = successors.get(task.id) ?? [];
    const finish = next.reduce((earliest, id) => Math.min(earliest, late.get(id)?.start ?? duration), duration);
    late.set(task.id, { start: finish - task.duration, finish });
  }

  const scheduled = new Map<string, ScheduledTask>();
  for (const task of order) {
    const e = early.get(task.id) as { start: number; finish: number };
    const l = late.get(task.id) as { start: number; finish: number };
    const next = successors.get(task.id) ?? [];
    const freeUntil = next.reduce((earliest, id) => Math.min(earliest, early.get(id)?.start ?? duration), duration);
    const critical = Math.abs(l.start - e.start) < EPSILON;
    // Built field by field: spreading `task` and then overriding `duration` hits a slow path in V8 (~30x).
    const entry: ScheduledTask = {
      id: task.id,
      name: task.name,
      duration: r(task.duration),
      depends: task.depends,
      earlyStart: r(e.start),
      earlyFinish: r(e.finish),
      lateStart: r(l.start),
      lateFinish: r(l.finish),
      slack: critical ? 0 : r(l.start - e.start),
      freeSlack: Math.abs(freeUntil - e.finish) < EPSILON ? 0 : r(freeUntil - e.finish),
      critical,
    };
    if (task.estimate) entry.estimate = task.estimate;
    if (task.line !== undefined) entry.line = task.line;
    scheduled.set(task.id, entry);
  }
  const criticalPaths = listCriticalPaths(order, scheduled, successors, r(duration));
  return {
    duration: r(duration),
    tasks: tasks.map((t) => scheduled.get(t.id) as ScheduledTask),
    criticalPath: criticalPaths[0] ?? [],
    criticalPaths,
  };
}

/** Chains of critical tasks, each starting when the one before it finishes, from day 0 to the end. */
function listCriticalPaths(order: TaskSpec[], scheduled: Map<string, ScheduledTask>, successors: Map<string, string[]>, duration: number): string[][] {
  const paths: string[][] = [];
  const extend = (path: string[]) => {
    if (paths.length >= MAX_CRITICAL_PATHS) return;
    const last = scheduled.get(path[path.length - 1] as string) as ScheduledTask;
    const next = (successors.get(last.id) ?? [])
      .map((id) => scheduled.get(id) as ScheduledTask)
      .filter((t) => t.critical && Math.abs(t.earlyStart - last.earlyFinish) < EPSILON);
    if (next.length === 0) {
      if (Math.abs(last.earlyFinish - duration) < EPSILON) paths.push(path);
      return;
    }
    for (const task of next) extend([...path, task.id]);
  };
  for (const task of order) {
    const s = scheduled.get(task.id) as ScheduledTask;
    if (s.critical && Math.abs(s.earlyStart) < EPSILON) extend([s.id]);
  }
  return paths;
}
