import { useState } from 'react';
import type { ExerciseAttempt, ProgramGrading, ProgramView, RiskRow } from '@shared/api.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { formatDuration, formatWhen } from '../../lib/format.js';
import { useExercise, useSubmitExercise } from '../../lib/queries.js';
import { useDraft } from '../../lib/use-draft.js';
import { SaveButton } from '../../ui/save-button.js';
import { useStopwatch } from '../../ui/timer.js';
import { CalcNote } from '../toolkit/fields.js';
import { GanttChart } from '../toolkit/gantt-chart.js';
import { useCalc } from '../toolkit/use-calc.js';
import { AttemptHistory, ExerciseHeader, RubricChecklist, ScoreSummary } from './exercise-parts.js';
import { RiskRegisterEditor, TaskTableEditor, blankRisk, type PlanRow } from './program-tables.js';
import { bySeverity, SEVERITY_LABEL } from '../coach/severity.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
interface Draft {
  risks: RiskRow[];
  tasks: PlanRow[];
  notes: string;
}

/** The plan rows as the schedule calculator and the grader read them. */
export function planTasks(rows: readonly PlanRow[]) {
  return rows
    .filter((r) => r.id.trim())
    .map((r) => ({ id: r.id.trim(), name: r.name.trim() || undefined, duration: Number(r.duration), depends: r.depends.split(/[\s,;]+/).filter(Boolean) }));
}

function isDraft(value: unknown): value is Draft | null {
  if (value === null) return true;
  const d = value as Partial<Draft>;
  return typeof value === 'object' && Array.isArray(d.risks) && Array.isArray(d.tasks) && typeof d.notes === 'string';
}

function startingDraft(view: ProgramView): Draft {
  return { risks: [blankRisk()], tasks: view.tasks.map((t) => ({ id: t.id, name: t.name, duration: String(t.duration), depends: '' })), notes: '' };
}

