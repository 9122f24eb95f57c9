import type { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';

/**
 * Parses caller input with a schema; the error names each bad field and what it should be. With
 * `plain`, a schema whose own checks write whole sentences (naming the field and what to enter) is
 * answered with those sentences alone, as a person reads them; zod's own issues keep the field path.
 */
export function parseInput<T>(schema: z.ZodType<T>, raw: unknown, what: string, options: { plain?: boolean } = {}): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  if (options.plain && result.error.issues.every((issue) => issue.code === 'custom')) {
    const sentences = result.error.issues.map((issue) => (/[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`));
    throw new InvalidInputError([...new Set(sentences)].join(' '));
  }
  const details = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new InvalidInputError(`invalid ${what}: ${details}`);
}
