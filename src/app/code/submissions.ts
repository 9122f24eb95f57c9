import type { Kysely } from 'kysely';
import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import type { Judge } from '../../judge/judge.js';
import { MAX_CODE_BYTES } from '../../judge/limits.js';
import { LANGUAGES, MODES, type JudgeResult, type Language } from '../../judge/types.js';
import { verdictLabel } from '../../judge/verdicts.js';
import type { Db } from '../../store/index.js';
import type { problemOperations } from '../content/problems.js';
import { storedText } from '../attempts/stored-text.js';
import { parseInput } from '../validate.js';
import { sqlExecutor, type SqlExecutor } from './judge-queue.js';

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

/**
 * Where a submission is: waiting for a worker, being judged, or judged. Until it is judged (hosted
 * mode only) the status sits in the verdict column, as judge0's "In Queue" and "Processing" do.
 */
export const SUBMISSION_STATUSES = ['queued', 'running', 'done'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const PENDING_STATUSES = ['queued', 'running'] as const;
const PENDING = PENDING_STATUSES;
type PendingStatus = (typeof PENDING)[number];
const isPending = (verdict: string): verdict is PendingStatus => (PENDING as readonly string[]).includes(verdict);

export interface Submission extends JudgeResult {
  status: 'done';
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

/** A submission a worker has not judged yet. */
export interface PendingSubmission {
  id: number;
  status: PendingStatus;
  problemId: string;
  lang: Language;
  mode: 'run' | 'submit';
  code: string;
  workSeconds?: number;
  createdAt: string;
}

/** The message of a submission whose judging failed on every try (hosted mode). */
export const JUDGE_GAVE_UP = 'the judge failed on this submission every time it tried, so it was not judged; submit it again';

/** What a hosted POST answers at once: the submission is stored and its job is on the queue. */
export interface QueuedSubmission {
  id: number;
  status: 'queued';
}

/** Puts a stored submission's job on the queue, in the transaction that stored it. */
export type EnqueueJudging = (submissionId: number, on: SqlExecutor) => Promise<void>;

export interface SubmissionDeps {
  db: Db;
  now: () => Date;
  problems: ReturnType<typeof problemOperations>;
  /** The judge is started on first use: its Python pool costs seconds and most sessions never code. */
  judge: () => Judge;
  /** Hosted mode: submissions wait on the queue for a worker instead of being judged here. */
  enqueue?: EnqueueJudging;
}

export function submissionOperations({ db, now, problems, judge, enqueue }: SubmissionDeps) {
  /**
   * What POST /api/submissions does: judges here (local), or, hosted, stores the submission as queued
   * and leaves the judging to a worker.
   */
  async function submit(raw: unknown): Promise<Submission | QueuedSubmission> {
    if (!enqueue) return create(raw);
    const input = parseInput(submissionInputSchema, raw, 'submission');
    return queue(input, problems.require(input.problemId).id, enqueue);
  }

  /** Judges code against a problem (run: the visible examples; submit: every test) in this process and saves the result. */
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
    return { ...result, status: 'done', ...(input.seconds !== undefined && { workSeconds: input.seconds }), id: row.id, problemId: problem.id, lang: input.lang, mode: input.mode, label: verdictLabel(result.verdict, input.mode), code: input.code, createdAt: row.created_at };
  }

  async function queue(input: z.output<typeof submissionInputSchema>, problemId: string, send: EnqueueJudging): Promise<QueuedSubmission> {
    // The row and its job commit together: an acknowledged submission always has a job, and a job always has its row.
    return db.kysely.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('submissions')
        .values({
          problem_id: problemId,
          lang: input.lang,
          mode: input.mode,
          code: input.code,
          verdict: 'queued',
          passed: 0,
          total: 0,
          time_ms: 0,
          result: JSON.stringify(input.seconds === undefined ? {} : { workSeconds: input.seconds }),
          created_at: now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await send(row.id, sqlExecutor(trx as unknown as Kysely<unknown>));
      return { id: row.id, status: 'queued' as const };
    });
  }

  /**
   * A worker's part: judges a queued submission and writes its verdict once. A job handed out again
   * (its first worker died, or outlived the job's expiry) finds the verdict written and does nothing;
   * two workers judging at once race on a conditional update, and only the first verdict is kept.
   */
  async function judgeQueued(id: number): Promise<'judged' | 'already judged'> {
    const row = await db.kysely.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no submission ${id}`);
    if (!isPending(row.verdict)) return 'already judged';
    await db.kysely.updateTable('submissions').set({ verdict: 'running' }).where('id', '=', id).where('verdict', 'in', PENDING).execute();
    const result = await judge().judge(problems.require(row.problem_id), { lang: row.lang as Language, code: row.code, mode: row.mode as 'run' | 'submit' });
    const saved = JSON.parse(row.result) as { workSeconds?: number };
    const written = await db.kysely
      .updateTable('submissions')
      .set({ verdict: result.verdict, passed: result.passed, total: result.total, time_ms: result.timeMs, result: JSON.stringify({ ...result, ...saved }) })
      .where('id', '=', id)
      .where('verdict', 'in', PENDING)
      .executeTakeFirst();
    return written.numUpdatedRows > 0n ? 'judged' : 'already judged';
  }

  /**
   * A worker's part when a job has failed every retry: the submission ends as an internal error that
   * says so, rather than showing "running" for ever. A verdict already written is kept.
   */
  async function giveUpJudging(id: number): Promise<'given up' | 'already judged'> {
    const row = await db.kysely.selectFrom('submissions').select(['result']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no submission ${id}`);
    const saved = JSON.parse(row.result) as { workSeconds?: number };
    const result: JudgeResult = { verdict: 'internal_error', passed: 0, total: 0, tests: [], timeMs: 0, wallMs: 0, message: JUDGE_GAVE_UP };
    const written = await db.kysely
      .updateTable('submissions')
      .set({ verdict: result.verdict, passed: 0, total: 0, time_ms: 0, result: JSON.stringify({ ...result, ...saved }) })
      .where('id', '=', id)
      .where('verdict', 'in', PENDING)
      .executeTakeFirst();
    return written.numUpdatedRows > 0n ? 'given up' : 'already judged';
  }

  async function get(id: number): Promise<Submission | PendingSubmission> {
    const row = await db.kysely.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no submission ${id}`);
    return toSubmission(row);
  }

  async function list(raw: unknown = {}): Promise<Array<Submission | PendingSubmission>> {
    const input = parseInput(submissionListSchema, raw, 'submission query');
    let query = db.kysely.selectFrom('submissions').selectAll().orderBy('id', 'desc');
    if (input.problemId) query = query.where('problem_id', '=', input.problemId);
    return (await query.limit(input.limit ?? 50).execute()).map(toSubmission);
  }

  return { create, submit, get, list, judgeQueued, giveUpJudging };
}

function toSubmission(row: {
  id: number;
  verdict: string;
  problem_id: string;
  lang: string;
  mode: string;
  code: string;
  result: string;
  created_at: string;
}): Submission | PendingSubmission {
  if (isPending(row.verdict)) {
    const { workSeconds } = JSON.parse(row.result) as { workSeconds?: number };
    return {
      id: row.id,
      status: row.verdict,
      problemId: row.problem_id,
      lang: row.lang as Language,
      mode: row.mode as 'run' | 'submit',
      code: row.code,
      ...(workSeconds !== undefined && { workSeconds }),
      createdAt: row.created_at,
    };
  }
  const result = JSON.parse(row.result) as JudgeResult;
  return {
    ...result,
    status: 'done',
    id: row.id,
    problemId: row.problem_id,
    lang: row.lang as Language,
    mode: row.mode as 'run' | 'submit',
    label: verdictLabel(result.verdict, row.mode as 'run' | 'submit'),
    code: row.code,
    createdAt: row.created_at,
  };
}
