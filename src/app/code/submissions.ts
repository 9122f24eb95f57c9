import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { LANGUAGES, MAX_CODE_BYTES, MODES, verdictLabel, type Judge, type JudgeResult, type Language } from '../../judge/index.js';
import type { Db } from '../../store/index.js';
import type { problemOperations } from '../content/problems.js';
import { storedText } from '../attempts/stored-text.js';
import { parseInput } from '../validate.js';

export const SUBMISSION_MAX_SECONDS = 4 * 60 * 60;

export const submissionInputSchema = z.strictObject({
  problemId: z.string().min(1, 'give the id of the problem'),
  lang: z.enum(LANGUAGES),
  code: storedText()
    .refine((s) => s.trim().length > 0, 'the code is empty')
    .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CODE_BYTES, `code is limited to ${MAX_CODE_BYTES / 1024} KB`),
  mode: z.enum(MODES).default('submit'),
  /** Working time on the problem since it was opened or since the previous submission, as the page measured it. */
  seconds: z.number().int().min(0).max(SUBMISSION_MAX_SECONDS, `seconds is at most ${SUBMISSION_MAX_SECONDS} (a sitting of 4 hours)`).optional(),
});

export const submissionListSchema = z.strictObject({
  problemId: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export interface Submission extends JudgeResult {
  /** The working time the page reported with the submission, when it did. */
  workSeconds?: number;
  id: number;
  problemId: string;
  lang: Language;
  mode: 'run' | 'submit';
  /** The verdict as shown: a passing run is "Examples passed", only a passing submit is "Accepted". */
  label: string;
  code: string;
  createdAt: string;
}

export interface SubmissionDeps {
  db: Db;
  now: () => Date;
  problems: ReturnType<typeof problemOperations>;
  /** The judge is started on first use: its Python pool costs seconds and most sessions never code. */
  judge: () => Judge;
}

export function submissionOperations({ db, now, problems, judge }: SubmissionDeps) {
  /** Judges code against a problem (run: the visible examples; submit: every test) and saves the result. */
  async function create(raw: unknown): Promise<Submission> {
    const input = parseInput(submissionInputSchema, raw, 'submission');
    const problem = problems.require(input.problemId);
    const result = await judge().judge(problem, { lang: input.lang, code: input.code, mode: input.mode });
    const row = await db.kysely
      .insertInto('submissions')
      .values({
        problem_id: problem.id,
        lang: input.lang,
        mode: input.mode,
        code: input.code,
        verdict: result.verdict,
        passed: result.passed,
        total: result.total,
        time_ms: result.timeMs,
        result: JSON.stringify(input.seconds === undefined ? result : { ...result, workSeconds: input.seconds }),
        created_at: now().toISOString(),
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    return { ...result, ...(input.seconds !== undefined && { workSeconds: input.seconds }), id: row.id, problemId: problem.id, lang: input.lang, mode: input.mode, label: verdictLabel(result.verdict, input.mode), code: input.code, createdAt: row.created_at };
  }

  async function get(id: number): Promise<Submission> {
    const row = await db.kysely.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no submission ${id}`);
    return toSubmission(row);
  }

  async function list(raw: unknown = {}): Promise<Submission[]> {
    const input = parseInput(submissionListSchema, raw, 'submission query');
    let query = db.kysely.selectFrom('submissions').selectAll().orderBy('id', 'desc');
    if (input.problemId) query = query.where('problem_id', '=', input.problemId);
    return (await query.limit(input.limit ?? 50).execute()).map(toSubmission);
  }

  return { create, get, list };
}

function toSubmission(row: {
  id: number;
  problem_id: string;
  lang: string;
  mode: string;
  code: string;
  result: string;
  created_at: string;
}): Submission {
  const result = JSON.parse(row.result) as JudgeResult;
  return {
    ...result,
    id: row.id,
    problemId: row.problem_id,
    lang: row.lang as Language,
    mode: row.mode as 'run' | 'submit',
    label: verdictLabel(result.verdict, row.mode as 'run' | 'submit'),
    code: row.code,
    createdAt: row.created_at,
  };
}
