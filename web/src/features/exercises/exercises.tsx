import { CaseExercise } from './case.js';
import { DesignExercise } from './design.js';
import { ExerciseListPage } from './list.js';
import { ProgramExercise } from './program.js';
import '../toolkit/toolkit.css';
import '../coach/coach.css';
import './exercises.css';

/** The addresses' names for the exercise kinds: /toolkit/designs/<id>, /toolkit/cases/<id>, /toolkit/programs/<id>. */
export const EXERCISE_ROUTES = { designs: DesignExercise, cases: CaseExercise, programs: ProgramExercise } as const;
export type ExerciseRoute = keyof typeof EXERCISE_ROUTES;

export function ExercisePage({ kind, id }: { kind: ExerciseRoute; id: string }) {
  const Exercise = EXERCISE_ROUTES[kind];
  return <Exercise id={id} />;
}

export { ExerciseListPage };
