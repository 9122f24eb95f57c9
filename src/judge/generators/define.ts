import { z } from 'zod';
import type { ProblemKind, TestInput } from '../../content/problems.js';
import type { Random } from './random.js';

export interface Generator<P = Record<string, unknown>> {
  kind: ProblemKind;
  params: z.ZodType<P>;
  generate(params: P, random: Random): TestInput;
}

/** Declares a generator with its parameter schema, keeping the parameter types attached. */
export function defineGenerator<S extends z.ZodType>(
  kind: ProblemKind,
  params: S,
  generate: (params: z.infer<S>, random: Random) => TestInput,
): Generator {
  return { kind, params, generate } as Generator;
}

/** A positive integer parameter with an upper bound, so generated inputs stay within the constraints. */
export const count = (max: number) => z.number().int().min(1).max(max);

export { z };
