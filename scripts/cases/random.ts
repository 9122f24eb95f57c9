/**
 * A seeded pseudo-random generator for the case data sets (mulberry32). Everything here uses only
 * integer bit operations, +, *, / and Math.sqrt, which IEEE 754 and ECMAScript define exactly, so the
 * same seed gives the same bytes on every machine and Node version (Math.exp, Math.log and Math.cos
 * are not required to be correctly rounded, so they are avoided).
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  /** Approximately normal (the sum of 12 uniforms, Irwin-Hall), mean 0 and standard deviation 1. */
  normal(): number;
  /** The number of successes in n trials of probability p, drawn trial by trial. */
  binomial(n: number, p: number): number;
  /** A count with the given mean: normal approximation with variance = mean, never negative. */
  count(mean: number): number;
  /** A right-skewed positive factor with mean 1 (a scaled chi-square with `df` degrees of freedom). */
  skewed(df: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += next();
    return sum - 6;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal,
    binomial: (n, p) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (next() < p) k++;
      return k;
    },
    count: (mean) => Math.max(0, Math.round(mean + Math.sqrt(mean) * normal())),
    skewed: (df) => {
      let sum = 0;
      for (let i = 0; i < df; i++) {
        const z = normal();
        sum += z * z;
      }
      return sum / df;
    },
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as never,
  };
}
