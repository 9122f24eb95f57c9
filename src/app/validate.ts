import type { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';

/** Parses caller input with a schema; the error names each bad field and what it should be. */
export function parseInput<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const details = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new InvalidInputError(`invalid ${what}: ${details}`);
}
