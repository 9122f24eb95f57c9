type Task = { name: string; duration: number; deps: string[] };

// One topological order (Kahn), a forward pass for earliest times and a backward pass for latest
// times: O(n + m), no recursion.
export function criticalPath(tasks: Task[]): { duration: number; critical: string[] } {
  const index = new Map(tasks.map((task, i) => [task.name, i]));
  const n = tasks.length;
  const successors: number[][] = tasks.map(() => []);
  const waiting = new Array<number>(n).fill(0);
  tasks.forEach((task, i) => {
    for (const dep of task.deps) {
      successors[index.get(dep)!]!.push(i);
      waiting[i]!++;
    }
  });
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const next of successors[order[head]!]!) if (--waiting[next]! === 0) order.push(next);
  }

  const earliestFinish = new Array<number>(n).fill(0);
  const earliestStart = new Array<number>(n).fill(0);
  let duration = 0;
  for (const i of order) {
    earliestFinish[i] = earliestStart[i]! + tasks[i]!.duration;
    duration = Math.max(duration, earliestFinish[i]!);
    for (const next of successors[i]!) earliestStart[next] = Math.max(earliestStart[next]!, earliestFinish[i]!);
  }
  const latestStart = new Array<number>(n).fill(0);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    let latestFinish = duration;
    for (const next of successors[i]!) latestFinish = Math.min(latestFinish, latestStart[next]!);
    latestStart[i] = latestFinish - tasks[i]!.duration;
  }
  const critical = tasks.filter((_, i) => latestStart[i] === earliestStart[i]).map((task) => task.name);
  return { duration, critical: critical.sort((a, b) => (a < b ? -1 : 1)) };
}
