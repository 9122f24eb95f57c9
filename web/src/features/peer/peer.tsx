import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useQueryClient } from '@tanstack/react-query';
import type { PeerView } from '@shared/api.js';
import { ApiError } from '../../lib/api-client.js';
import { formatClock } from '../../lib/format.js';
import { usePeerAction, usePeerSession, usePeerSessions } from '../../lib/queries.js';
import { ErrorNote, Loading } from '../../ui/status.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** /peer: open a peer mock for my cohort, or join one a cohort-mate opened. */
export function PeerListPage() {
  const sessions = usePeerSessions();
  const action = usePeerAction();
  const [, navigate] = useLocation();
  if (sessions.isPending) return <Loading label="Loading peer mocks" />;
  if (sessions.error) {
    const hostedOnly = sessions.error instanceof ApiError && sessions.error.status === 404;
    return <ErrorNote message={hostedOnly ? 'Peer mocks run on a hosted deployment, where candidates of a cohort sign in.' : messageOf(sessions.error)} />;
  }
  const go = (path: string) => action.mutate({ path }, { onSuccess: (view) => navigate(`/peer/${view.id}`) });
  return (
    <div className="page narrow peer">
      <header className="page-header">
        <h1>Peer mock</h1>
        <p className="muted">Pair with someone from your cohort. You interview them on one question with the rubric in front of you, score them, then you swap.</p>
      </header>
      <button type="button" className="button primary" onClick={() => go('/api/peer')} disabled={action.isPending}>
        Open a peer mock
      </button>
      {action.error ? <ErrorNote message={messageOf(action.error)} /> : null}
      <h2>Waiting for a partner</h2>
      {sessions.data.open.length === 0 ? (
        <p className="muted">Nobody in your cohort is waiting. Open one and share the page with a cohort-mate.</p>
      ) : (
        <ul className="peer-list">
          {sessions.data.open.map((o) => (
            <li key={o.id} className="card peer-open">
              <span>{o.mine ? 'Yours' : o.openedBy}</span>
              {o.mine ? (
                <Link href={`/peer/${o.id}`} className="button small">Open the room</Link>
              ) : (
                <button type="button" className="button small primary" onClick={() => go(`/api/peer/${o.id}/join`)} disabled={action.isPending} aria-label={`Join ${o.openedBy}'s peer mock`}>
                  Join
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions.data.mine.length > 0 ? (
        <>
          <h2>Your peer mocks</h2>
          <ul className="peer-list">
            {sessions.data.mine.map((m) => (
              <li key={m.id} className="card peer-open">
                <span>Peer mock {m.id}: {m.phase === 'done' ? 'done' : `round ${m.round}, ${m.phase}`}</span>
                <Link href={`/peer/${m.id}`} className="button small">Open</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The session's state from the server's event stream, kept in the query cache; and the server clock's offset. */
function usePeerStream(id: number) {
  const client = useQueryClient();
  const [offsetMs, setOffsetMs] = useState(0);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`/api/peer/${id}/events`);
    const clockFrom = (serverNow: string) => setOffsetMs(new Date(serverNow).getTime() - Date.now());
    source.addEventListener('state', (e) => {
      const view = JSON.parse((e as MessageEvent<string>).data) as PeerView;
      clockFrom(view.clock.now);
      client.setQueryData(['peer', id], view);
      setConnected(true);
    });
    source.addEventListener('heartbeat', (e) => clockFrom((JSON.parse((e as MessageEvent<string>).data) as { now: string }).now));
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [id, client]);
  return { offsetMs, connected };
}

function useElapsed(startedAt: string | null, offsetMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return startedAt ? Math.max(0, Math.floor((now + offsetMs - new Date(startedAt).getTime()) / 1000)) : 0;
}

function ScoreForm({ view }: { view: PeerView }) {
  const action = usePeerAction();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const rubric = view.rubric ?? [];
  const complete = rubric.every((p) => scores[p.point]);
  return (
    <form
      className="panel"
      onSubmit={(e) => {
        e.preventDefault();
        action.mutate({ path: `/api/peer/${view.id}/score`, body: { points: rubric.map((p) => ({ point: p.point, score: scores[p.point] ?? 0, ...(notes[p.point]?.trim() ? { note: notes[p.point]?.trim() } : {}) })) } });
      }}
    >
      <h2>Score {view.candidate}</h2>
      {rubric.map((p, i) => (
        <fieldset key={p.point} className="peer-point">
          <legend>{p.point}</legend>
          <div className="peer-scale" role="radiogroup" aria-label={`Score for ${p.point}`}>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="peer-scale-option">
                <input type="radio" name={`point-${i}`} value={n} checked={scores[p.point] === n} onChange={() => setScores({ ...scores, [p.point]: n })} />
                {n}
              </label>
            ))}
          </div>
          <label className="small muted">
            Note (optional)
            <input type="text" maxLength={2000} value={notes[p.point] ?? ''} onChange={(e) => setNotes({ ...notes, [p.point]: e.target.value })} />
          </label>
        </fieldset>
      ))}
      {action.error ? <ErrorNote message={messageOf(action.error)} /> : null}
      <button type="submit" className="button primary" disabled={!complete || action.isPending}>
        {complete ? 'Send the scores' : 'Score every point (1 to 5) to send'}
      </button>
    </form>
  );
}

/** /peer/:id: the live room. What each side sees comes from the server (the candidate gets no rubric). */
export function PeerRoomPage({ id }: { id: number }) {
  const session = usePeerSession(id);
  const { offsetMs, connected } = usePeerStream(id);
  const action = usePeerAction();
  const view = session.data;
  const elapsed = useElapsed(view?.phase === 'running' ? view.clock.startedAt : null, offsetMs);
  if (session.isPending) return <Loading label="Loading the peer mock" />;
  if (!view) return <ErrorNote message={messageOf(session.error)} />;
  const interviewer = view.role === 'interviewer';
  const remaining = view.clock.limitSeconds - elapsed;
  const act = (what: 'start' | 'swap') => action.mutate({ path: `/api/peer/${id}/${what}` });
  return (
    <div className="page peer">
      <header className="page-header">
        <p className="muted small">
          <Link href="/peer">Peer mocks</Link> · {view.phase === 'done' ? 'Done' : `Round ${view.round} of 2`} · {connected ? 'live' : 'reconnecting'}
        </p>
        <h1>{view.phase === 'waiting' ? 'Waiting for a partner' : interviewer ? `You interview ${view.candidate}` : `${view.interviewer} interviews you`}</h1>
      </header>
      {view.phase !== 'done' ? (
        <section className="panel">
          <div className="peer-timer" role="timer" aria-label="Time in this round" data-seconds={elapsed}>
            <span className="peer-timer-value">{formatClock(elapsed)}</span>
            <span className={`small ${remaining < 0 ? 'peer-over' : 'muted'}`}>
              {view.phase === 'running' ? (remaining >= 0 ? `${formatClock(remaining)} left of ${view.clock.limitSeconds / 60} min` : `${formatClock(-remaining)} over`) : `${view.clock.limitSeconds / 60} min round`}
            </span>
          </div>
          <h2>{view.question.title}</h2>
          <p>{view.question.prompt}</p>
          {interviewer && view.phase === 'ready' ? (
            <button type="button" className="button primary" onClick={() => act('start')} disabled={action.isPending}>Start the clock</button>
          ) : null}
          {!interviewer && view.phase === 'ready' ? <p className="muted">Your interviewer starts the clock when you are both ready.</p> : null}
          {view.phase === 'waiting' ? <p className="muted">Someone from your cohort joins from their Peer mock page; the room updates by itself.</p> : null}
          {view.phase === 'scored' ? (
            <>
              <p>Round 1 is scored. Swap roles for round 2.</p>
              <button type="button" className="button primary" onClick={() => act('swap')} disabled={action.isPending}>Swap roles</button>
            </>
          ) : null}
          {action.error ? <ErrorNote message={messageOf(action.error)} /> : null}
        </section>
      ) : null}
      {interviewer && view.rubric && view.phase !== 'done' && view.phase !== 'scored' ? (
        <section className="panel">
          <h2>Rubric</h2>
          <ul>
            {view.rubric.map((p) => (
              <li key={p.point}>
                <strong>{p.point}</strong> <span className="muted">{p.shows}</span>
                <br />
                <span className="small">If it is missing, ask: {p.probe}</span>
              </li>
            ))}
          </ul>
          <h2>Follow-ups</h2>
          <ul>
            {(view.followups ?? []).map((f) => <li key={f}>{f}</li>)}
          </ul>
        </section>
      ) : null}
      {interviewer && view.phase === 'running' ? <ScoreForm key={view.round} view={view} /> : null}
      {view.results.length > 0 ? (
        <section className="panel">
          <h2>{view.phase === 'done' ? 'Result' : 'Scored so far'}</h2>
          {view.results.map((r) => (
            <div key={r.round}>
              <h3>Round {r.round}: {r.candidate} on “{r.questionTitle}”, scored by {r.interviewer}</h3>
              <ul>
                {r.points.map((p) => (
                  <li key={p.point}>
                    <strong>{p.score}/5</strong> {p.point}
                    {p.note ? <span className="muted"> · {p.note}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
