import { z } from 'zod';
import { KEPT_FILE } from '../speech/audio-store.js';

/**
 * The export document: every user table, row for row, with the database's own column names, so an
 * import restores exactly what was exported (ids included, so links between rows survive).
 * Bump EXPORT_VERSION when a migration changes a user table, and teach `import` the older versions.
 */
export const EXPORT_FORMAT = 'tpmprep-export';
export const EXPORT_VERSION = 3;
/**
 * Version 1 had no recordings (no attempt_audio table, no audio files); version 2 had no mock_audio.
 * Both still import.
 */
export const OLDEST_IMPORTED_VERSION = 1;

const text = z.string();
const int = z.number().int();
const num = z.number();
const id = z.number().int().positive();
/** The columns every kept recording has (attempt_audio, mock_audio). */
const recordingColumns = { file: text, mime: text, bytes: int, engine: text, heard: text, words: text, keywords: text, delivery: text, created_at: text };

/** Insert order: a row's references come before it. Deleting goes in reverse. */
export const EXPORT_TABLES = {
  checklist: z.strictObject({ item_id: text, done_at: text }),
  settings: z.strictObject({ key: text, value: text, updated_at: text }),
  plan_settings: z.strictObject({
    id: int,
    interview_date: text.nullable(),
    weeks: int.nullable(),
    hours_per_week: num,
    start_date: text,
    rest_days: text,
    updated_at: text,
  }),
  cards: z.strictObject({
    card_id: text,
    due: text,
    stability: num,
    difficulty: num,
    elapsed_days: int,
    scheduled_days: int,
    learning_steps: int,
    reps: int,
    lapses: int,
    state: text,
    last_review: text.nullable(),
  }),
  reviews: z.strictObject({
    id,
    card_id: text,
    rating: text,
    reviewed_at: text,
    state_before: text,
    state_after: text,
    due_before: text.nullable(),
    due_after: text,
    stability_before: num.nullable(),
    stability_after: num,
    difficulty_before: num.nullable(),
    difficulty_after: num,
    elapsed_days: int,
    scheduled_days: int,
  }),
  attempts: z.strictObject({ id, question_id: text, answer: text, seconds: int, analysis: text.nullable(), created_at: text }),
  attempt_audio: z.strictObject({ attempt_id: id, ...recordingColumns }),
  submissions: z.strictObject({
    id,
    problem_id: text,
    lang: text,
    mode: text,
    code: text,
    verdict: text,
    passed: int,
    total: int,
    time_ms: num,
    result: text,
    created_at: text,
  }),
  exercise_attempts: z.strictObject({ id, kind: text, exercise_id: text, submitted: text, grading: text, seconds: int, created_at: text }),
  mock_sessions: z.strictObject({ id, loop_id: text, state: text, status: text, started_at: text, updated_at: text, finished_at: text.nullable() }),
  mock_audio: z.strictObject({ mock_id: id, item_key: text, ...recordingColumns }),
  stories: z.strictObject({
    id,
    title: text,
    situation: text,
    task: text,
    action: text,
    result: text,
    competencies: text,
    created_at: text,
    updated_at: text,
  }),
  story_links: z.strictObject({ id, story_id: id, attempt_id: id.nullable(), mock_id: id.nullable(), item_key: text.nullable(), created_at: text }),
  drills: z.strictObject({ id, story_id: id, state: text, status: text, started_at: text, updated_at: text }),
} as const;

export type ExportTable = keyof typeof EXPORT_TABLES;
export const EXPORT_TABLE_NAMES = Object.keys(EXPORT_TABLES) as ExportTable[];

/** The column an export lists each table's rows by: its key, the same on every database. */
export const EXPORT_ORDER: Record<ExportTable, string> = Object.fromEntries(
  EXPORT_TABLE_NAMES.map((name) => [name, 'id' in EXPORT_TABLES[name].shape ? 'id' : ({ checklist: 'item_id', settings: 'key', cards: 'card_id', attempt_audio: 'attempt_id', mock_audio: 'file' } as Record<string, string>)[name] ?? 'id']),
) as Record<ExportTable, string>;

/** Tables added after version 1: absent from older documents, read as empty. */
const ADDED_TABLES: ReadonlySet<ExportTable> = new Set<ExportTable>(['attempt_audio', 'mock_audio', 'drills']);

/** A recording's file name in the data folder's audio/: nothing that could climb out of it. */
export const AUDIO_FILE_NAME = KEPT_FILE;

export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(OLDEST_IMPORTED_VERSION).max(EXPORT_VERSION),
  exportedAt: z.string(),
  appVersion: z.string(),
  tables: z.strictObject(
    Object.fromEntries(
      EXPORT_TABLE_NAMES.map((name) => [name, ADDED_TABLES.has(name) ? z.array(EXPORT_TABLES[name]).default([]) : z.array(EXPORT_TABLES[name])]),
    ) as unknown as { [K in ExportTable]: z.ZodType<Array<z.infer<(typeof EXPORT_TABLES)[K]>>> },
  ),
  /** The recordings, by file name, as base64. */
  audio: z.record(z.string().regex(AUDIO_FILE_NAME, 'a recording is named attempt-<id> or mock-<id>-<stage>-<item>, then .webm, .ogg, .wav, .mp3, .m4a or .flac'), z.base64()).default({}),
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/** Only the header, read first, so that a newer version is refused with its own message. */
export const exportHeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT, { error: `this is not a tpmprep export (format is not "${EXPORT_FORMAT}")` }), version: z.number().int().positive() });
