import fs from 'node:fs';

/**
 * CPU time read by the host from Linux's /proc (schedstat: nanoseconds on the CPU), so that the
 * time a verdict rests on never comes from the sandbox, and a busy machine does not turn a fast
 * solution into a time-limit verdict. Undefined where /proc is missing; callers then use wall time.
 */
function schedstatMs(file: string): number | undefined {
  try {
    const ns = Number(fs.readFileSync(file, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** A thread of this process (a QuickJS worker). */
export function threadCpuMs(tid: number | undefined): number | undefined {
  return tid === undefined ? undefined : schedstatMs(`/proc/self/task/${tid}/schedstat`);
}

/**
 * The main thread of a child process (Pyodide runs there; the permission model refuses the child any
 * worker thread, so submitted code cannot move its work elsewhere).
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  return pid === undefined ? undefined : schedstatMs(`/proc/${pid}/schedstat`);
}
