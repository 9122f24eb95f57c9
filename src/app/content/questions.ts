import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import { AREA_IDS, DIFFICULTY_IDS, PROGRAM_COMPETENCY_IDS, QUESTION_TYPE_IDS, SKILL_IDS, STAGE_IDS, TRACK_IDS } from '../../core/taxonomy.js';
import type { Content, Question } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import { profileDefaults, type TrackInForce } from '../settings/profile-defaults.js';
import { searchOperations } from './search.js';
import { parseInput } from '../validate.js';

export const QUERY_MAX_LENGTH = 200;

export const questionFiltersSchema = z.strictObject({
  skill: z.enum(SKILL_IDS).optional(),
  area: z.enum(AREA_IDS).optional(),
  stage: z.enum(STAGE_IDS).optional(),
  type: z.enum(QUESTION_TYPE_IDS).optional(),
  difficulty: z.enum(DIFFICULTY_IDS).optional(),
  track: z.enum(TRACK_IDS).optional(),
  competency: z.enum(PROGRAM_COMPETENCY_IDS).optional(),
  search: z.string().max(QUERY_MAX_LENGTH, `search is limited to ${QUERY_MAX_LENGTH} characters`).optional(),
  attempted: z.enum(['yes', 'no']).optional(),
  /** A page of the matches: at most `limit` (all when absent), from `offset`. `total` counts them all. */
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type QuestionFilters = z.infer<typeof questionFiltersSchema>;

/** What a list shows: no prompt, rubric or outline (GET /api/questions/:id has the whole question). */
export interface QuestionSummary {
  id: string;
  title: string;
  type: Question['type'];
  skills: Question['skills'];
  areas: Question['areas'];
  stages: Question['stages'];
  difficulty: Question['difficulty'];
  minutes: number;
  tracks: Question['tracks'];
  competencies: Question['competencies'];
  attempts: number;
}

/** A filtered list and the track it was filtered by (the request's, else the person's stored track). */
export interface QuestionList extends TrackInForce {
  /** Every question that matches the filters, shown or not. */
  total: number;
  questions: QuestionSummary[];
}

export function questionOperations(db: Db, content: Content) {
  const defaults = profileDefaults(db);
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  // Without a search: by type in curriculum order, easier first, then by title.
  const browseOrder = [...content.questions].sort(
    (a, b) =>
      QUESTION_TYPE_IDS.indexOf(a.type) - QUESTION_TYPE_IDS.indexOf(b.type) ||
      DIFFICULTY_IDS.indexOf(a.difficulty) - DIFFICULTY_IDS.indexOf(b.difficulty) ||
      a.title.localeCompare(b.title),
  );
  const search = searchOperations(content);

  async function attemptCounts(): Promise<Map<string, number>> {
    const rows = await db.kysely
      .selectFrom('attempts')
      .select((eb) => ['question_id', eb.fn.countAll<number>().as('n')])
      .groupBy('question_id')
      .execute();
    return new Map(rows.map((r) => [r.question_id, Number(r.n)]));
  }

  /**
   * Filters and searches the bank; with a search, best matches first, else in curriculum order.
   * Without a `track` the person's stored track applies; `track: 'all'` lists every track.
   */
  async function browse(raw: unknown = {}): Promise<QuestionList> {
    const { track: requested, ...rest } = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { track: undefined };
    const inForce = await defaults.track(requested);
    const filters = parseInput(questionFiltersSchema, { ...rest, ...(inForce.track ? { track: inForce.track } : {}) }, 'question filters');
    const counts = await attemptCounts();
    const query = filters.search?.trim();
    const candidates = query ? search.rank(query, ['question']).flatMap((hit) => byId.get(hit.id) ?? []) : browseOrder;
    const matches = candidates
      .filter(
        (q) =>
          (!filters.skill || q.skills.includes(filters.skill)) &&
          (!filters.area || q.areas.includes(filters.area)) &&
          (!filters.stage || q.stages.includes(filters.stage)) &&
          (!filters.type || q.type === filters.type) &&
          (!filters.difficulty || q.difficulty === filters.difficulty) &&
          (!filters.track || q.tracks.includes(filters.track)) &&
          (!filters.competency || q.competencies.includes(filters.competency)) &&
          (!filters.attempted || (filters.attempted === 'yes') === counts.has(q.id)),
      )
    const offset = filters.offset ?? 0;
    const page = matches.slice(offset, filters.limit === undefined ? undefined : offset + filters.limit);
    return { ...inForce, total: matches.length, questions: page.map((q) => summarize(q, counts.get(q.id) ?? 0)) };
  }

  const list = async (raw: unknown = {}): Promise<QuestionSummary[]> => (await browse(raw)).questions;

  function get(id: string): Question {
    const question = byId.get(id);
    if (!question) throw new NotFoundError(`no question "${id}"; list them with \`tpmprep questions list\``);
    return question;
  }

  return { browse, list, get };
}

function summarize(q: Question, attempts: number): QuestionSummary {
  const { id, title, type, skills, areas, stages, difficulty, minutes, tracks, competencies } = q;
  return { id, title, type, skills, areas, stages, difficulty, minutes, tracks, competencies, attempts };
}
