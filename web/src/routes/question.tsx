import { useEffect, useState } from 'react';
import type { Attempt } from '../../../src/app/attempts.js';
import type { Question } from '../../../src/content/questions.js';
import { QUESTION_TYPES } from '../../../src/core/taxonomy.js';
import { api } from '../api.js';
import { ErrorNote, Loading } from '../components/status.js';
import { Tag, labelOf } from '../components/tag.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';
import { formatDuration, formatWhen } from '../format.js';
import { QuestionReview } from './question-review.js';
import { Timer, useStopwatch } from './timer.js';

const draftKey = (id: string) => `tpmprep:draft:${id}`;

export function QuestionPage({ id }: { id: string }) {
  const question = useApi<Question>(`/api/questions/${id}`);
  const history = useApi<{ attempts: Attempt[] }>(`/api/attempts?questionId=${id}`);
  const [answer, setAnswer] = useState(() => localStorage.getItem(draftKey(id)) ?? '');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [shown, setShown] = useState<Attempt>();
  const stopwatch = useStopwatch();

  useEffect(() => {
    if (answer) localStorage.setItem(draftKey(id), answer);
    else localStorage.removeItem(draftKey(id));
  }, [id, answer]);

  if (question.error) return <ErrorNote message={question.error} onRetry={question.reload} />;
  if (!question.data) return <Loading label="Loading the question" />;
  const q = question.data;

  const submit = async () => {
    setSaving(true);
    try {
      const attempt = await api.post<Attempt>('/api/attempts', { questionId: q.id, answer, seconds: stopwatch.seconds });
      stopwatch.stop();
      setShown(attempt);
      setAnswer('');
      setSaveError(undefined);
      history.reload();
    } catch (error) {
      setSaveError((error as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const retry = () => {
    setShown(undefined);
    stopwatch.reset();
  };

  return (
    <div className="page question-page">
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
        </div>
      </header>
      <blockquote className="prompt">{q.prompt}</blockquote>

      {shown ? (
        <section aria-labelledby="review-title">
          <div className="review-head">
            <h2 id="review-title">Your answer · {formatDuration(shown.seconds)}</h2>
            <button type="button" className="button" onClick={retry}>
              Answer again
            </button>
          </div>
          <p className="muted small">Saved {formatWhen(shown.createdAt)}</p>
          <div className="answer-text">{shown.answer}</div>
          <QuestionReview question={q} />
        </section>
      ) : (
        <section className="answer-area" aria-label="Your answer">
          <Timer seconds={stopwatch.seconds} expected={q.minutes * 60} running={stopwatch.running} onStart={stopwatch.start} onPause={stopwatch.pause} />
          <label htmlFor="answer" className="visually-hidden">
            Your answer
          </label>
          <textarea
            id="answer"
            value={answer}
            placeholder="Answer as you would say it. The clock starts when you type."
            onChange={(e) => {
              setAnswer(e.target.value);
              if (!stopwatch.running && !stopwatch.started) stopwatch.start();
            }}
            rows={14}
          />
          {saveError && <ErrorNote message={saveError} />}
          <div className="answer-actions">
            <span className="muted small">{answer.trim() ? answer.trim().split(/\s+/).length : 0} words</span>
            <button type="button" className="button primary" disabled={saving || !answer.trim()} onClick={() => void submit()}>
              {saving ? 'Saving…' : 'Submit and review'}
            </button>
          </div>
        </section>
      )}

      <section aria-labelledby="history-title" className="history">
        <h2 id="history-title">Your attempts</h2>
        {history.data?.attempts.length === 0 && <p className="muted">None yet.</p>}
        <ul className="attempt-list">
          {history.data?.attempts.map((a) => (
            <li key={a.id}>
              <button type="button" className="attempt-row" onClick={() => setShown(a)} aria-pressed={shown?.id === a.id}>
                <span>{formatWhen(a.createdAt)}</span>
                <span className="muted">{formatDuration(a.seconds)}</span>
                <span className="muted small attempt-preview">{a.answer.slice(0, 90)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
