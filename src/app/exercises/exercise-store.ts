import type { ExerciseKind } from '../../content/exercise-fields.js';
import type { Db } from '../../store/index.js';
import type { ExerciseGrading } from './exercise-views.js';

export interface ExerciseAttempt {
  id: number;
  kind: ExerciseKind;
  exerciseId: string;
  exerciseTitle: string;
  /** The attempt as submitted, after validation. */
  submitted: unknown;
  grading: ExerciseGrading;
  seconds: number;
  createdAt: string;
}

interface Row {
  id: number;
  kind: string;
  exercise_id: string;
  submitted: string;
  grading: string;
  seconds: number;
  created_at: string;
}

/** Saves and reads exercise attempts; content is referred to by kind and id only. */
export function exerciseAttemptStore(db: Db, titleOf: (kind: ExerciseKind, id: string) => string) {
  const toAttempt = (row: Row): ExerciseAttempt => ({
    id: row.id,
    kind: row.kind as ExerciseKind,
    exerciseId: row.exercise_id,
    exerciseTitle: titleOf(row.kind as ExerciseKind, row.exercise_id),
    submitted: JSON.parse(row.submitted) as unknown,
    grading: JSON.parse(row.grading) as ExerciseGrading,
    seconds: row.seconds,
    createdAt: row.created_at,
  });

  async function save(kind: ExerciseKind, exerciseId: string, submitted: unknown, grading: ExerciseGrading, seconds: number, createdAt: string): Promise<ExerciseAttempt> {
    const row = await db.kysely
      .insertInto('exercise_attempts')
      .values({ kind, exercise_id: exerciseId, submitted: JSON.stringify(submitted), grading: JSON.stringify(grading), seconds, created_at: createdAt })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAttempt(row);
  }

  async function list(filter: { kind?: ExerciseKind; id?: string; limit?: number }): Promise<ExerciseAttempt[]> {
    let query = db.kysely.selectFrom('exercise_attempts').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.id) query = query.where('exercise_id', '=', filter.id);
    return (await query.limit(filter.limit ?? 100).execute()).map(toAttempt);
  }

  /** Per exercise: how many attempts, the best score and the latest time. */
  async function stats(): Promise<Map<string, { attempts: number; best: number; last: string }>> {
    const rows = await db.kysely.selectFrom('exercise_attempts').select(['kind', 'exercise_id', 'grading', 'created_at']).execute();
    const out = new Map<string, { attempts: number; best: number; last: string }>();
    for (const row of rows) {
      const key = `${row.kind}/${row.exercise_id}`;
      const score = (JSON.parse(row.grading) as { score: number }).score;
      const seen = out.get(key);
      out.set(key, seen ? { attempts: seen.attempts + 1, best: Math.max(seen.best, score), last: seen.last > row.created_at ? seen.last : row.created_at } : { attempts: 1, best: score, last: row.created_at });
    }
    return out;
  }

  return { save, list, stats };
}
