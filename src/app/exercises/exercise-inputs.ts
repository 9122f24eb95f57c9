import { z } from 'zod';
import { DESIGN_SECTION_IDS } from '../../content/designs.js';
import { EXERCISE_KINDS } from '../../content/exercise-fields.js';
import { ATTEMPT_MAX_SECONDS } from '../attempts/attempts.js';
import { storedText } from '../attempts/stored-text.js';

/** Hard limits on what one exercise attempt may carry; requests past them are rejected naming the limit. */
export const EXERCISE_LIMITS = {
  maxSectionChars: 8_000,
  maxOpenAnswerChars: 8_000,
  maxRisks: 40,
  maxRiskFieldChars: 600,
  maxNotesChars: 8_000,
  maxPlanTasks: 100,
} as const;

const seconds = z
  .number()
  .int('seconds is a whole number')
  .min(0, 'seconds is 0 or more')
  .max(ATTEMPT_MAX_SECONDS, `seconds is limited to ${ATTEMPT_MAX_SECONDS}`)
  .default(0);

const longText = (max: number, what: string) => storedText().max(max, `${what} is limited to ${max} characters`);

export const kindSchema = z.enum(EXERCISE_KINDS, { error: `the kind is one of: ${EXERCISE_KINDS.join(', ')}` });

export const designAttemptSchema = z
  .strictObject({
    /** Section id -> the candidate's text; sections left out (or null, as an empty YAML key reads) count as unanswered. */
    sections: z.partialRecord(
      z.enum(DESIGN_SECTION_IDS),
      longText(EXERCISE_LIMITS.maxSectionChars, 'a section')
        .nullable()
        .transform((t) => t ?? ''),
    ),
    seconds,
  })
  .refine((a) => Object.values(a.sections).some((t) => t?.trim()), { message: 'write at least one section first', path: ['sections'] });
export type DesignAttemptInput = z.output<typeof designAttemptSchema>;

/** "31.9", "-32.95%", "1,234" and numbers all read as numbers; anything else is kept to report. */
const numericAnswer = z.union([z.number(), storedText().max(40, 'a numeric answer is at most 40 characters')]);
export const caseAttemptSchema = z
  .strictObject({
    /** Question id -> a number for numeric questions, text for open ones. */
    answers: z.record(z.string().min(1), z.union([numericAnswer, longText(EXERCISE_LIMITS.maxOpenAnswerChars, 'an open answer'), z.null()])),
    seconds,
  })
  .refine((a) => Object.values(a.answers).some((v) => v !== null && String(v).trim() !== ''), { message: 'answer at least one question first', path: ['answers'] });
export type CaseAttemptInput = z.output<typeof caseAttemptSchema>;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
const field = (what: string) => longText(EXERCISE_LIMITS.maxRiskFieldChars, what).transform((s) => s.trim());
export const riskRowSchema = z.strictObject({
  risk: field('a risk').pipe(z.string().min(1, 'describe the risk')),
  likelihood: z.enum(RISK_LEVELS, { error: 'likelihood is low, medium or high' }),
  impact: z.enum(RISK_LEVELS, { error: 'impact is low, medium or high' }),
  owner: field('an owner').default(''),
  mitigation: field('a mitigation').default(''),
});
export type RiskRow = z.output<typeof riskRowSchema>;

export const programAttemptSchema = z.strictObject({
  risks: z.array(riskRowSchema).max(EXERCISE_LIMITS.maxRisks, `a register is limited to ${EXERCISE_LIMITS.maxRisks} risks`).default([]),
  /** The dependency plan: tasks as the schedule calculator reads them ({ id, name?, duration, depends }). */
  tasks: z.array(z.unknown()).min(1, 'the dependency plan needs at least one task').max(EXERCISE_LIMITS.maxPlanTasks, `a plan is limited to ${EXERCISE_LIMITS.maxPlanTasks} tasks`),
  /** Anything else the candidate would say: escalation, communication, options. */
  notes: longText(EXERCISE_LIMITS.maxNotesChars, 'notes').default(''),
  seconds,
});
export type ProgramAttemptInput = z.output<typeof programAttemptSchema>;

export const attemptQuerySchema = z.strictObject({
  kind: kindSchema.optional(),
  id: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
