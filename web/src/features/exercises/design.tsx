import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DesignGrading, DesignSectionGrade, DesignView, ExerciseAttempt, Span } from '@shared/api.js';
import { HighlightedEditor } from '../coach/highlighted-editor.js';
import { segment } from '../coach/highlights.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { formatDuration, formatWhen } from '../../lib/format.js';
import { keys, useDesignSectionGrade, useExercise, useSubmitExercise } from '../../lib/queries.js';
import { useDraft } from '../../lib/use-draft.js';
import { SaveButton } from '../../ui/save-button.js';
import { Timer, useStopwatch } from '../../ui/timer.js';
import { CalculatorDrawer } from './calculator-drawer.js';
import { EmptySectionsCheck } from './empty-sections-check.js';
import { AttemptHistory, ExerciseHeader, RubricChecklist, ScoreSummary } from './exercise-parts.js';

type SectionId = DesignView['sections'][number]['id'];
export function DesignExercise({ id }: { id: string }) {
  const view = useExercise('design', id);
  const [texts, setTexts] = useDraft<Partial<Record<SectionId, string>>>(`exercise:design:${id}`, {}, { legacy: `tpmprep:design:${id}` });
  const [active, setActive] = useState<SectionId>('requirements');
  const [shown, setShown] = useState<ExerciseAttempt>();
  const [asking, setAsking] = useState(false);
  const save = useSubmitExercise('design', id);
  const stopwatch = useStopwatch();
  const text = texts[active] ?? '';
  const live = useDesignSectionGrade(id, active, text);
  const client = useQueryClient();
  /** A section's last grade for its current text, from the cache (other sections are not re-asked while you type). */
  const gradeOf = (sectionId: SectionId): DesignSectionGrade | undefined => {
    if (sectionId === active) return live.data?.sections.find((s) => s.id === active);
    const body = texts[sectionId]?.trim() ? JSON.stringify(texts[sectionId]) : null;
    const grading = body === null ? undefined : client.getQueryData<DesignGrading>([...keys.exerciseGrade('design', id, sectionId), body]);
    return grading?.sections.find((s) => s.id === sectionId);
  };

  if (view.error) return <ErrorNote message={view.error.message} onRetry={() => void view.refetch()} />;
  if (!view.data) return <Loading label="Loading the exercise" />;
  const d = view.data;
  const index = d.sections.findIndex((s) => s.id === active);
  const section = d.sections[index] ?? d.sections[0];
  if (!section) return null;
  const empty = d.sections.filter((s) => !texts[s.id]?.trim());
  const written = d.sections.length - empty.length;
  const grade = gradeOf(active);

  const submit = () => {
    setAsking(false);
    save.mutate(
      { sections: texts, seconds: stopwatch.seconds },
      {
        onSuccess: (attempt) => {
          stopwatch.pause();
          setShown(attempt);
          window.scrollTo(0, 0);
        },
      },
    );
  };
  const keepWriting = () => {
    setAsking(false);
    setActive(empty[0]?.id ?? active);
    document.getElementById('section-editor')?.focus();
  };

  const selectSpan = (span: Span) => {
    const editor = document.getElementById('section-editor') as HTMLTextAreaElement | null;
    editor?.focus();
    editor?.setSelectionRange(span[0], span[1]);
  };

  return (
    <div className="page wide exercise-page">
      <ExerciseHeader view={d} />
      {shown ? (
        <DesignResult attempt={shown} onBack={() => setShown(undefined)} />
      ) : (
        <>
          <details className="brief panel" open>
            <summary>The brief</summary>
            <Markdown text={d.brief} />
          </details>
          <nav className="section-steps" aria-label="Design sections">
            <ol>
              {d.sections.map((s, i) => {
                const f = gradeOf(s.id);
                const done = Boolean(texts[s.id]?.trim());
                return (
                  <li key={s.id}>
                    <button type="button" aria-current={s.id === active ? 'step' : undefined} className={done ? 'section-written' : ''} onClick={() => setActive(s.id)}>
                      <span className="step-number" aria-hidden="true">
                        {done ? '✓' : i + 1}
                      </span>
                      <span className="step-title">{s.title}</span>
                      {f && <span className="step-score">{f.covered}/{f.total}</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          <div className="design-grid">
            <section className="section-editor" aria-labelledby="section-title">
              <h2 id="section-title">
                <span className="muted">{index + 1}.</span> {section.title}
              </h2>
              <p className="section-prompt">{section.prompt}</p>
              <label htmlFor="section-editor" className="visually-hidden">
                Your answer for {section.title}
              </label>
              <HighlightedEditor
                className="section-hl-editor"
                id="section-editor"
                value={text}
                segments={grade ? segment(text, grade.numbers.map((n) => ({ kind: 'number' as const, span: n.span }))) : []}
                placeholder={`Write the ${section.title.toLowerCase()} as you would say them to the interviewer. Numbers you name are underlined.`}
                onChange={(value) => {
                  setTexts((t) => ({ ...t, [active]: value }));
                  if (!stopwatch.started) stopwatch.start();
                }}
              />
              <div className="section-nav">
                <button type="button" className="button small" disabled={index === 0} onClick={() => setActive(d.sections[index - 1]?.id ?? active)}>
                  ← Previous
                </button>
                <span className="muted small">{text.trim() ? text.trim().split(/\s+/).length : 0} words</span>
                <button type="button" className="button small" disabled={index === d.sections.length - 1} onClick={() => setActive(d.sections[index + 1]?.id ?? active)}>
                  Next →
                </button>
              </div>
              <SectionFeedback grade={grade} points={section.points} pending={live.pending} error={live.error} onSpan={selectSpan} />
            </section>
            <aside className="calc-column" aria-label="Calculators">
              <CalculatorDrawer ids={section.calculators.length ? section.calculators : d.calculators} />
            </aside>
          </div>
          <div className="submit-bar">
            <span>
              <strong>{written} of {d.sections.length}</strong> sections written
            </span>
            <Timer compact seconds={stopwatch.seconds} expected={d.minutes * 60} running={stopwatch.running} onStart={stopwatch.start} onPause={stopwatch.pause} />
            <SaveButton mutation={save} errorClassName="submit-error" disabled={written === 0} onClick={() => (empty.length > 0 ? setAsking(true) : submit())} busy="Grading…">
              Submit the design
            </SaveButton>
            {asking && empty.length > 0 && <EmptySectionsCheck empty={empty} total={d.sections.length} onSubmit={submit} onKeepWriting={keepWriting} />}
          </div>
        </>
      )}
      <AttemptHistory kind="design" id={id} selected={shown?.id} onSelect={setShown} />
    </div>
  );
}

function SectionFeedback({ grade, points, pending, error, onSpan }: { grade?: DesignSectionGrade; points: string[]; pending: boolean; error?: string; onSpan: (span: Span) => void }) {
  return (
    <div className="section-feedback panel" aria-busy={pending} data-testid="section-feedback">
      <div className="feedback-head">
        <h3>Coach feedback</h3>
        {/* The short line is the live region; the checklist below is read when the person goes to it. */}
        {pending && (
          <span className="muted small" role="status">
            checking…
          </span>
        )}
        {grade && !pending && (
          <span className="feedback-score" role="status">
            {grade.covered} of {grade.total} points · {grade.score}/100
          </span>
        )}
      </div>
      {error && <ErrorNote message={error} />}
      {grade ? (
        <>
          <RubricChecklist grade={grade} onSpan={onSpan} />
          {grade.numbers.length > 0 && <p className="muted small numbers-line">Numbers you named: {grade.numbers.map((n) => n.text).join(', ')}</p>}
          {grade.offTopic && <p className="warn-note exercise-warn">This does not seem to answer the section's prompt yet.</p>}
        </>
      ) : (
        <>
          <p className="muted small">As you write, the coach checks this section against what a strong answer covers:</p>
          <ul className="points-preview">
            {points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function DesignResult({ attempt, onBack }: { attempt: ExerciseAttempt; onBack: () => void }) {
  const g = attempt.grading as DesignGrading;
  const submitted = (attempt.submitted as { sections: Partial<Record<SectionId, string>> }).sections;
  return (
    <section aria-labelledby="result-title" className="exercise-result" data-testid="design-result">
      <div className="result-head">
        <h2 id="result-title">Your design</h2>
        <button type="button" className="button" onClick={onBack}>
          Back to editing
        </button>
      </div>
      <ScoreSummary score={g.score} level={g.level} levelId={g.levelId} caption={`${g.answered} of ${g.sections.length} sections answered · saved ${formatWhen(attempt.createdAt)}${attempt.seconds ? ` · ${formatDuration(attempt.seconds)}` : ''}`} />
      <div className="result-sections">
        {g.sections.map((s) => (
          <details key={s.id} className="result-section panel" open={s.answered}>
            <summary>
              <span className="result-section-title">{s.title}</span>
              <span className={`result-badge level-${s.levelId}`}>{s.answered ? `${s.score} · ${s.covered}/${s.total}` : 'skipped'}</span>
            </summary>
            {s.answered && <p className="submitted-text">{submitted[s.id]}</p>}
            <RubricChecklist grade={s} reveal />
            <h4>Model outline</h4>
            <ul className="exercise-outline">
              {s.outline.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
