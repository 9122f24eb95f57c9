import crypto from 'node:crypto';
import { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError } from '../../core/errors.js';
import {
  answerFollowUp,
  answerItem,
  beginStage,
  chooseLoopItems,
  computeDebrief,
  createMock,
  currentItem,
  expectStatus,
  finishMock,
  pauseMock,
  resumeMock,
  storyUse,
  type Debrief,
  type Evaluation,
  type MockState,
  type ReadinessScores,
} from '../../core/mock.js';
import { TRACK_IDS, type TrackId } from '../../core/taxonomy.js';
import type { Content, Loop } from '../../content/index.js';
import { themesOfQuestion } from '../../content/story-themes.js';
import type { Judge } from '../../judge/judge.js';
import { MAX_CODE_BYTES } from '../../judge/limits.js';
import { LANGUAGES } from '../../judge/types.js';
import { writeTransaction, type Db, type Schema } from '../../store/index.js';
import type { Kysely } from 'kysely';
import { ANSWER_MAX_CHARS } from '../attempts/attempts.js';
import type { coachOperations } from '../coach/coach.js';
import { evaluationOfAnalysis, evaluationOfSubmission, withExplanation } from './mock-evaluate.js';
import { loopSummaries, mockSummary, type LoopSummary, type MockSummary } from './mock-summaries.js';
import { viewOf, type MockView } from './mock-view.js';
import type { problemOperations } from '../content/problems.js';
import { progressOperations } from '../readiness/readiness.js';
import { storyOperations } from '../stories/stories.js';
import { submissionOperations } from '../code/submissions.js';
import { storedText } from '../attempts/stored-text.js';
import { profileDefaults, type TrackInForce } from '../settings/profile-defaults.js';
import { parseInput } from '../validate.js';
import { mockRecordingStem, type AudioStore } from '../speech/audio-store.js';
import { keepRecording, pendingRecording, recordingOf, type AttemptRecording, type PendingRecording } from '../speech/kept-recording.js';

export type { MockView } from './mock-view.js';
export type { LoopSummary, MockSummary } from './mock-summaries.js';

/**
 * Mock interview loops: choose a loop, run it stage by stage against the clock with one follow-up
 * per answer, pause and resume (after a restart too: the state is saved on every move), and read
 * the debrief at the end. The rules live in src/core/mock.ts; this file loads, scores and saves.
 */

export const MOCK_LIST_MAX = 200;

/** The loops offered, and the track they were chosen for. */
export interface LoopList extends TrackInForce {
  loops: LoopSummary[];
}

const text = storedText().max(ANSWER_MAX_CHARS, `an answer is limited to ${ANSWER_MAX_CHARS} characters`);
export const mockStartSchema = z.strictObject({
  loopId: z.string().min(1, 'give the id of a loop'),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  /** Choose questions for this track instead of the loop's own. */
  track: z.enum(TRACK_IDS, { error: `track is one of ${TRACK_IDS.join(', ')}` }).optional(),
});
export const mockAnswerSchema = z.strictObject({
  text: text.optional(),
  code: storedText().refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CODE_BYTES, `code is limited to ${MAX_CODE_BYTES / 1024} KB`).optional(),
  lang: z.enum(LANGUAGES).optional(),
  storyId: z.number().int().positive().nullable().optional(),
  /**
   * A story already told in this loop is refused by default (the web asks for another). `unlink`
   * saves the answer without the story and says so in `notice`, so a typed answer is never lost.
   */
  ifStoryReused: z.enum(['refuse', 'unlink']).optional(),
  /** The id a transcription returned: the recording is kept with this answer (not with code). */
  recording: z.string().min(1).max(100).optional(),
  /** What the browser's own recogniser heard, when it made the transcript. */
  heard: text.optional(),
});
export const mockFollowUpSchema = z.strictObject({
  text,
  /** As for an answer: the id a transcription returned, kept with this follow-up answer. */
  recording: z.string().min(1).max(100).optional(),
  heard: text.optional(),
});

/** The key a follow-up answer's recording is kept under, beside its question's. */
const followUpKey = (itemKey: string) => `${itemKey}-follow-up`;
/** Where a mock answer's recording is served. */
const recordingUrl = (mockId: number, key: string) => `/api/mocks/${mockId}/audio/${encodeURIComponent(key)}`;
export const mockListSchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(MOCK_LIST_MAX).optional() });
const idSchema = z.coerce.number().int().positive();

