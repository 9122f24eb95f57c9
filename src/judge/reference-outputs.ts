import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { ContentError } from '../core/errors.js';
import type { Problem, TestInput } from '../content/problems.js';
import { JS_HARNESS_SOURCE } from './js-harness.js';

/**
 * Expected values of generated tests come from the problem's reference solution (solution.ts, part of
 * the repository, so trusted), run here in a node:vm context with the same harness as submissions.
 * The Python reference is judged against these values in the tests, which cross-checks both.
 */
const REFERENCE_TIMEOUT_MS = 30_000;

export type ReferenceSolution = (input: TestInput) => unknown;

export function loadReference(problem: Problem): ReferenceSolution {
  const file = `${problem.dir}/solution.ts`;
  let code: string;
  try {
    code = transformSync(problem.solution.ts, { loader: 'ts', format: 'cjs', target: 'es2022', logLevel: 'silent' }).code;
  } catch (error) {
    throw new ContentError([{ path: file, line: 1, message: `the reference solution does not compile: ${String(error)}` }]);
  }
  const context = vm.createContext({ hostWrite: () => undefined, restrictions: [...problem.restrictions] });
  const entry = problem.entry.ts;
  vm.runInContext(
    `const harness = (${JS_HARNESS_SOURCE})(hostWrite, restrictions);
     const entry = (function () {\n${code}\n;return typeof ${entry} === 'undefined' ? undefined : ${entry};\n})();
     globalThis.solve = (inputJson) => harness.serialize(harness.invoke(${JSON.stringify(problem.kind)}, entry, ${JSON.stringify(entry)}, harness.prepare(inputJson)));`,
    context,
    { timeout: REFERENCE_TIMEOUT_MS, filename: file },
  );
  return (input) => {
    context.inputJson = JSON.stringify(input);
    try {
      return JSON.parse(vm.runInContext('solve(inputJson)', context, { timeout: REFERENCE_TIMEOUT_MS }) as string);
    } catch (error) {
      throw new ContentError([{ path: file, line: 1, message: `the reference solution failed on a generated test: ${String(error)}` }]);
    }
  };
}
