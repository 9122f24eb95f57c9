import { useState } from 'react';
import type { DrillView } from '../../../src/app/drills.js';
import { api } from '../api.js';
import { CoachScope } from '../coach/coach-scope.js';
import { ErrorNote, Loading } from '../components/status.js';
import { Link, navigate } from '../router.js';
import { useApi } from '../use-api.js';
import '../styles/drill.css';

/** /mock/stories/:id/drill: what the drill is, and a button that starts one on this story. */
export function DrillStartPage({ storyId }: { storyId: number }) {
  const story = useApi<{ id: number; title: string; situation: string }>(`/api/stories/${storyId}`);
  const [error, setError] = useState<string>();
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      const drill = await api.post<DrillView>('/api/drills', { storyId });
      navigate(`/mock/drills/${drill.id}`, { replace: true });
    } catch (e) {
      setError((e as Error).message);
      setStarting(false);
    }
  };
  if (story.error) return <ErrorNote message={story.error} onRetry={story.reload} />;
  if (!story.data) return <Loading label="Loading the story" />;
  return (
    <div className="page drill-page">
      <p className="crumbs">
        <Link href="/mock/stories">← Story bank</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Deep-dive drill</p>
        <h1>{story.data.title}</h1>
        <p className="lead">
          An interviewer takes this story and keeps asking: why that design, what broke, what it cost, what you would change, who disagreed. A vague answer gets
          the same line of questioning once more. Every answer is coached and saved.
        </p>
      </header>
      {error && <ErrorNote message={error} />}
      <button type="button" className="button primary" onClick={() => void start()} disabled={starting}>
        {starting ? 'Starting…' : 'Start the drill'}
      </button>
    </div>
  );
}

/** /mock/drills/:id: the questions so far with the coach's reading of each, and the one waiting. */
export function DrillPage({ id }: { id: number }) {
  const drill = useApi<DrillView>(`/api/drills/${id}`);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  if (drill.error) return <ErrorNote message={drill.error} onRetry={drill.reload} />;
  if (!drill.data) return <Loading label="Loading the drill" />;
  const d = drill.data;

  const submit = async () => {
    setSaving(true);
    try {
      const next = await api.post<DrillView>(`/api/drills/${id}/answers`, { text, seconds: Math.round((Date.now() - startedAt) / 1000) });
      drill.setData(next);
      setText('');
      setError(undefined);
      setStartedAt(Date.now());
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page drill-page">
      <p className="crumbs">
        <Link href="/mock/stories">← Story bank</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Deep-dive drill</p>
        <h1>{d.story.title}</h1>
        <ol className="drill-lines" aria-label="Lines of questioning">
          {d.lines.map((line) => {
            const asked = d.answers.some((a) => a.kind === line.kind);
            const current = d.next?.kind === line.kind;
            return (
              <li key={line.kind} className={current ? 'current' : asked ? 'asked' : ''} aria-current={current ? 'step' : undefined}>
                {line.title}
              </li>
            );
          })}
        </ol>
      </header>
      <details className="drill-story">
        <summary>The story as you told it</summary>
        <p className="small drill-story-text">{d.story.text}</p>
      </details>

      <ol className="drill-answers">
        {d.answers.map((a, i) => (
          <li key={`${i}-${a.kind}`} className="drill-answer">
            <p className="drill-question">
              <strong>{a.question}</strong>
            </p>
            <p className="drill-said">{a.answer}</p>
            <p className="small">
              Specifics and ownership: {a.specificity}/100{a.quantified ? ' · with numbers' : ' · no numbers'}
              {a.depth === 1 && d.answers[i + 1]?.kind === a.kind && <span className="muted"> · the interviewer stayed on this line: too few specifics</span>}
            </p>
            {a.analysis.scope && <CoachScope scope={a.analysis.scope} />}
          </li>
        ))}
      </ol>

      {d.next ? (
        <section className="drill-next" aria-labelledby="drill-next-title">
          <h2 id="drill-next-title">
            {d.next.title}
            {d.next.depth === 2 ? ' (again)' : ''}
          </h2>
          <p className="drill-question">{d.next.question}</p>
          <label htmlFor="drill-answer" className="visually-hidden">
            Your answer
          </label>
          <textarea id="drill-answer" rows={7} value={text} onChange={(e) => setText(e.target.value)} placeholder="Answer as you would out loud: what you did, with names and numbers." />
          {error && <ErrorNote message={error} />}
          <button type="button" className="button primary" onClick={() => void submit()} disabled={saving || !text.trim()}>
            {saving ? 'Coaching…' : 'Answer'}
          </button>
        </section>
      ) : (
        <p className="drill-done">
          Drill done: {d.answers.length} answers saved. <Link href={`/mock/stories/${d.storyId}/drill`}>Drill this story again</Link>
        </p>
      )}
    </div>
  );
}