export function ProgramExercise({ id }: { id: string }) {
  const view = useExercise('program', id);
  const [draft, setDraft] = useDraft<Draft | null>(`exercise:program:${id}`, null, { valid: isDraft, legacy: `tpmprep:program:${id}` });
  const [shown, setShown] = useState<ExerciseAttempt>();
  const save = useSubmitExercise('program', id);
  const stopwatch = useStopwatch();
  const current = draft ?? (view.data ? startingDraft(view.data) : undefined);
  const tasks = current ? planTasks(current.tasks) : [];
  const valid = tasks.length > 0 && tasks.every((t) => Number.isFinite(t.duration) && t.duration >= 0);
  const schedule = useCalc('schedule', valid && view.data ? { tasks, calendar: 'working', ...(view.data.start ? { start: view.data.start } : {}), ...(view.data.deadline ? { deadline: view.data.deadline } : {}) } : null);

  if (view.error) return <ErrorNote message={view.error.message} onRetry={() => void view.refetch()} />;
  if (!view.data || !current) return <Loading label="Loading the scenario" />;
  const p = view.data;
  const update = (change: Partial<Draft>) => {
    setDraft({ ...current, ...change });
    if (!stopwatch.started) stopwatch.start();
  };

  const submit = () => {
    const risks = current.risks.filter((r) => r.risk.trim());
    save.mutate(
      { risks, tasks, notes: current.notes, seconds: stopwatch.seconds },
      {
        onSuccess: (attempt) => {
          stopwatch.pause();
          setShown(attempt);
          window.scrollTo(0, 0);
        },
      },
    );
  };

  return (
    <div className="page wide exercise-page">
      <ExerciseHeader view={p} />
      {shown ? (
        <ProgramResult attempt={shown} view={p} onBack={() => setShown(undefined)} />
      ) : (
        <>
          <div className="program-brief">
            <section className="panel" aria-label="The situation">
              <Markdown text={p.situation} />
            </section>
            <section className="panel known-tasks" aria-labelledby="known-title">
              <h2 id="known-title">Known tasks</h2>
              <p className="muted small">
                Durations in working days{p.start ? `, from ${p.start}` : ''}.{p.deadline !== undefined ? ` The date that matters is day ${p.deadline}.` : ''}
              </p>
              <ul className="plain-list">
                {p.tasks.map((t) => (
                  <li key={t.id}>
                    <code>{t.id}</code> {t.name} <span className="muted small">· {t.team} · {t.duration} d</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>

          <section aria-labelledby="register-title">
            <h2 id="register-title">Risk register</h2>
            <p className="muted small">Every risk needs a likelihood, an impact, a named owner and a mitigation.</p>
            <RiskRegisterEditor rows={current.risks} onChange={(risks) => update({ risks })} />
          </section>

          <section aria-labelledby="plan-title">
            <h2 id="plan-title">Dependency plan</h2>
            <p className="muted small">Fill in what each task waits for (task ids, separated by commas). Add buffers or tasks you think are missing.</p>
            <div className="plan-grid">
              <TaskTableEditor rows={current.tasks} onChange={(rows) => update({ tasks: rows })} />
              <div className="gantt-panel program-gantt" aria-live="polite">
                <div className="gantt-head">
                  <h3>Your plan</h3>
                  {schedule.result && (
                    <span className="muted small">
                      {schedule.result.duration} working days{schedule.result.finishDate ? `, ends ${schedule.result.finishDate}` : ''}
                    </span>
                  )}
                </div>
                <CalcNote error={schedule.error} incomplete={!valid} />
                {schedule.result && (
                  <>
                    <ol className="path-chips" aria-label="Critical path">
                      {schedule.result.criticalPath.map((t) => (
                        <li key={t}>{schedule.result?.tasks.find((x) => x.id === t)?.name ?? t}</li>
                      ))}
                    </ol>
                    <GanttChart result={schedule.result} />
                  </>
                )}
              </div>
            </div>
          </section>

          <section aria-labelledby="notes-title">
            <h2 id="notes-title">Notes for the steering meeting</h2>
            <label htmlFor="program-notes" className="visually-hidden">
              Notes
            </label>
            <textarea id="program-notes" rows={5} value={current.notes} placeholder="Options, escalation, who you tell and when." onChange={(e) => update({ notes: e.target.value })} />
          </section>

          <div className="submit-bar">
            <span>
              <strong>{plural(current.risks.filter((r) => r.risk.trim()).length, 'risk')}</strong> · <strong>{plural(tasks.length, 'task')}</strong>
              {stopwatch.seconds > 0 && <span className="muted"> · {formatDuration(stopwatch.seconds)}</span>}
            </span>
            <button type="button" className="button ghost small" onClick={() => setDraft(startingDraft(p))}>
              Start over
            </button>
            <SaveButton mutation={save} errorClassName="submit-error" disabled={!valid} onClick={submit} busy="Grading…">
              Submit register and plan
            </SaveButton>
          </div>
        </>
      )}
      <AttemptHistory kind="program" id={id} selected={shown?.id} onSelect={setShown} />
    </div>
  );
}


function ProgramResult({ attempt, view, onBack }: { attempt: ExerciseAttempt; view: ProgramView; onBack: () => void }) {
  const g = attempt.grading as ProgramGrading;
  const nameOf = (id: string) => view.tasks.find((t) => t.id === id)?.name ?? g.plan.result.tasks.find((t) => t.id === id)?.name ?? id;
  const feedback = bySeverity(g.feedback);
  return (
    <section aria-labelledby="result-title" className="exercise-result" data-testid="program-result">
      <div className="result-head">
        <h2 id="result-title">Your register and plan</h2>
        <button type="button" className="button" onClick={onBack}>
          Back to editing
        </button>
      </div>
      <ScoreSummary score={g.score} level={g.level} levelId={g.levelId} caption={`saved ${formatWhen(attempt.createdAt)}${attempt.seconds ? ` · ${formatDuration(attempt.seconds)}` : ''}`} />
      <div className="part-bars">
        {(
          [
            ['Rubric coverage', g.parts.rubric],
            ['Critical path', g.parts.plan],
            ['Register hygiene', g.parts.register],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="part-bar">
            <span>{label}</span>
            <span className="part-track" aria-hidden="true">
              <span className="part-fill" style={{ width: `${value}%` }} />
            </span>
            <span className="part-value">{value}</span>
          </div>
        ))}
      </div>
      <h3>Feedback</h3>
      <ul className="findings">
        {feedback.map((f, i) => (
          <li key={i} className={`finding finding-${f.severity}`}>
            <span className="finding-label">{SEVERITY_LABEL[f.severity]}</span>
            <span className="finding-text">{f.message}</span>
          </li>
        ))}
      </ul>
      <div className="gantt-panel program-gantt">
        <div className="gantt-head">
          <h3>Your plan: {g.plan.result.duration} days</h3>
          {g.plan.deadline && g.plan.deadline.late > 0 && <span className="text-bad small">{g.plan.deadline.late} days past day {g.plan.deadline.days}</span>}
        </div>
        <GanttChart result={g.plan.result} />
        <p className="small">
          Reference critical path ({g.plan.reference.duration} days):
        </p>
        <ol className="path-chips" aria-label="Reference critical path">
          {g.plan.reference.criticalPath.map((t) => (
            <li key={t}>{nameOf(t)}</li>
          ))}
        </ol>
      </div>
      <h3>Rubric: what a strong register and plan contain</h3>
      <RubricChecklist grade={g.rubric} reveal />
      <h3>Model outline</h3>
      <ul className="exercise-outline">
        {g.outline.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </section>
  );
}
