import { z } from 'zod';
import type { Content } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import type { attemptOperations } from './attempts.js';
import type { mockOperations } from '../mocks/mocks.js';
import type { submissionOperations } from '../code/submissions.js';
import { parseInput } from '../validate.js';

export const RECENT_LIMIT = { default: 10, max: 50 } as const;

export const recentSchema = z.strictObject({
  limit: z.coerce
    .number({ error: `limit is a whole number from 1 to ${RECENT_LIMIT.max}` })
    .int(`limit is a whole number from 1 to ${RECENT_LIMIT.max}`)
    .min(1, `limit is a whole number from 1 to ${RECENT_LIMIT.max}`)
    .max(RECENT_LIMIT.max, `limit is at most ${RECENT_LIMIT.max}`)
    .optional(),
});

/** One piece of practice of any kind, as the dashboard's "Recent practice" lists it. */
export interface RecentItem {
  kind: 'answer' | 'code' | 'exercise' | 'mock';
  /** The row's id within its kind. */
  id: number;
  title: string;
  /** What came of it, in words: "Score 72", "Examples passed", "Accepted", "Hire", "In progress". */
  outcome: string;
  seconds: number | null;
  at: string;
  href: string;
}

const EXERCISE_PATH: Record<string, string> = { design: 'designs', case: 'cases', program: 'programs' };

export function recentPracticeOperations(deps: {
  db: Db;
  content: Content;
  attempts: ReturnType<typeof attemptOperations>;
  submissions: ReturnType<typeof submissionOperations>;
  mocks: ReturnType<typeof mockOperations>;
}) {
  const { db, content } = deps;
  const exerciseTitles = new Map<string, string>();
  for (const [kind, list] of [['design', content.designs], ['case', content.cases], ['program', content.programs]] as const) {
    for (const e of list) exerciseTitles.set(`${kind}/${e.id}`, e.title);
  }
  const problemTitles = new Map(content.problems.map((p) => [p.id, p.title]));

  /** The newest practice across answers, code, exercises and mocks, newest first. */
  async function list(raw: unknown = {}): Promise<RecentItem[]> {
    const limit = parseInput(recentSchema, raw, 'recent practice').limit ?? RECENT_LIMIT.default;
    const [attempts, submissions, exercises, mocks] = await Promise.all([
      deps.attempts.list({ limit: String(limit) }),
      deps.submissions.list({ limit: String(limit) }),
      db.kysely.selectFrom('exercise_attempts').select(['id', 'kind', 'exercise_id', 'grading', 'seconds', 'created_at']).orderBy('id', 'desc').limit(limit).execute(),
      deps.mocks.list({ limit: String(limit) }),
    ]);
    const items: RecentItem[] = [
      ...attempts.map((a) => ({
        kind: 'answer' as const,
        id: a.id,
        title: a.questionTitle,
        outcome: a.analysis ? `Score ${a.analysis.score}` : 'Saved',
        seconds: a.seconds,
        at: a.createdAt,
        href: `/practice/${a.questionId}`,
      })),
      ...submissions.map((s) => ({
        kind: 'code' as const,
        id: s.id,
        title: problemTitles.get(s.problemId) ?? s.problemId,
        outcome: s.status === 'done' ? `${s.label} · ${s.passed}/${s.total} ${s.mode === 'run' ? 'examples' : 'tests'}` : s.status === 'queued' ? 'Waiting for the judge' : 'Being judged',
        seconds: null,
        at: s.createdAt,
        href: `/code/${s.problemId}`,
      })),
      ...exercises.map((e) => {
        const score = (JSON.parse(e.grading) as { score?: number }).score;
        return {
          kind: 'exercise' as const,
          id: e.id,
          title: exerciseTitles.get(`${e.kind}/${e.exercise_id}`) ?? e.exercise_id,
          outcome: typeof score === 'number' ? `Score ${Math.round(score)}` : 'Saved',
          seconds: e.seconds,
          at: e.created_at,
          href: `/toolkit/${EXERCISE_PATH[e.kind] ?? e.kind}/${e.exercise_id}`,
        };
      }),
      ...mocks.map((m) => ({
        kind: 'mock' as const,
        id: m.id,
        title: m.loopTitle,
        outcome: m.status === 'finished' ? (m.signal ?? 'Finished') : `In progress · ${m.answered} of ${m.items} answered`,
        seconds: null,
        at: m.finishedAt ?? m.updatedAt,
        href: `/mock/${m.id}`,
      })),
    ];
    return items.sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id).slice(0, limit);
  }

  return { list };
}
