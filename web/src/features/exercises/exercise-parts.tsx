import type { ReactNode } from 'react';
import type { ExerciseAttempt, ExerciseView, RubricGrade, Span } from '@shared/api.js';
import { ScoreRing } from '../coach/coach-charts.js';
import { Tag, labelOf } from '../../ui/tag.js';
import { formatDuration, formatWhen } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { useExerciseAttempts } from '../../lib/queries.js';

export const KIND_LABEL = { design: 'System design', case: 'Metric case', program: 'Program sense' } as const;
export const KIND_PATH = { design: 'designs', case: 'cases', program: 'programs' } as const;

/** The header every exercise page shares: back link, kind, title, tags. */
export function ExerciseHeader({ view, children }: { view: ExerciseView; children?: ReactNode }) {
  return (
    <>
      <p className="crumbs">
        <Link href="/toolkit/exercises">← Exercises</Link>
      </p>
      <header className="page-header exercise-header">
        <p className="eyebrow">{KIND_LABEL[view.kind]}</p>
        <h1>{view.title}</h1>
        <p className="lead exercise-lead">{view.summary}</p>
        <div className="tag-row">
          <Tag tone={view.difficulty}>{view.difficulty}</Tag>
          {view.fromGuide && <Tag tone="accent">From the guide</Tag>}
          <Tag>{view.minutes} min</Tag>
          {view.skills.map((s) => (
            <Tag key={s}>{labelOf(s)}</Tag>
          ))}
        </div>
        {children}
      </header>
    </>
  );
}

/** Score ring with its level and a caption. */
export function ScoreSummary({ score, level, levelId, caption }: { score: number; level: string; levelId: string; caption: ReactNode }) {
  return (
    <div className="score-summary">
      <ScoreRing score={score} level={level} levelId={levelId} />
      <div>
        <p className="score-level">{level}</p>
        <p className="muted small">{caption}</p>
      </div>
    </div>
  );
}

/** Rubric points, covered or not, with the signals said (a click selects them in the editor). */
export function RubricChecklist({ grade, onSpan, reveal = false }: { grade: RubricGrade; onSpan?: (span: Span) => void; reveal?: boolean }) {
  return (
    <ul className="coverage rubric-checklist">
      {grade.rubric.map((r) => (
        <li key={r.point} className={r.covered ? 'covered' : 'missing'}>
          <span aria-hidden="true">{r.covered ? '✓' : '○'}</span>
          <span>
            <span className="visually-hidden">{r.covered ? 'Covered: ' : 'Not covered: '}</span>
            {r.point}
            {r.covered && r.evidence[0] ? (
              onSpan ? (
                <button type="button" className="evidence" onClick={() => r.evidence[0] && onSpan(r.evidence[0].span)}>
                  said: {r.signals.slice(0, 4).join(', ')}
                </button>
              ) : (
                <span className="evidence-text">said: {r.signals.slice(0, 4).join(', ')}</span>
              )
            ) : reveal ? (
              <span className="shows">{r.shows}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Past attempts at one exercise, newest first; choosing one shows its grading. */
export function AttemptHistory({ kind, id, selected, onSelect }: { kind: ExerciseView['kind']; id: string; selected?: number; onSelect: (a: ExerciseAttempt) => void }) {
  // Saving an attempt invalidates this list (lib/queries.ts), so it refreshes by itself.
  const history = useExerciseAttempts(kind, id);
  const attempts = history.data?.attempts ?? [];
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">Your attempts</h2>
      {history.error && <p className="muted">{history.error.message}</p>}
      {history.data && attempts.length === 0 && <p className="muted">None yet. Submit to save an attempt with its grading.</p>}
      <ul className="attempt-list">
        {attempts.map((a) => (
          <li key={a.id}>
            <button type="button" className="attempt-row" onClick={() => onSelect(a)} aria-pressed={selected === a.id}>
              <span>{formatWhen(a.createdAt)}</span>
              <span className="muted">{a.seconds > 0 ? formatDuration(a.seconds) : '—'}</span>
              <span className="attempt-score">
                {a.grading.score} · {a.grading.level}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
