import { useState } from 'react';
import type { Attempt, Span } from '@shared/api.js';
import { isStoryType, QUESTION_TYPES } from '@shared/domain.js';
import { CoachPanel } from '../coach/coach-panel.js';
import { HighlightedEditor } from '../coach/highlighted-editor.js';
import { HighlightLegend, HighlightedText } from '../coach/highlighted-text.js';
import { marksOf, segment } from '../coach/highlights.js';
import { ModelCritique } from '../coach/model-critique.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag, labelOf } from '../../ui/tag.js';
import { Link } from '../../lib/router.js';
import { useAttempts, useCoach, useCreateAttempt, useQuestion } from '../../lib/queries.js';
import { useDraft } from '../../lib/use-draft.js';
import { SaveButton } from '../../ui/save-button.js';
import { formatDuration, formatWhen } from '../../lib/format.js';
import { RecorderPanel, RecordingPlayback, type Spoken } from '../speech/index.js';
import { QuestionLevels, QuestionTracks } from './question-levels.js';
import { QuestionReview } from './question-review.js';
import { Timer, useStopwatch } from '../../ui/timer.js';
import { useSession } from '../../app/session.js';
import { AttemptReviews } from '../cohort/review-view.js';
import '../coach/coach.css';

export function QuestionPage({ id }: { id: string }) {
  const question = useQuestion(id);
  const history = useAttempts({ questionId: id });
  const [answer, setAnswer, clearAnswer] = useDraft(`practice:${id}`, '', { legacy: `tpmprep:draft:${id}` });
  const save = useCreateAttempt();
  const [shown, setShown] = useState<Attempt>();
  const [spoken, setSpoken] = useState<Spoken>();
  // Kept with the draft: a reload resumes the clock where it was, and the attempt saves the real time.
  const stopwatch = useStopwatch(`practice-clock:${id}`);
  const coach = useCoach(answer, id);
  const session = useSession();

  if (question.error) return <ErrorNote message={question.error.message} onRetry={() => void question.refetch()} />;
  if (!question.data) return <Loading label="Loading the question" />;
  const q = question.data;
  const star = isStoryType(q.type);

  const submit = () =>
    save.mutate(
      { questionId: q.id, answer, seconds: spoken ? Math.round(spoken.audio.durationSeconds) : stopwatch.seconds, ...(spoken?.recording ? { recording: spoken.recording, heard: spoken.heard } : {}) },
      {
        onSuccess: (attempt) => {
          stopwatch.reset();
          setShown(attempt);
          setSpoken(undefined);
          clearAnswer();
        },
      },
    );

  const selectSpan = (span: Span) => {
    const editor = document.getElementById('answer') as HTMLTextAreaElement | null;
    if (!editor) return;
    editor.focus();
    editor.setSelectionRange(span[0], span[1]);
  };

  return (
    <div className="page wide">
      <p className="crumbs">
        <Link href="/practice">← Question bank</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{QUESTION_TYPES.find((t) => t.id === q.type)?.title}</p>
        <h1>{q.title}</h1>
        <div className="tag-row">
          <Tag tone={q.difficulty}>{q.difficulty}</Tag>
          <Tag tone="accent">{q.minutes} min</Tag>
          {q.skills.map((s) => (
            <Tag key={s}>{labelOf(s)}</Tag>
          ))}
          {q.stages.map((s) => (
            <Tag key={s}>{labelOf(s)}</Tag>
          ))}
          <QuestionTracks question={q} />
        </div>
      </header>
      <blockquote className="prompt">{q.prompt}</blockquote>
      <QuestionLevels question={q} />

      {shown ? (
        <div className="practice-grid">
          <section aria-labelledby="review-title">
            <div className="review-head">
              <h2 id="review-title">Your answer · {formatDuration(shown.seconds)}</h2>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setShown(undefined);
                  stopwatch.reset();
                }}
              >
                Answer again
              </button>
            </div>
            <p className="muted small">Saved {formatWhen(shown.createdAt)}</p>
            <div className="answer-text hl-text">
              <HighlightedText segments={segment(shown.answer, marksOf(shown.analysis ?? undefined))} />
            </div>
            {shown.analysis && <HighlightLegend star={star} typed={(shown.analysis.spoken?.typedWords ?? 0) > 0} />}
            {shown.recording && <RecordingPlayback recording={shown.recording} typed={shown.analysis?.spoken} />}
            <ModelCritique key={shown.id} text={shown.answer} questionId={q.id} />
            <QuestionReview question={q} />
          </section>
          <aside className="coach-column" aria-label="Coach feedback">
            {session.account && <AttemptReviews attemptId={shown.id} answer={shown.answer} />}
            {shown.analysis ? <CoachPanel analysis={shown.analysis} text={shown.answer} /> : <p className="muted">No analysis was saved with this attempt.</p>}
          </aside>
        </div>
      ) : (
        <div className="practice-grid">
          <section className="answer-area" aria-label="Your answer">
            <Timer seconds={stopwatch.seconds} expected={q.minutes * 60} running={stopwatch.running} onStart={stopwatch.start} onPause={stopwatch.pause} />
            <RecorderPanel questionId={q.id} onTranscribed={(result) => (setSpoken(result), setAnswer(result.transcript))} onReset={() => setSpoken(undefined)} />
            <label htmlFor="answer" className="visually-hidden">
              Your answer
            </label>
            <HighlightedEditor
              id="answer"
              value={answer}
              segments={coach.data ? segment(answer, marksOf(coach.data)) : []}
              placeholder={star ? 'Tell the story as you would say it: situation, task, what you did, and the result. The clock starts when you type.' : 'Answer as you would say it. The clock starts when you type.'}
              onChange={(value) => {
                setAnswer(value);
                if (!stopwatch.running && !stopwatch.started) stopwatch.start();
              }}
            />
            <HighlightLegend star={star} />
            <div className="answer-actions">
              <span className="muted small">{answer.trim() ? answer.trim().split(/\s+/).length : 0} words</span>
              <SaveButton mutation={save} disabled={!answer.trim()} onClick={submit} busy="Saving…">
                Submit and review
              </SaveButton>
            </div>
          </section>
          <aside className="coach-column" aria-label="Coach feedback">
            {coach.error && <ErrorNote message={coach.error} />}
            {coach.data ? (
              <CoachPanel analysis={coach.data} pending={coach.pending} onSpan={selectSpan} text={answer} />
            ) : (
              <div className="coach-empty">
                <h2>Live feedback</h2>
                <p className="muted">
                  As you type, the coach marks the {star ? 'Situation, Task, Action and Result, ' : ''}numbers, fillers and hedges in your answer,
                  checks it against the rubric, and shows the evidence for every finding.
                </p>
              </div>
            )}
          </aside>
        </div>
      )}

      <section aria-labelledby="history-title" className="history">
        <h2 id="history-title">Your attempts</h2>
        {history.data?.attempts.length === 0 && <p className="muted">None yet.</p>}
        <ul className="attempt-list">
          {history.data?.attempts.map((a) => (
            <li key={a.id}>
              <button type="button" className="attempt-row with-score" onClick={() => setShown(a)} aria-pressed={shown?.id === a.id}>
                <span>{formatWhen(a.createdAt)}</span>
                <span className="muted">{formatDuration(a.seconds)}</span>
                <span className="attempt-score">{a.analysis ? `${a.analysis.score} · ${a.analysis.level}` : ''}</span>
                <span className="muted small attempt-preview">{a.answer.slice(0, 90)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