export interface MockDeps {
  db: Db;
  content: Content;
  now: () => Date;
  coach: ReturnType<typeof coachOperations>;
  problems: ReturnType<typeof problemOperations>;
  /** The app's judge, started on first use (coding stages are judged like any submission). */
  judge: () => Judge;
  /** Where recordings are kept; without it an answer cannot keep one. */
  audio?: AudioStore;
}

/** The debrief, with the recordings of the answers and follow-up answers that were spoken, by question key. */
export type MockDebrief = Debrief & { id: number; recordings: Record<string, { answer?: AttemptRecording; followUp?: AttemptRecording }> };

export function mockOperations({ db, content, now, coach, problems, judge, audio }: MockDeps) {
  const submissions = submissionOperations({ db, now, problems, judge });
  const stories = storyOperations({ db, content, now, analyze: coach.analyze });
  const progress = progressOperations({ db, content, now });
  const themesOf = new Map(content.questions.map((q) => [q.id, themesOfQuestion(content.storyThemes, q)]));

  const profile = profileDefaults(db);
  const loops = () => loopSummaries(content.loops);

  /** The loops for a track: the one asked for (`all`: every loop), else the person's stored track. */
  async function loopList(options: { track?: unknown } = {}): Promise<LoopList> {
    const inForce = await profile.track(options.track);
    return { ...inForce, loops: loops().filter((l) => !inForce.track || l.track === inForce.track) };
  }

  function loop(id: string): Loop {
    const found = content.loops.find((l) => l.id === id);
    if (!found) throw new NotFoundError(`no loop "${id}"; the loops are: ${content.loops.map((l) => l.id).join(', ')}`);
    return found;
  }

  async function load(rawId: unknown): Promise<{ id: number; state: MockState; saved: string }> {
    const id = parseInput(idSchema, rawId, 'mock id');
    const row = await db.kysely.selectFrom('mock_sessions').select(['id', 'state']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no mock ${id}; list them with \`tpmprep mock --list\``);
    return { id: row.id, state: JSON.parse(row.state) as MockState, saved: row.state };
  }

  /**
   * Saves the next state only if the mock is still as it was read (`saved`): a move computed from a
   * state that another request changed meanwhile (a second tab, the CLI) is refused, not written over it.
   */
  /** Keeps a recording with one answer of mock `id`, under `key`, inside the transaction that saves the answer. */
  async function keepMockRecording(trx: Kysely<Schema>, pending: PendingRecording, id: number, key: string, keptText: string): Promise<void> {
    // A pending recording exists only where recordings are kept (pendingRecording refuses otherwise).
    if (!audio) throw new InvalidInputError('this server keeps no recordings; save the answer without one');
    const kept = keepRecording(audio, pending, mockRecordingStem(id, key), keptText);
    await trx.insertInto('mock_audio').values({ mock_id: id, item_key: key, ...kept, created_at: now().toISOString() }).execute();
  }

  async function save(id: number, saved: string, state: MockState, executor: Kysely<Schema> = db.kysely): Promise<void> {
    const result = await executor
      .updateTable('mock_sessions')
      .set({ state: JSON.stringify(state), status: state.status, updated_at: state.updatedAt, finished_at: state.finishedAt })
      .where('id', '=', id)
      .where('state', '=', saved)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new ConflictError(`mock ${id} changed while this move was being made (in another tab or terminal?); reload it and try again`);
    }
  }

  const view = (id: number, state: MockState) =>
    viewOf(id, state, now(), {
      content,
      problem: (problemId) => problems.get(problemId),
      stories: stories.summaries,
      recording: (key) => recording(id, key),
    });

  async function recording(id: number, key: string): Promise<AttemptRecording | null> {
    const row = await db.kysely.selectFrom('mock_audio').selectAll().where('mock_id', '=', id).where('item_key', '=', key).executeTakeFirst();
    return row ? recordingOf(row, recordingUrl(id, key)) : null;
  }

  /** The recording of a mock answer: its file and type. */
  async function recordingFile(rawId: unknown, key: string): Promise<{ file: string; mime: string; bytes: number }> {
    const id = parseInput(idSchema, rawId, 'mock id');
    const row = await db.kysely.selectFrom('mock_audio').selectAll().where('mock_id', '=', id).where('item_key', '=', key).executeTakeFirst();
    if (!row || !audio?.exists(row.file)) throw new NotFoundError(`mock ${id} has no recording for question ${key}`);
    return { file: audio.pathOf(row.file), mime: row.mime, bytes: row.bytes };
  }

  async function readinessScores(track: TrackId): Promise<ReadinessScores> {
    const model = await progress.readiness(track);
    const pick = <K extends string>(rec: Record<K, { score: number | null }>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, (v as { score: number | null }).score]));
    return { skills: pick(model.skills), areas: pick(model.areas) };
  }

  async function seen(): Promise<{ questions: Set<string>; problems: Set<string> }> {
    const [attempted, submitted, past] = await Promise.all([
      db.kysely.selectFrom('attempts').select('question_id').distinct().execute(),
      db.kysely.selectFrom('submissions').select('problem_id').distinct().execute(),
      db.kysely.selectFrom('mock_sessions').select('state').execute(),
    ]);
    const asked = past.flatMap((r) => (JSON.parse(r.state) as MockState).stages.flatMap((s) => s.items));
    return {
      questions: new Set([...attempted.map((a) => a.question_id), ...asked.filter((i) => i.kind !== 'coding').map((i) => i.refId)]),
      problems: new Set([...submitted.map((s) => s.problem_id), ...asked.filter((i) => i.kind === 'coding').map((i) => i.refId)]),
    };
  }

  async function active(executor: Kysely<Schema> = db.kysely): Promise<{ id: number; state: MockState } | null> {
    const row = await executor.selectFrom('mock_sessions').select(['id', 'state']).where('status', '!=', 'finished').orderBy('updated_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
    return row ? { id: row.id, state: JSON.parse(row.state) as MockState } : null;
  }

  /** Chooses the loop's questions for the person now and saves the mock, not started yet. */
  async function start(raw: unknown): Promise<MockView> {
    const input = parseInput(mockStartSchema, raw, 'mock start');
    const template = loop(input.loopId);
    const refuseIfOpen = async (executor?: Kysely<Schema>) => {
      const open = await active(executor);
      if (open) {
        throw new ConflictError(`mock ${open.id} (${open.state.loopTitle}) is still ${open.state.status}: resume it (tpmprep mock --resume) or finish it before starting another`);
      }
    };
    await refuseIfOpen();
    const seed = input.seed ?? crypto.randomInt(0, 2 ** 31 - 1);
    // Questions follow the track asked for, else the person's stored track, else the loop's own.
    const track = input.track ?? (await profile.storedTrack()) ?? template.track;
    const items = chooseLoopItems({
      loop: template,
      questions: content.questions.map((q) => ({ ...q, themes: themesOf.get(q.id) ?? [], followups: q.followups })),
      problems: content.problems,
      readiness: await readinessScores(track),
      seen: await seen(),
      stories: await stories.candidates(),
      seed,
      track,
    });
    const state = createMock({ loop: template, items, seed, now: now() });
    // "One unfinished mock" is checked again inside the insert's transaction: two starts at once make one mock.
    const id = await writeTransaction(db, async (trx) => {
      await refuseIfOpen(trx);
      const row = await trx
        .insertInto('mock_sessions')
        .values({ loop_id: template.id, state: JSON.stringify(state), status: state.status, started_at: state.startedAt, updated_at: state.updatedAt, finished_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
    return view(id, state);
  }

  async function current(): Promise<MockView | null> {
    const open = await active();
    return open ? view(open.id, open.state) : null;
  }

  async function get(rawId: unknown): Promise<MockView> {
    const { id, state } = await load(rawId);
    return view(id, state);
  }

  /** Applies one transition and saves it. */
  async function move(rawId: unknown, transition: (state: MockState, at: Date) => MockState): Promise<MockView> {
    const { id, state, saved } = await load(rawId);
    const next = transition(state, now());
    await save(id, saved, next);
    return view(id, next);
  }

  async function answer(rawId: unknown, raw: unknown): Promise<MockView> {
    const { id, state, saved } = await load(rawId);
    const input = parseInput(mockAnswerSchema, raw, 'mock answer');
    const item = currentItem(state);
    expectStatus(state, ['in-stage'], 'answer');
    if (!item) throw new ConflictError('there is no question to answer');
    if (input.storyId) await stories.require(input.storyId);
    let evaluation: Evaluation;
    let answerText: string;
    let lang: string | null = null;
    if (item.kind === 'coding') {
      if (!input.code?.trim() || !input.lang) throw new InvalidInputError(`this is a coding exercise: send the code and its lang (${LANGUAGES.join(', ')})`);
      const submission = await submissions.create({ problemId: item.refId, lang: input.lang, code: input.code, mode: 'submit' });
      evaluation = evaluationOfSubmission(submission, content.interviewer);
      answerText = input.code;
      lang = input.lang;
    } else {
      if (!input.text?.trim()) throw new InvalidInputError('the answer is empty: say something first (a question you cannot answer still deserves your best attempt)');
      answerText = input.text;
      evaluation = evaluationOfAnalysis(coach.analyze({ text: answerText, questionId: item.refId }), answerText);
    }
    if (input.recording && item.kind === 'coding') throw new InvalidInputError('a coding exercise is answered in code; send it without a recording');
    const pending = pendingRecording(audio, input.recording, input.heard);
    let storyId = input.storyId ?? null;
    let notice: string | undefined;
    const reused = storyId !== null && input.ifStoryReused === 'unlink' ? storyUse(state, storyId, item.key) : null;
    if (reused) {
      notice = `story ${storyId} was already told in this loop (${reused.stage.title}: "${reused.item.title}"), so this answer is saved without it; an interviewer panel compares notes, so use a different story next time`;
      storyId = null;
    }
    const next = answerItem(state, { text: answerText, lang, storyId, evaluation }, now());
    // The answer and its story link are saved together or not at all.
    await writeTransaction(db, async (trx) => {
      await save(id, saved, next, trx);
      if (storyId) await stories.linkMockAnswer(storyId, id, item.key, trx);
      // Last, so a refused move leaves the recording waiting for another try.
      if (pending) await keepMockRecording(trx, pending, id, item.key, answerText);
    });
    const shown = await view(id, next);
    return notice ? { ...shown, notice } : shown;
  }

  /** The answer to the interviewer's follow-up; an empty text passes. */
  async function followUp(rawId: unknown, raw: unknown): Promise<MockView> {
    const { id, state, saved } = await load(rawId);
    const input = parseInput(mockFollowUpSchema, raw, 'follow-up answer');
    expectStatus(state, ['awaiting-follow-up'], 'answer the follow-up');
    const item = currentItem(state);
    const said = input.text.trim();
    if (input.recording && !said) throw new InvalidInputError('a passed follow-up keeps no recording: send what was said as the text, or pass without the recording');
    if (input.recording && item?.kind !== 'question') throw new InvalidInputError('only a spoken question keeps a recording; send this follow-up without one');
    const pending = pendingRecording(audio, input.recording, input.heard);
    let evaluation: Evaluation | null = null;
    if (item?.answer && said) {
      if (item.kind === 'coding') {
        evaluation = withExplanation(item.answer.evaluation, coach.analyze({ text: said, type: 'technical' }), said);
      } else {
        const whole = `${item.answer.text}\n\n${said}`;
        evaluation = evaluationOfAnalysis(coach.analyze({ text: whole, questionId: item.refId }), whole, { answerLength: item.answer.text.length });
      }
    }
    const next = answerFollowUp(state, { text: said, evaluation }, now());
    await writeTransaction(db, async (trx) => {
      await save(id, saved, next, trx);
      if (pending && item) await keepMockRecording(trx, pending, id, followUpKey(item.key), said);
    });
    return view(id, next);
  }

  async function debrief(rawId: unknown): Promise<MockDebrief> {
    const { id, state } = await load(rawId);
    if (state.status !== 'finished') {
      throw new ConflictError(`mock ${id} is ${state.status}: the debrief comes at the end, like in a real loop; answer the remaining questions or finish it early`);
    }
    const rows = await db.kysely.selectFrom('mock_audio').selectAll().where('mock_id', '=', id).orderBy('item_key').execute();
    const byKey = new Map(rows.map((row) => [row.item_key, recordingOf(row, recordingUrl(id, row.item_key))]));
    const recordings: MockDebrief['recordings'] = {};
    for (const item of state.stages.flatMap((stage) => stage.items)) {
      const answer = byKey.get(item.key);
      const followUp = byKey.get(followUpKey(item.key));
      if (answer || followUp) recordings[item.key] = { ...(answer ? { answer } : {}), ...(followUp ? { followUp } : {}) };
    }
    return { id, ...computeDebrief(state, { advice: content.interviewer?.advice }), recordings };
  }

  async function list(raw: unknown = {}): Promise<MockSummary[]> {
    const input = parseInput(mockListSchema, raw, 'mock list');
    const rows = await db.kysely.selectFrom('mock_sessions').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(input.limit ?? 50).execute();
    return rows.map((row) => mockSummary(row.id, JSON.parse(row.state) as MockState));
  }

  return {
    loops,
    loopList,
    start,
    current,
    get,
    begin: (id: unknown) => move(id, beginStage),
    answer,
    followUp,
    pause: (id: unknown) => move(id, pauseMock),
    resume: (id: unknown) => move(id, resumeMock),
    finish: (id: unknown) => move(id, finishMock),
    debrief,
    list,
    recordingFile,
  };
}
