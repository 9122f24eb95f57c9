import type { ExerciseSummary } from '@shared/api.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/tag.js';
import { Link } from '../../lib/router.js';
import { useExercises } from '../../lib/queries.js';
import { KIND_PATH } from './exercise-parts.js';

const GROUPS = [
  { key: 'designs', title: 'System design', lead: 'Eight sections per design, each graded by the coach, with the calculators open beside you.', unit: 'sections' },
  { key: 'cases', title: 'Metric cases', lead: 'Real-looking data sets with charts. Numbers are graded exactly; read-outs by rubric.', unit: 'questions' },
  { key: 'programs', title: 'Program sense', lead: 'Build the risk register and the dependency plan; the critical path is computed and compared.', unit: 'tasks' },
] as const;

/** /toolkit/exercises: the three kinds of exercises, with the person's attempts. */
export function ExerciseListPage() {
  const list = useExercises();
  return (
    <div className="page">
      <p className="crumbs">
        <Link href="/toolkit">← Toolkit</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Toolkit</p>
        <h1>Exercises</h1>
        <p className="lead">Practise the three things TPM loops test with numbers: designing a system, reading a data set, and planning a program that is in trouble.</p>
      </header>
      {list.error && <ErrorNote message={list.error.message} onRetry={() => void list.refetch()} />}
      {!list.data && !list.error && <Loading label="Loading the exercises" />}
      {list.data &&
        GROUPS.map((group) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`} className="exercise-group">
            <div className="group-head">
              <h2 id={`group-${group.key}`}>{group.title}</h2>
              <p className="muted">{group.lead}</p>
            </div>
            <ul className="card-grid exercise-cards">
              {list.data?.[group.key].map((e) => (
                <li key={e.id}>
                  <ExerciseCard exercise={e} unit={group.unit} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

function ExerciseCard({ exercise: e, unit }: { exercise: ExerciseSummary; unit: string }) {
  return (
    <Link href={`/toolkit/${KIND_PATH[e.kind]}/${e.id}`} className="card exercise-card">
      <span className="exercise-card-title">{e.title}</span>
      <span className="exercise-card-summary">{e.summary}</span>
      <span className="tag-row">
        {e.fromGuide && <Tag tone="accent">From the guide</Tag>}
        <Tag tone={e.difficulty}>{e.difficulty}</Tag>
        <Tag>{e.minutes} min</Tag>
        <Tag>
          {e.parts} {unit}
        </Tag>
        {e.attempts > 0 && (
          <Tag tone="good" title={`Last attempt ${e.lastAttemptAt?.slice(0, 10)}`}>
            best {e.best} · {e.attempts}×
          </Tag>
        )}
      </span>
    </Link>
  );
}
