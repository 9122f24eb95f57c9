import { NotFound } from '../../ui/not-found.js';
import { CaseExercise } from './case.js';
import { DesignExercise } from './design.js';
import { ExerciseListPage } from './list.js';
import { ProgramExercise } from './program.js';
import '../toolkit/toolkit.css';
import '../coach/coach.css';
import './exercises.css';

/** The toolkit's exercises: /toolkit/exercises, /toolkit/designs/<id>, /toolkit/cases/<id>, /toolkit/programs/<id>. */
export function isExercisePath(path: string): boolean {
  return path === '/toolkit/exercises' || /^\/toolkit\/(designs|cases|programs)\/[a-z0-9-]+$/.test(path);
}

export function ExercisesPage({ path }: { path: string }) {
  if (path === '/toolkit/exercises') return <ExerciseListPage />;
  const [, , kind, id] = path.split('/');
  if (!id) return <NotFound />;
  // key: a new exercise starts from fresh state.
  if (kind === 'designs') return <DesignExercise key={id} id={id} />;
  if (kind === 'cases') return <CaseExercise key={id} id={id} />;
  if (kind === 'programs') return <ProgramExercise key={id} id={id} />;
  return <NotFound />;
}
