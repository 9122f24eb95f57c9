import { sql } from 'kysely';
import type { Evidence } from '../../core/readiness.js';
import { SKILL_IDS, type AreaId, type SkillId } from '../../core/taxonomy.js';
import type { Content } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import type { EvidenceSource, PracticeRecord } from './evidence-source.js';
import { mockSource } from '../mocks/mock-evidence.js';
import { PENDING_STATUSES } from '../code/submissions.js';

/**
 * Evidence adapters: each reads one kind of practice from the database and turns it into readiness
 * evidence (scored, tagged by skill and area) and activity (time on task, for the streak and time spent).
 */

export type { EvidenceSource, PracticeRecord } from './evidence-source.js';

/** Flashcard reviews are not timed one by one; an answered card takes about this long. */
export const SECONDS_PER_REVIEW = 15;

/**
 * A ticked checklist item is preparation the person reports, not performance anyone scored: it reads as
 * fairly ready, with a small weight (KIND_WEIGHTS.checklist) that scored practice soon outweighs.
 */
export const CHECKLIST_DONE_SCORE = 0.75;

/** Skills an area exercises, from the guide (content/guide/areas/<id>.md `skills`). */
export function skillsOfAreas(content: Content): (areas: readonly AreaId[]) => SkillId[] {
  const byArea = new Map(content.guide.areas.map((a) => [a.id, a.skills.filter((s): s is SkillId => (SKILL_IDS as readonly string[]).includes(s))]));
  return (areas) => SKILL_IDS.filter((skill) => areas.some((area) => byArea.get(area)?.includes(skill)));
}

/**
 * Coding time comes from the submissions themselves: the working time the page reports with a
 * submission (`workSeconds`) when it does, else the time since the previous submission on the same
 * problem when that is at most this long. The time before the first submission of a sitting is not
 * known (the CLI cannot see it) and is not counted, rather than guessed.
 */
export const CODING_SITTING_GAP_SECONDS = 30 * 60;

/** The top-level `score` of a JSON column, read in the database so only the number comes back. */
function jsonScore(db: Db, column: 'analysis' | 'grading' | 'result', field: 'score' | 'workSeconds' = 'score') {
  return db.kind === 'postgres'
    ? sql<number | null>`(${sql.ref(column)}::json->>${sql.lit(field)})::float`
    : sql<number | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${field}`)})`;
}

const clampUnit = (n: number) => Math.min(1, Math.max(0, n));

/** Practice answers: the coach's score (0-100) on the question's skills and areas. */
export function attemptSource(db: Db, content: Content): EvidenceSource {
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const score = jsonScore(db, 'analysis');
  return {
    kind: 'attempt',
    async read() {
      const rows = await db.kysely.selectFrom('attempts').select(['question_id', 'seconds', 'created_at', score.as('score')]).execute();
      const record: PracticeRecord = { evidence: [], activity: [] };
      for (const row of rows) {
        const at = new Date(row.created_at);
        record.activity.push({ kind: 'attempt', at, seconds: row.seconds });
        const question = questions.get(row.question_id);
        if (!question || row.score === null) continue;
        record.evidence.push({
          kind: 'attempt',
          at,
          score: clampUnit(Number(row.score) / 100),
          skills: question.skills,
          areas: question.areas,
          competencies: question.competencies,
          tracks: question.tracks,
        });
      }
      return record;
    },
  };
}

/**
 * Flashcard reviews. Recall is only evidence on cards already learned (in review): a review not rated
 * Again counts as recalled (1), Again as forgotten (0). Every review is practice time.
 */
export function flashcardSource(db: Db, content: Content): EvidenceSource {
  const cards = new Map(content.flashcards.map((c) => [c.id, c]));
  const skillsOf = skillsOfAreas(content);
  return {
    kind: 'flashcard',
    async read() {
      const rows = await db.kysely.selectFrom('reviews').select(['card_id', 'rating', 'reviewed_at', 'state_before']).execute();
      const record: PracticeRecord = { evidence: [], activity: [] };
      for (const row of rows) {
        const at = new Date(row.reviewed_at);
        record.activity.push({ kind: 'flashcard', at, seconds: SECONDS_PER_REVIEW });
        const card = cards.get(row.card_id);
        if (!card || row.state_before !== 'review') continue;
        record.evidence.push({ kind: 'flashcard', at, score: row.rating === 'again' ? 0 : 1, skills: skillsOf(card.areas), areas: card.areas });
      }
      return record;
    },
  };
}

