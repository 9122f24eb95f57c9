import { useState } from 'react';
import { useDrill, useDrillAnswer, useStartDrill, useStory } from '../../lib/queries.js';
import { Link, navigate } from '../../lib/router.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { CoachScope } from '../coach/coach-scope.js';
import './drill.css';

/** /mock/stories/:id/drill: what the drill is, and a button that starts one on this story. */
export function DrillStartPage({ storyId }: { storyId: number }) {
  const story = useStory(storyId);
  const startDrill = useStartDrill();
  const error = startDrill.error?.message;
  const starting = startDrill.isPending;
  const start = () => startDrill.mutate(storyId, { onSuccess: (drill) => navigate(`/mock/drills/${drill.id}`, { replace: true }) });
  if (story.error) return <ErrorNote message={story.error.message} onRetry={() => void story.refetch()} />;
  if (!story.data) return <Loading label="Loading the story" />;
  return (
    <div className="page">
      <DrillCrumbs />
      <header className="page-header">
        <p className="eyebrow">Deep-dive drill</p>
        <h1>{story.data.title}</h1>
        <p className="lead">
          An interviewer takes this story and keeps asking: why that design, what broke, what it cost, what you would change, who disagreed. A vague answer gets
          the same line of questioning once more. Every answer is coached and saved.
        </p>
      </header>
      {error && <ErrorNote message={error} />}
      <button type="button" className="button primary" onClick={start} disabled={starting}>
        {starting ? 'Starting…' : 'Start the drill'}
      </button>
    </div>
  );
}

/** /mock/drills/:id: the questions so far with the coach's reading of each, and the one waiting. */
export function DrillPage({ id }: { id: number }) {
  const drill = useDrill(id);
  const answer = useDrillAnswer(id);
  const [text, setText] = useState('');
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const error = answer.error?.message;
  const saving = answer.isPending;
  if (drill.error) return <ErrorNote message={drill.error.message} onRetry={() => void drill.refetch()} />;
  if (!drill.data) return <Loading label="Loading the drill" />;
  const d = drill.data;

  const submit = () =>
    answer.mutate(
      { text, seconds: Math.round((Date.now() - startedAt) / 1000) },
      {
        onSuccess: () => {
          setText('');
          setStartedAt(Date.now());
        },
      },
    );

  return (
    <div className="page">
      <DrillCrumbs />
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
            <p>
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
          <p>{d.next.question}</p>
          <label htmlFor="drill-answer" className="visually-hidden">
            Your answer
          </label>
          <textarea id="drill-answer" rows={7} value={text} onChange={(e) => setText(e.target.value)} placeholder="Answer as you would out loud: what you did, with names and numbers." />
          {error && <ErrorNote message={error} />}
          <button type="button" className="button primary" onClick={submit} disabled={saving || !text.trim()}>
            {saving ? 'Coaching…' : 'Answer'}
          </button>
        </section>
      ) : (
        <p>
          Drill done: {d.answers.length} answers saved. <Link href={`/mock/stories/${d.storyId}/drill`}>Drill this story again</Link>
        </p>
      )}
    </div>
  );
}

function DrillCrumbs() {
  return (
    <p className="crumbs">
      <Link href="/mock/stories">← Story bank</Link>
    </p>
  );
}
