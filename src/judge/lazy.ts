import { UnavailableError } from '../core/errors.js';
import type { Judge, JudgeOptions } from './judge.js';

/**
 * A judge that loads its compilers and sandboxes at its first use, not when the app opens: most
 * commands and requests never judge code, and loading the judge's modules (esbuild, the runners,
 * the test generators) costs every one of them a noticeable part of its start.
 */
export function createLazyJudge(options: JudgeOptions = {}): Judge {
  let loaded: Promise<Judge> | undefined;
  let closed = false;
  const real = () => {
    if (closed && !loaded) return Promise.reject(new UnavailableError('the judge is closed; create a new one'));
    loaded ??= import('./judge.js').then(({ createJudge }) => createJudge(options));
    return loaded;
  };
  return {
    judge: async (problem, request) => (await real()).judge(problem, request),
    warmUp: async (languages) => (await real()).warmUp(languages),
    prepare: async (problems) => (await real()).prepare(problems),
    async close() {
      closed = true;
      if (loaded) await (await loaded).close();
    },
  };
}
