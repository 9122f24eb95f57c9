import { z } from 'zod';
import { CALC_LIMITS, atMost } from './limits.js';

/** Task ids: letters, digits, "_", "-", "." and "/"; no spaces, since CSV dependencies are space-separated. */
const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/;

const idText = z
  .string()
  .min(1, 'a task id cannot be empty')
  .max(64, 'a task id has at most 64 characters')
  .regex(ID_PATTERN, 'a task id uses letters, digits, "_", "-", "." or "/", with no spaces');
const taskId = z
  .union([z.string(), z.number()], { error: 'a task id is a text such as "design"' })
  .transform((v) => String(v).trim())
  .pipe(idText);

const days = (what: string) =>
  z.number({ error: `${what} must be a number of days` }).min(0, `${what} cannot be negative`).max(CALC_LIMITS.maxTaskDays, `${what} must be ${atMost('maxTaskDays', 'days')}`);

export interface Estimate {
  optimistic: number;
  likely: number;
  pessimistic: number;
}

/** A three-point estimate: [optimistic, likely, pessimistic] or an object with those names. */
const estimateTuple = z
  .tuple([days('optimistic'), days('likely'), days('pessimistic')])
  .transform(([optimistic, likely, pessimistic]) => ({ optimistic, likely, pessimistic }));
const estimateObject = z.strictObject({ optimistic: days('optimistic'), likely: days('likely'), pessimistic: days('pessimistic') });
const estimate = z
  .union([estimateTuple, estimateObject], { error: 'estimate is [optimistic, likely, pessimistic] in days, or an object with those three' })
  .refine((e) => e.optimistic <= e.likely && e.likely <= e.pessimistic, 'an estimate runs optimistic ≤ likely ≤ pessimistic');

/** Dependencies as a list or as one text separated by ";", "," or spaces. */
const depends = z
  .union([z.array(z.union([z.string(), z.number()])), z.string(), z.number(), z.null()], {
    error: 'depends is a list of task ids, or one text of ids separated by ";" or spaces',
  })
  .transform((v) => (v === null ? [] : Array.isArray(v) ? v.map(String) : String(v).split(/[;,\s]+/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(idText).max(CALC_LIMITS.maxDependencies, atMost('maxDependencies', 'dependencies per task')));

export const taskInputSchema = z
  .strictObject({
    id: taskId,
    name: z.string().trim().max(CALC_LIMITS.maxNameChars, atMost('maxNameChars', 'characters')).optional(),
    /** Days. Give either a duration or a three-point estimate. */
    duration: days('duration').optional(),
    estimate: estimate.optional(),
    depends: depends.default([]),
  })
  .refine((t) => (t.duration === undefined) !== (t.estimate === undefined), {
    message: 'give either a duration or an estimate [optimistic, likely, pessimistic], not both and not neither',
  });
export type TaskInput = z.input<typeof taskInputSchema>;

export interface TaskSpec {
  id: string;
  name: string;
  /** Days: the duration given, or the PERT expected time of the estimate. */
  duration: number;
  estimate?: Estimate;
  depends: string[];
  /** The line of the task in the YAML or CSV text it came from. */
  line?: number;
}

/** PERT: expected time (O + 4M + P) / 6 and standard deviation (P − O) / 6. */
export function pertExpected(e: Estimate): number {
  return (e.optimistic + 4 * e.likely + e.pessimistic) / 6;
}
export function pertDeviation(e: Estimate): number {
  return (e.pessimistic - e.optimistic) / 6;
}

/** Validates one raw task; returns the task or the problems with it, each prefixed with the field. */
export function readTask(raw: unknown, line?: number): { task?: TaskSpec; problems: string[] } {
  const parsed = taskInputSchema.safeParse(raw);
  if (!parsed.success) {
    // "duration: duration must be…" says the field twice; a message that names its field stands alone.
    const where = (path: PropertyKey[], message: string) =>
      path.length === 0 || new RegExp(`\\b${String(path[path.length - 1])}\\b`).test(message) ? message : `${path.join('.')}: ${message}`;
    return { problems: parsed.error.issues.map((issue) => where(issue.path, issue.message)) };
  }
  const t = parsed.data;
  const task: TaskSpec = {
    id: t.id,
    name: t.name || t.id,
    duration: t.duration ?? pertExpected(t.estimate as Estimate),
    depends: [...new Set(t.depends)],
  };
  if (t.estimate) task.estimate = t.estimate;
  if (line !== undefined) task.line = line;
  return { task, problems: [] };
}
