import { ContentError } from '../../core/errors.js';
import type { ProblemKind, ProblemTest, TestInput } from '../../content/problems.js';
import { CACHE_GENERATORS } from './cache-ops.js';
import { GRAPH_GENERATORS } from './graphs.js';
import { NUMBER_GENERATORS } from './numbers.js';
import type { Generator } from './define.js';
import { createRandom } from './random.js';
import { RECORD_GENERATORS } from './records.js';

/**
 * Large inputs are written in tests.yaml as `generate: { generator: <name>, seed: <n>, ...params }`.
 * Each generator validates its parameters and builds the input deterministically from the seed;
 * the expected value comes from the reference solution.
 */
export const GENERATORS: Record<string, Generator> = {
  ...CACHE_GENERATORS,
  ...GRAPH_GENERATORS,
  ...NUMBER_GENERATORS,
  ...RECORD_GENERATORS,
};

type GeneratedTest = Extract<ProblemTest, { type: 'generated' }>;

export function generateInput(test: GeneratedTest, kind: ProblemKind): TestInput {
  const fail = (message: string) => new ContentError([{ ...test.source, message: `test "${test.name}": ${message}` }]);
  const generator = GENERATORS[test.generator];
  if (!generator) throw fail(`unknown generator "${test.generator}"; the generators are: ${Object.keys(GENERATORS).sort().join(', ')}`);
  if (generator.kind !== kind) throw fail(`generator "${test.generator}" makes ${generator.kind} inputs, but this is a ${kind} problem`);
  const { seed, ...rest } = test.params;
  const params = generator.params.safeParse(rest);
  if (!params.success) {
    const issue = params.error.issues[0];
    throw fail(`generator "${test.generator}": ${issue?.path.join('.') || 'parameters'}: ${issue?.message ?? 'invalid'}`);
  }
  return generator.generate(params.data, createRandom(seed));
}
