// Where the CPU went during a bench phase: every process on the machine, read from /proc, grouped by
// the root process it descends from (an app, a worker with its sandboxes, the bench itself), with
// PostgreSQL by name and everything else as "other" (other people's work on a shared machine).
import fs from 'node:fs';

interface Proc {
  ppid: number;
  name: string;
  /** User plus system CPU, in clock ticks. */
  ticks: number;
}

/** Linux's clock ticks a second for /proc's CPU times (USER_HZ). */
const TICKS_PER_SECOND = 100;

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return procs;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      procs.set(Number(entry), { ppid: Number(fields[1]), name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended between the listing and the read
    }
  }
  return procs;
}

export type CpuSnapshot = Map<number, Proc>;

export const cpuSnapshot = (): CpuSnapshot => readProcs();

/**
 * CPU seconds used between two snapshots, by group: `roots` names each group's root processes, and a
 * process belongs to the group of its nearest listed ancestor; processes named `postgres` are
 * "postgresql"; the rest are "other". A process new in `after` counts from zero; one that ended before
 * `after` is not counted.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot, roots: Record<string, number[]>): Record<string, number> {
  const groupOfRoot = new Map<number, string>();
  for (const [group, pids] of Object.entries(roots)) for (const pid of pids) groupOfRoot.set(pid, group);
  const groupOf = (pid: number): string => {
    for (let cur: number | undefined = pid, hops = 0; cur !== undefined && cur > 1 && hops < 64; cur = after.get(cur)?.ppid, hops++) {
      const group = groupOfRoot.get(cur);
      if (group) return group;
    }
    return after.get(pid)?.name === 'postgres' ? 'postgresql' : 'other';
  };
  const used: Record<string, number> = {};
  for (const [pid, proc] of after) {
    const ticks = proc.ticks - (before.get(pid)?.ticks ?? 0);
    if (ticks <= 0) continue;
    const group = groupOf(pid);
    used[group] = (used[group] ?? 0) + ticks / TICKS_PER_SECOND;
  }
  return used;
}
