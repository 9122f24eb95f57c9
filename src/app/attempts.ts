import { z } from 'zod';
import type { Db } from '../store/index.js';
import type { CoachResult } from './coach.js';
import { storedText } from './stored-text.js';
import { parseInput } from './validate.js';

import { ANSWER_MAX_CHARS } from './answer-limits.js';

export { ANSWER_MAX_CHARS };
export const ATTEMPT_MAX_SECONDS = 24 * 60 * 60;

export const attemptInputSchema = z.strictObject({
  questionId: z.string().min(1, 'give the id of the question'),
  answer: storedText()
    .max(ANSWER_MAX_CHARS, `an answer is limited to ${ANSWER_MAX_CHARS} characters`)
    .refine((s) => s.trim().length > 0, 'the answer is empty: write or say something first'),
  seconds: z.number().int().min(0).max(ATTEMPT_MAX_SECONDS, `seconds is limited to ${ATTEMPT_MAX_SECONDS}`),
});

export const attemptListSchema = z.strictObject({
  questionId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export interface Attempt {
  id: number;
  questionId: string;
  questionTitle: string;
  answer: string;
  seconds: number;
  /** The coach's analysis, made when the attempt was saved. */
  analysis: CoachResult | null;
  createdAt: string;
}

export interface AttemptDeps {
  db: Db;
  now: () => Date;
  titleOf: (questionId: string) => string;
  /** Throws NotFoundError for an unknown question. */
  requireQuestion: (questionId: string) => void;
  analyze?: (questionId: string, answer: string) => CoachResult;
}

export function attemptOperations(deps: AttemptDeps) {
  const { db } = deps;

  async function create(raw: unknown): Promise<Attempt> {
    const input = parseInput(attemptInputSchema, raw, 'attempt');
    deps.requireQuestion(input.questionId);
    const analysis = deps.analyze ? deps.analyze(input.questionId, input.answer) : null;
    const row = await db.kysely
      .insertInto('attempts')
      .values({
        question_id: input.questionId,
        answer: input.answer,
        seconds: input.seconds,
        analysis: analysis === null ? null : JSON.stringify(analysis),
        created_at: deps.now().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAttempt(row);
  }

  async function list(raw: unknown = {}): Promise<Attempt[]> {
    const input = parseInput(attemptListSchema, raw, 'attempt query');
    let query = db.kysely.selectFrom('attempts').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
    if (input.questionId) query = query.where('question_id', '=', input.questionId);
    const rows = await query.limit(input.limit ?? 100).execute();
    return rows.map(toAttempt);
  }

  function toAttempt(row: { id: number; question_id: string; answer: string; seconds: number; analysis: string | null; created_at: string }): Attempt {
    return {
      id: row.id,
      questionId: row.question_id,
      questionTitle: deps.titleOf(row.question_id),
      answer: row.answer,
      seconds: row.seconds,
      analysis: row.analysis === null ? null : (JSON.parse(row.analysis) as CoachResult),
      createdAt: row.created_at,
    };
  }

  return { create, list };
}
