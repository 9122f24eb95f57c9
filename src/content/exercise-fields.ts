import { z } from 'zod';
import { AREA_IDS, DIFFICULTY_IDS, SKILL_IDS } from '../core/taxonomy.js';

/**
 * Fields every exercise file shares (designs, metric cases, program scenarios): the same rubric shape
 * as the question bank, so the coach's rubric engine grades them all alike.
 */

export const text = z.string().trim().min(1);

const signal = z
  .union([z.string(), z.number()])
  // YAML reads an unquoted 99.99 as a number; a signal is always text.
  .transform((s) => String(s).trim())
  .pipe(z.string().min(1).refine((s) => s === s.toLowerCase(), 'signals are lowercase'));

export const rubricPointSchema = z.strictObject({
  point: text,
  shows: text,
  signals: z.array(signal).min(5).max(12),
});
export type ExerciseRubricPoint = z.output<typeof rubricPointSchema>;

export const rubricSchema = z.array(rubricPointSchema).min(4, 'a rubric has 4 to 6 points').max(6, 'a rubric has 4 to 6 points');
export const outlineSchema = z.array(text).min(3, 'a model outline has at least 3 steps').max(10);

/**
 * The toolkit's calculators by id, as the CLI (`tpmprep calc <id>`) and the API name them. Kept here
 * because content cannot import the app layer; a test checks it equals CALCULATOR_NAMES.
 */
export const CALCULATOR_IDS = ['availability', 'error-budget', 'latency', 'capacity', 'littles-law', 'ab', 'sample-size', 'schedule'] as const;
export type CalculatorId = (typeof CALCULATOR_IDS)[number];
export const calculatorsSchema = z.array(z.enum(CALCULATOR_IDS)).max(4);

export const exerciseMetaFields = {
  title: text,
  summary: text,
  difficulty: z.enum(DIFFICULTY_IDS),
  minutes: z.number().int().min(5).max(120),
  skills: z.array(z.enum(SKILL_IDS)).min(1).max(3),
  areas: z.array(z.enum(AREA_IDS)).min(1).max(4),
  /** The interview guide names this exercise; lists show these first. */
  fromGuide: z.boolean().default(false),
};

export const EXERCISE_KINDS = ['design', 'case', 'program'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];
