import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { LEVEL_IDS, type LevelId } from '../../core/taxonomy.js';
import type { Db } from '../../store/index.js';
import { attemptRecordingStem, type AudioStore } from '../speech/audio-store.js';
import { keepRecording, pendingRecording, recordingOf, type AttemptRecording, type RecordingColumns } from '../speech/kept-recording.js';
import type { CoachResult } from '../coach/coach.js';
import { storedText } from './stored-text.js';
import { parseInput } from '../validate.js';

import { ANSWER_MAX_CHARS } from './answer-limits.js';

export { ANSWER_MAX_CHARS };
export const ATTEMPT_MAX_SECONDS = 24 * 60 * 60;

export const attemptInputSchema = z.strictObject({
  questionId: z.string().min(1, 'give the id of the question'),
  answer: storedText()
    .max(ANSWER_MAX_CHARS, `an answer is limited to ${ANSWER_MAX_CHARS} characters`)
    .refine((s) => s.trim().length > 0, 'the answer is empty: write or say something first'),
  seconds: z.number().int().min(0).max(ATTEMPT_MAX_SECONDS, `seconds is limited to ${ATTEMPT_MAX_SECONDS}`),
  /** The level the candidate aims for: the coach reads a story's scope against it. */
  targetLevel: z.enum(LEVEL_IDS).optional(),
  /** The id a transcription returned: the recording is kept with this attempt. */
  recording: z.string().min(1).max(100).optional(),
  /** What the browser's own recogniser heard, when it made the transcript. */
  heard: storedText().max(ANSWER_MAX_CHARS, `heard is limited to ${ANSWER_MAX_CHARS} characters`).optional(),
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
  /** The spoken answer's recording, when it was recorded. */
  recording: AttemptRecording | null;
  createdAt: string;
}


export interface AttemptDeps {
  db: Db;
  now: () => Date;
  titleOf: (questionId: string) => string;
  /** Throws NotFoundError for an unknown question. */
  requireQuestion: (questionId: string) => void;
  analyze?: (questionId: string, answer: string, extra?: { targetLevel?: LevelId; heard?: string }) => CoachResult;
  /** Where recordings are kept; without it an attempt cannot keep one. */
  audio?: AudioStore;
}

type AudioRow = RecordingColumns & { attempt_id: number };

export type { AttemptRecording };

export function attemptOperations(deps: AttemptDeps) {
  const { db } = deps;

  async function create(raw: unknown): Promise<Attempt> {
    const input = parseInput(attemptInputSchema, raw, 'attempt');
    deps.requireQuestion(input.questionId);
    const pending = pendingRecording(deps.audio, input.recording, input.heard);
    const heard = pending?.heard;
    const analysis = deps.analyze ? deps.analyze(input.questionId, input.answer, { ...(input.targetLevel ? { targetLevel: input.targetLevel } : {}), ...(heard !== undefined ? { heard } : {}) }) : null;
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
    if (!pending || !deps.audio) return toAttempt(row, undefined);
    const audioRow: AudioRow = { attempt_id: row.id, ...keepRecording(deps.audio, pending, attemptRecordingStem(row.id), input.answer) };
    await db.kysely.insertInto('attempt_audio').values({ ...audioRow, created_at: deps.now().toISOString() }).execute();
    return toAttempt(row, audioRow);
  }

  /** The recording of an attempt: its file and type. */
  async function recordingFile(attemptId: number): Promise<{ file: string; mime: string; bytes: number }> {
    const row = await db.kysely.selectFrom('attempt_audio').selectAll().where('attempt_id', '=', attemptId).executeTakeFirst();
    if (!row || !deps.audio?.exists(row.file)) throw new NotFoundError(`attempt ${attemptId} has no recording`);
    return { file: deps.audio.pathOf(row.file), mime: row.mime, bytes: row.bytes };
  }

  async function list(raw: unknown = {}): Promise<Attempt[]> {
    const input = parseInput(attemptListSchema, raw, 'attempt query');
    let query = db.kysely.selectFrom('attempts').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
    if (input.questionId) query = query.where('question_id', '=', input.questionId);
    const rows = await query.limit(input.limit ?? 100).execute();
    const ids = rows.map((r) => r.id);
    const audio = ids.length === 0 ? [] : await db.kysely.selectFrom('attempt_audio').selectAll().where('attempt_id', 'in', ids).execute();
    const byAttempt = new Map(audio.map((a) => [a.attempt_id, a]));
    return rows.map((row) => toAttempt(row, byAttempt.get(row.id)));
  }

  const toRecording = (row: AudioRow): AttemptRecording => recordingOf(row, `/api/attempts/${row.attempt_id}/audio`);

  function toAttempt(row: { id: number; question_id: string; answer: string; seconds: number; analysis: string | null; created_at: string }, audio: AudioRow | undefined): Attempt {
    return {
      id: row.id,
      questionId: row.question_id,
      questionTitle: deps.titleOf(row.question_id),
      answer: row.answer,
      seconds: row.seconds,
      analysis: row.analysis === null ? null : (JSON.parse(row.analysis) as CoachResult),
      recording: audio ? toRecording(audio) : null,
      createdAt: row.created_at,
    };
  }

  async function get(id: number): Promise<Attempt> {
    if (!Number.isInteger(id) || id <= 0) throw new InvalidInputError(`an attempt id is a positive whole number; got "${id}"`);
    const row = await db.kysely.selectFrom('attempts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no attempt ${id}; list them with \`tpmprep attempts list\``);
    const audio = await db.kysely.selectFrom('attempt_audio').selectAll().where('attempt_id', '=', id).executeTakeFirst();
    return toAttempt(row, audio);
  }

  return { create, list, get, recordingFile };
}
