import type { ChecklistEntry } from '../../../src/app/checklist.js';
import type { Attempt } from '../../../src/app/attempts.js';
import { Link } from '../router.js';
import { useApi } from '../use-api.js';
import { formatDuration, formatWhen } from '../format.js';

interface Health {
  questions: number;
  flashcards: number;
}

export function Dashboard() {
  const health = useApi<Health>('/api/health');
  const checklist = useApi<{ items: ChecklistEntry[] }>('/api/checklist');
  const attempts = useApi<{ attempts: Attempt[] }>('/api/attempts?limit=5');
  const items = checklist.data?.items ?? [];
  const done = items.filter((i) => i.done).length;
  const next = items.find((i) => !i.done);
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Dashboard</p>
        <h1>Where you stand</h1>
        <p className="lead">Practise the real thing, see the evidence, and walk in knowing where you are.</p>
      </header>
      <div className="stat-grid">
        <div className="stat">
          <span className="stat-value">{checklist.data ? `${done}/${items.length}` : '–'}</span>
          <span className="stat-label">checklist items done</span>
        </div>
        <div className="stat">
          <span className="stat-value">{attempts.data ? attempts.data.attempts.length : '–'}</span>
          <span className="stat-label">recent practice answers</span>
        </div>
        <div className="stat">
          <span className="stat-value">{health.data?.questions ?? '–'}</span>
          <span className="stat-label">questions in the bank</span>
        </div>
      </div>
      <div className="two-col">
        <section className="panel">
          <h2>Next on the checklist</h2>
          {next ? (
            <>
              <p className="panel-title">{next.title}</p>
              <Link href="/guide#checklist" className="button">
                Open the checklist
              </Link>
            </>
          ) : (
            <p>{checklist.data ? 'Every item is done.' : 'Loading…'}</p>
          )}
        </section>
        <section className="panel">
          <h2>Recent practice</h2>
          {attempts.data && attempts.data.attempts.length === 0 && (
            <p>
              No answers yet. <Link href="/practice">Pick a question</Link> and answer it against the clock.
            </p>
          )}
          <ul className="plain-list">
            {attempts.data?.attempts.map((a) => (
              <li key={a.id}>
                <Link href={`/practice/${a.questionId}`}>{a.questionTitle}</Link>
                <span className="muted small">
                  {' '}
                  · {formatDuration(a.seconds)} · {formatWhen(a.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
