import { InvalidInputError } from '../core/errors.js';
import type { TaskSpec } from './schedule-task.js';

const at = (task: TaskSpec) => (task.line === undefined ? '' : ` (line ${task.line})`);

/** Edit distance, to suggest the id a misspelt dependency probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

function suggestion(unknown: string, ids: readonly string[]): string {
  // Close enough to be a typo: a third of the letters at most, and never the whole id.
  let best: string | undefined;
  let bestDistance = Math.min(Math.max(1, Math.floor(unknown.length / 3)), unknown.length - 1) + 1;
  for (const id of ids) {
    const d = id.toLowerCase() === unknown.toLowerCase() ? 0 : distance(unknown, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best ? `; did you mean "${best}"?` : '';
}

/**
 * Checks ids are unique and every dependency names a task, then orders the tasks so each comes after
 * its dependencies (Kahn's algorithm, stable in input order). A cycle is reported as the tasks on it.
 */
export function orderTasks(tasks: readonly TaskSpec[]): TaskSpec[] {
  const byId = new Map<string, TaskSpec>();
  const problems: string[] = [];
  for (const task of tasks) {
    const first = byId.get(task.id);
    if (first) problems.push(`task id "${task.id}" is used twice${at(first)}${at(task) ? ` and${at(task)}` : ''}; ids must be unique`);
    else byId.set(task.id, task);
  }
  const ids = [...byId.keys()];
  for (const task of tasks) {
    for (const dep of task.depends) {
      if (!byId.has(dep)) problems.push(`task "${task.id}"${at(task)} depends on "${dep}", which is not a task${suggestion(dep, ids)}`);
    }
  }
  if (problems.length > 0) throw new InvalidInputError(problems.join('\n'));

  const successors = new Map<string, string[]>(ids.map((id) => [id, []]));
  const waiting = new Map<string, number>();
  for (const task of byId.values()) {
    waiting.set(task.id, task.depends.length);
    for (const dep of task.depends) successors.get(dep)?.push(task.id);
  }
  const ready = ids.filter((id) => waiting.get(id) === 0);
  const order: TaskSpec[] = [];
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as string;
    order.push(byId.get(id) as TaskSpec);
    for (const next of successors.get(id) ?? []) {
      const left = (waiting.get(next) as number) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (order.length < byId.size) {
    const stuck = new Set(ids.filter((id) => (waiting.get(id) as number) > 0));
    throw new InvalidInputError(`tasks form a cycle: ${findCycle(stuck, byId).join(' -> ')}; a task cannot wait for itself, directly or through others`);
  }
  return order;
}

/** One cycle among the tasks Kahn's algorithm could not place, in the order work would flow. */
function findCycle(stuck: Set<string>, byId: Map<string, TaskSpec>): string[] {
  // Walking dependencies backwards from a stuck task must revisit a task: that loop is a cycle.
  const start = [...stuck][0] as string;
  const seen = new Map<string, number>();
  const walk: string[] = [];
  let current = start;
  while (!seen.has(current)) {
    seen.set(current, walk.length);
    walk.push(current);
    const task = byId.get(current) as TaskSpec;
    current = task.depends.find((dep) => stuck.has(dep)) as string;
  }
  const loop = walk.slice(seen.get(current));
  // The walk went from a task to what it depends on; work flows the other way.
  loop.reverse();
  // Start from the task listed first, so the message reads in the order the plan was written.
  const position = [...byId.keys()];
  const first = loop.reduce((best, id, i) => (position.indexOf(id) < position.indexOf(loop[best] as string) ? i : best), 0);
  const rotated = [...loop.slice(first), ...loop.slice(0, first)];
  return [...rotated, rotated[0] as string];
}