/** Done checklist items, on the areas each item names. Ticking an item is not practice time. */
export function checklistSource(db: Db, content: Content): EvidenceSource {
  const items = new Map(content.guide.checklist.map((i) => [i.id, i.areas as AreaId[]]));
  const skillsOf = skillsOfAreas(content);
  return {
    kind: 'checklist',
    async read() {
      const rows = await db.kysely.selectFrom('checklist').selectAll().execute();
      const evidence: Evidence[] = [];
      for (const row of rows) {
        const areas = items.get(row.item_id);
        if (areas) evidence.push({ kind: 'checklist', at: new Date(row.done_at), score: CHECKLIST_DONE_SCORE, skills: skillsOf(areas), areas });
      }
      return { evidence, activity: [] };
    },
  };
}

/**
 * Judge submissions: a full submit scores the share of tests passed, on the problem's skills and areas.
 * A run (visible examples only) and a judge failure are practice time but not evidence.
 */
export function submissionSource(db: Db, content: Content): EvidenceSource {
  const problems = new Map((content.problems ?? []).map((p) => [p.id, p]));
  const workSeconds = jsonScore(db, 'result', 'workSeconds');
  return {
    kind: 'submission',
    async read() {
      const rows = await db.kysely
        .selectFrom('submissions')
        .select(['problem_id', 'mode', 'verdict', 'passed', 'total', 'created_at', workSeconds.as('work_seconds')])
        // Hosted submissions still waiting for a worker are not evidence yet.
        .where('verdict', 'not in', PENDING_STATUSES)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const record: PracticeRecord = { evidence: [], activity: [] };
      const previous = new Map<string, number>();
      for (const row of rows) {
        const at = new Date(row.created_at);
        const gap = (at.getTime() - (previous.get(row.problem_id) ?? -Infinity)) / 1000;
        previous.set(row.problem_id, at.getTime());
        const seconds = row.work_seconds !== null ? Number(row.work_seconds) : gap <= CODING_SITTING_GAP_SECONDS ? Math.round(gap) : 0;
        record.activity.push({ kind: 'submission', at, seconds });
        const problem = problems.get(row.problem_id);
        if (!problem || row.mode !== 'submit' || row.verdict === 'internal_error') continue;
        const score = row.total > 0 ? row.passed / row.total : 0;
        record.evidence.push({ kind: 'submission', at, score: clampUnit(score), skills: problem.skills, areas: problem.areas });
      }
      return record;
    },
  };
}

/** Exercise attempts (designs, metric cases, program scenarios): the grade (0-100) on the exercise's skills and areas. */
export function exerciseSource(db: Db, content: Content): EvidenceSource {
  const exercises = new Map<string, { skills: SkillId[]; areas: AreaId[] }>();
  for (const [kind, list] of [['design', content.designs], ['case', content.cases], ['program', content.programs]] as const) {
    for (const e of list ?? []) exercises.set(`${kind}/${e.id}`, { skills: e.skills, areas: e.areas });
  }
  const score = jsonScore(db, 'grading');
  return {
    kind: 'exercise',
    async read() {
      const rows = await db.kysely.selectFrom('exercise_attempts').select(['kind', 'exercise_id', 'seconds', 'created_at', score.as('score')]).execute();
      const record: PracticeRecord = { evidence: [], activity: [] };
      for (const row of rows) {
        const at = new Date(row.created_at);
        record.activity.push({ kind: 'exercise', at, seconds: row.seconds });
        const exercise = exercises.get(`${row.kind}/${row.exercise_id}`);
        if (!exercise || row.score === null) continue;
        record.evidence.push({ kind: 'exercise', at, score: clampUnit(Number(row.score) / 100), skills: exercise.skills, areas: exercise.areas });
      }
      return record;
    },
  };
}

/**
 * Every source readiness reads, in one list. Mock debriefs (src/app/mocks/mock-evidence.ts) give each stage's
 * score as kind 'mock' on the stage's skills and areas, and the stage's length as practice time.
 */
export function evidenceSources(db: Db, content: Content): EvidenceSource[] {
  return [attemptSource(db, content), flashcardSource(db, content), checklistSource(db, content), submissionSource(db, content), exerciseSource(db, content), mockSource(db)];
}
