import { LimitError } from '../core/errors.js';

/**
 * Every limit has a named default and a hard maximum (judge0-style). A problem may override the
 * default in its front-matter (`limits:`), never beyond the maximum.
 */
export const LIMITS = {
  timePerTestMs: { default: 1_500, max: 10_000, what: 'time per test (ms)' },
  totalTimeMs: { default: 15_000, max: 60_000, what: 'total time of all tests (ms)' },
  memoryMb: { default: 128, max: 512, what: 'memory (MB)' },
  outputKb: { default: 1_024, max: 8_192, what: 'output per test, printed plus returned (KB)' },
} as const;

export type LimitName = keyof typeof LIMITS;
export type Limits = Record<LimitName, number>;

/** Submitted source larger than this is rejected before it reaches a sandbox. */
export const MAX_CODE_BYTES = 64 * 1024;

/** JavaScript call-stack cap inside QuickJS; deeper native recursion would crash the host. */
export const JS_STACK_BYTES = 256 * 1024;

/**
 * Time limits count CPU time (on Linux), so a busy machine does not fail a fast solution; a test
 * that waits for the CPU still stops after this multiple of its limit in wall time.
 */
export const WALL_CAP = 10;

/**
 * A submission holds its sandbox at most WALL_CAP times its total time limit in wall time (plus a
 * second), as a test does with its own limit; past it the sandbox is killed and replaced, whatever
 * the submission was doing. The CPU limits bound the work; this bounds the waiting.
 */
export function totalWallMs(limits: Limits): number {
  return WALL_CAP * limits.totalTimeMs + 1_000;
}

/** How long a sandbox may overrun a test's time limit before it is terminated. */
export function graceMs(limits: Limits): number {
  return Math.max(300, Math.round(limits.timePerTestMs * 0.25));
}

export function resolveLimits(overrides: Partial<Limits>, owner: string): Limits {
  const resolved = {} as Limits;
  for (const name of Object.keys(LIMITS) as LimitName[]) {
    const value = overrides[name] ?? LIMITS[name].default;
    if (!Number.isInteger(value) || value <= 0 || value > LIMITS[name].max) {
      throw new LimitError(
        `${owner}: ${name} (${LIMITS[name].what}) is ${value}; it must be a positive integer up to the hard maximum ${LIMITS[name].max}`,
      );
    }
    resolved[name] = value;
  }
  return resolved;
}
