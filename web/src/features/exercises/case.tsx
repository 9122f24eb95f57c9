import { useState } from 'react';
import type { CaseGrading, CaseView, ExerciseAttempt, NumericGrade, OpenGrade } from '@shared/api.js';
import { csvField } from '@shared/domain.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { formatWhen } from '../../lib/format.js';
import { useExercise, useSubmitExercise } from '../../lib/queries.js';
import { useDraft } from '../../lib/use-draft.js';
import { SaveButton } from '../../ui/save-button.js';
import { useStopwatch } from '../../ui/timer.js';
import { CaseChart } from './case-chart.js';
import { AttemptHistory, ExerciseHeader, RubricChecklist, ScoreSummary } from './exercise-parts.js';

/** Rows shown in the table at once; the full set downloads as CSV. */
const TABLE_ROWS = 400;

export function CaseExercise({ id }: { id: string }) {
  const view = useExercise('case', id);
  const [draft, setAnswers] = useDraft<Record<string, string>>(`exercise:case:${id}`, {}, { legacy: `tpmprep:case:${id}` });
  const [shown, setShown] = useState<ExerciseAttempt>();
  const save = useSubmitExercise('case', id);
  const stopwatch = useStopwatch();
  // An old attempt is shown with its own answers; the draft underneath stays as it was typed.
  const answers = shown ? answersOf(shown) : draft;

  if (view.error) return <ErrorNote message={view.error.message} onRetry={() => void view.refetch()} />;
  if (!view.data) return <Loading label="Loading the case" />;
  const c = view.data;
  const grading = shown?.grading as CaseGrading | undefined;
  const gradeOf = (questionId: string) => grading?.questions.find((q) => q.id === questionId);
  const answered = c.questions.filter((q) => answers[q.id]?.trim()).length;

  const submit = () => {
    const body = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim()));
    save.mutate(
      { answers: body, seconds: stopwatch.seconds },
      {
        onSuccess: (attempt) => {
          stopwatch.pause();
          setShown(attempt);
          document.getElementById('questions-title')?.scrollIntoView({ block: 'start' });
        },
      },
    );
  };

  const show = (attempt: ExerciseAttempt) => {
    setShown(attempt);
    document.getElementById('questions-title')?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="page wide exercise-page">
      <ExerciseHeader view={c} />
      <section className="case-situation panel" aria-label="The situation">
        <Markdown text={c.situation} className="prose case-prose" />
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">The data</h2>
        <div className="chart-grid-2">
          {c.charts.map((chart) => (
            <CaseChart key={chart.title} chart={chart} rows={c.rows} />
          ))}
        </div>
        <details className="data-table panel">
          <summary>
            Table: {c.rows.length.toLocaleString('en-US')} rows, {c.columns.length} columns
          </summary>
          <dl className="column-notes">
            {c.columns.map((col) => (
              <div key={col.name}>
                <dt>
                  <code>{col.name}</code>
                </dt>
                <dd>{col.description}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="button small data-download" onClick={() => downloadCsv(c)}>
            Download data.csv
          </button>
          <div className="table-wrap data-scroll" tabIndex={0} aria-label="Data rows">
            <table className="calc-table">
              <thead>
                <tr>
                  {c.columns.map((col) => (
                    <th key={col.name} scope="col">
                      {col.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {c.rows.slice(0, TABLE_ROWS).map((row, i) => (
                  <tr key={i}>
                    {c.columns.map((col) => (
                      <td key={col.name} className={col.type === 'integer' || col.type === 'number' ? 'num' : ''}>
                        {typeof row[col.name] === 'number' ? (row[col.name] as number).toLocaleString('en-US') : row[col.name]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {c.rows.length > TABLE_ROWS && <p className="muted small">Showing the first {TABLE_ROWS} rows; download the CSV for all {c.rows.length.toLocaleString('en-US')}.</p>}
        </details>
      </section>

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        {grading && shown && (
          <div className="case-score">
            <ScoreSummary score={grading.score} level={grading.level} levelId={grading.levelId} caption={`${grading.numeric.correct} of ${grading.numeric.total} numeric answers correct · saved ${formatWhen(shown.createdAt)}`} />
            <button type="button" className="button" onClick={() => setShown(undefined)}>
              Answer again
            </button>
          </div>
        )}
        <ol className="question-stack">
          {c.questions.map((q) => {
            const g = gradeOf(q.id);
            const inputId = `answer-${q.id}`;
            return (
              <li key={q.id} className={`case-question panel ${g ? (g.kind === 'numeric' ? (g.correct ? 'right' : 'wrong') : 'graded') : ''}`} data-question={q.id}>
                <label htmlFor={inputId} className="question-prompt">
                  {q.prompt}
                </label>
                {q.kind === 'numeric' ? (
                  <div className="numeric-answer">
                    <div className="field-control numeric-control">
                      <input id={inputId} inputMode="decimal" autoComplete="off" value={answers[q.id] ?? ''} readOnly={Boolean(g)} onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))} onFocus={() => !stopwatch.started && stopwatch.start()} />
                      <span className="field-suffix">{q.unit}</span>
                    </div>
                    {g?.kind === 'numeric' && <NumericResult grade={g} />}
                  </div>
                ) : (
                  <>
                    <textarea id={inputId} rows={6} value={answers[q.id] ?? ''} readOnly={Boolean(g)} placeholder="Answer as you would say it in the interview." onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))} onFocus={() => !stopwatch.started && stopwatch.start()} />
                    {g?.kind === 'open' && <OpenResult grade={g} />}
                  </>
                )}
              </li>
            );
          })}
        </ol>
        {!grading && (
          <div className="submit-bar">
            <span>
              <strong>{answered} of {c.questions.length}</strong> answered
            </span>
            <SaveButton mutation={save} errorClassName="submit-error" disabled={answered === 0} onClick={submit} busy="Grading…">
              Submit answers
            </SaveButton>
          </div>
        )}
      </section>
      <AttemptHistory kind="case" id={id} selected={shown?.id} onSelect={show} />
    </div>
  );
}

function answersOf(attempt: ExerciseAttempt): Record<string, string> {
  const given = (attempt.submitted as { answers: Record<string, string | number | null> }).answers;
  return Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function NumericResult({ grade }: { grade: NumericGrade }) {
  return (
    <div className="numeric-result" role="status">
      <p className={grade.correct ? 'text-good' : 'text-bad'}>
        {grade.correct ? '✓ Correct' : grade.given === null ? '✗ Not answered' : '✗ Not within tolerance'}
        <span className="expected">
          {' '}
          · expected {grade.expected} {grade.unit} (± {grade.tolerance})
        </span>
      </p>
      <p className="muted small">{grade.explanation}</p>
    </div>
  );
}

function OpenResult({ grade }: { grade: OpenGrade }) {
  return (
    <div className="open-result">
      <p className="feedback-score">{grade.answered ? `${grade.covered} of ${grade.total} points · ${grade.score}/100` : 'Not answered'}</p>
      <RubricChecklist grade={grade} reveal />
      <details>
        <summary>Model answer outline</summary>
        <ul className="exercise-outline">
          {grade.outline.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function downloadCsv(c: CaseView) {
  const lines = [c.columns.map((col) => col.name).join(','), ...c.rows.map((row) => c.columns.map((col) => csvField(row[col.name] ?? '')).join(','))];
  const url = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${c.id}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
