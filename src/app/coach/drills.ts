import { z } from 'zod';
import { analyzeAnswer, COACH_LIMITS, loadCoachRules, type CoachAnalysis } from '../../coach/index.js';
import { answerDrill, startDrill, type DrillPlan, type DrillState } from '../../core/drill.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { LEVEL_IDS } from '../../core/taxonomy.js';
import type { Db } from '../../store/index.js';
import { ANSWER_MAX_CHARS, ATTEMPT_MAX_SECONDS } from '../attempts/attempts.js';
import { starText, type storyOperations } from '../stories/stories.js';
import { storedText } from '../attempts/stored-text.js';
import { profileDefaults } from '../settings/profile-defaults.js';
import { parseInput } from '../validate.js';

/**
 * The deep-dive drill: pick a story from your bank and be questioned on it, line after line (why that
 * design, what broke, what it cost, what you would change, who disagreed). Every answer is coached as a
 * deep-dive answer, against the story itself and the question asked, and saved with the drill.
 */

export type Drill = DrillState<CoachAnalysis>;

export interface DrillView extends Drill {
  id: number;
  /** The story as told in the bank, so the drill page can show what is being questioned. */
  story: { id: number; title: string; text: string };
  /** Lines of questioning, in order, for a progress indicator. */
  lines: Array<{ kind: string; title: string }>;
}

/** A drill as lists show it: no answers or analyses. */
export interface DrillSummary {
  id: number;
  storyId: number;
  storyTitle: string;
  status: string;
  answers: number;
  startedAt: string;
}

export const drillStartSchema = z.strictObject({
  storyId: z.number({ error: 'give the id of a story from your bank (tpmprep stories list)' }).int().positive(),
  /** The level the candidate aims for: each answer's scope is read against it. */
  targetLevel: z.enum(LEVEL_IDS).optional(),
});

export const drillAnswerSchema = z.strictObject({
  text: storedText()
    .max(ANSWER_MAX_CHARS, `an answer is limited to ${ANSWER_MAX_CHARS} characters`)
    .refine((s) => s.trim().length > 0, 'the answer is empty: say something, or stop the drill'),
  seconds: z.number().int().min(0).max(ATTEMPT_MAX_SECONDS, `seconds is limited to ${ATTEMPT_MAX_SECONDS}`).default(0),
});

const idSchema = z.coerce.number().int().positive();
export const drillListSchema = z.strictObject({ storyId: idSchema.optional() });

/**
 * What the drill needs from the coach: how specific and owned the answer is. The overall score weighs
 * length against a full deep-dive answer, which a follow-up answer is not.
 */
export function readingOf(analysis: CoachAnalysis): { specificity: number; quantified: boolean } {
  const dims = ['specificity', 'ownership'].map((id) => analysis.dimensions.find((d) => d.id === id)?.score ?? 0);
  return { specificity: Math.round(dims.reduce((a, b) => a + b, 0) / dims.length), quantified: analysis.quantified.present };
}

export interface DrillDeps {
  db: Db;
  now: () => Date;
  stories: Pick<ReturnType<typeof storyOperations>, 'require'>;
}

export function drillOperations({ db, now, stories }: DrillDeps) {
  const plan = (): DrillPlan => loadCoachRules().data.drill;
  const profile = profileDefaults(db);

  async function read(rawId: unknown): Promise<{ id: number; state: Drill; saved: string }> {
    const id = parseInput(idSchema, rawId, 'drill id');
    const row = await db.kysely.selectFrom('drills').select(['id', 'state']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError(`no drill ${id}; start one with \`tpmprep drill <story id>\``);
    return { id: row.id, state: JSON.parse(row.state) as Drill, saved: row.state };
  }

  async function view(id: number, state: Drill): Promise<DrillView> {
    const story = await stories.require(state.storyId);
    return { id, ...state, story: { id: story.id, title: story.title, text: starText(story) }, lines: plan().steps.map((s) => ({ kind: s.kind, title: s.title })) };
  }

  /** Starts a drill on one of the person's stories (read against the level asked for, else the stored one); the first question waits for an answer. */
  async function start(raw: unknown): Promise<DrillView> {
    const input = parseInput(drillStartSchema, raw, 'drill start');
    const story = await stories.require(input.storyId);
    const state = startDrill<CoachAnalysis>(plan(), story, (await profile.level(input.targetLevel)) ?? null, now());
    const row = await db.kysely
      .insertInto('drills')
      .values({ story_id: story.id, state: JSON.stringify(state), status: state.status, started_at: state.startedAt, updated_at: state.updatedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return view(row.id, state);
  }

  async function get(rawId: unknown): Promise<DrillView> {
    const { id, state } = await read(rawId);
    return view(id, state);
  }

  /** Answers the waiting question: the coach reads it, the drill saves it and asks the next one. */
  async function answer(rawId: unknown, raw: unknown): Promise<DrillView> {
    const { id, state, saved } = await read(rawId);
    const input = parseInput(drillAnswerSchema, raw, 'drill answer');
    if (!state.next) throw new ConflictError(`drill ${id} is done: it asked every question; start another with \`tpmprep drill ${state.storyId}\``);
    const story = await stories.require(state.storyId);
    // Relevance is judged against the question and the story it is about.
    const prompt = `${state.next.question}\n\n${starText(story)}`.slice(0, COACH_LIMITS.maxPromptChars);
    const analysis = analyzeAnswer(input.text, { type: 'deep-dive', prompt, ...(state.targetLevel ? { targetLevel: state.targetLevel as (typeof LEVEL_IDS)[number] } : {}) });
    const next = answerDrill(plan(), state, { text: input.text, seconds: input.seconds, reading: readingOf(analysis), analysis }, now());
    const result = await db.kysely
      .updateTable('drills')
      .set({ state: JSON.stringify(next), status: next.status, updated_at: next.updatedAt })
      .where('id', '=', id)
      .where('state', '=', saved)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`drill ${id} changed while this answer was being saved (in another tab or terminal?); reload it and answer again`);
    return view(id, next);
  }

  /** The drills of one story (or all), newest first, without their analyses. */
  async function list(raw: unknown = {}): Promise<DrillSummary[]> {
    const { storyId } = parseInput(drillListSchema, raw, 'drill query');
    let query = db.kysely.selectFrom('drills').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc');
    if (storyId) query = query.where('story_id', '=', storyId);
    const rows = await query.execute();
    return rows.map((r) => {
      const state = JSON.parse(r.state) as Drill;
      return { id: r.id, storyId: r.story_id, storyTitle: state.storyTitle, status: r.status, answers: state.answers.length, startedAt: r.started_at };
    });
  }

  return { start, get, answer, list };
}
