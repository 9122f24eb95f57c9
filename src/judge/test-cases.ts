import { createHash } from 'node:crypto';
import type { Problem, ProblemTest, TestInput } from '../content/problems.js';
import type { Mode } from './types.js';
import { generateInput } from './generators/registry.js';
import { loadReference } from './reference-outputs.js';

/** One test ready to run: the input as JSON text (what a sandbox receives) and the expected value. */
export interface TestCase {
  index: number;
  name: string;
  visible: boolean;
  input: TestInput;
  inputJson: string;
  expected: unknown;
}

/**
 * Expands a problem's tests (generating large inputs and their expected values) once per content
 * version, and keeps them for later submissions. Run needs only the visible examples, which are
 * written out in tests.yaml, so it never waits for the large inputs to be generated.
 */
export class TestCaseBook {
  private readonly cache = new Map<string, Promise<TestCase[]>>();

  cases(problem: Problem, mode: Mode): Promise<TestCase[]> {
    if (mode === 'run') return Promise.resolve(visibleCases(problem));
    const key = versionOf(problem);
    let cases = this.cache.get(key);
    if (!cases) {
      cases = Promise.resolve().then(() => expand(problem));
      // A failed expansion (broken content) is not cached: fixing the file fixes the judge.
      cases.catch(() => this.cache.delete(key));
      this.cache.set(key, cases);
    }
    return cases;
  }
}

function visibleCases(problem: Problem): TestCase[] {
  return problem.tests.flatMap((test, index) => (test.visible && test.type === 'explicit' ? [explicitCase(test, index)] : []));
}

function explicitCase(test: Extract<ProblemTest, { type: 'explicit' }>, index: number): TestCase {
  return { index, name: test.name, visible: test.visible, input: test.input, inputJson: JSON.stringify(test.input), expected: test.expected };
}

function expand(problem: Problem): TestCase[] {
  let reference: ReturnType<typeof loadReference> | undefined;
  return problem.tests.map((test, index) => {
    if (test.type === 'explicit') return explicitCase(test, index);
    const input = generateInput(test, problem.kind);
    reference ??= loadReference(problem);
    return { index, name: test.name, visible: false, input, inputJson: JSON.stringify(input), expected: reference(input) };
  });
}

function versionOf(problem: Problem): string {
  const hash = createHash('sha256').update(problem.solution.ts).update(JSON.stringify(problem.tests)).digest('hex');
  return `${problem.id}:${hash}`;
}
