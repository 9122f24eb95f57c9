import { Link } from '../../lib/router.js';
import { formatWhen } from '../../lib/format.js';
import { useCohortCandidates } from '../../lib/queries.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import './cohort.css';

/** Coaches: each candidate of their cohort, how ready the evidence says they are, and their latest answers. */
export function CohortPage() {
  const cohort = useCohortCandidates();
  if (cohort.error) return <ErrorNote message={cohort.error.message} onRetry={() => void cohort.refetch()} />;
  if (!cohort.data) return <Loading label="Loading the cohort" />;
  const { candidates } = cohort.data;
  return (
    <div className="page wide">
      <header className="page-header">
        <p className="eyebrow">Cohort</p>
        <h1>{cohort.data.cohort ?? 'No cohort yet'}</h1>
        <p className="lead">
          {cohort.data.cohort
            ? 'Open an answer to score it against the rubric and comment on the lines that matter. Your review counts in the candidate’s readiness.'
            : 'An administrator puts you in a cohort; its candidates then appear here.'}
        </p>
      </header>
      {cohort.data.cohort && candidates.length === 0 && <p className="muted">No candidates in this cohort yet.</p>}
      <ul className="candidate-list">
        {candidates.map((c) => (
          <li key={c.id} className="panel">
            <div className="candidate-head">
              <h2>{c.email}</h2>
              <p className="candidate-readiness">
                {c.readiness.overall === null ? (
                  <span className="muted">Readiness not shown yet</span>
                ) : (
                  <>
                    <strong>{Math.round(c.readiness.overall * 100)}%</strong> ready
                  </>
                )}
                <span className="muted small"> · {c.readiness.evidence} scored items{c.readiness.lastAt ? ` · last ${formatWhen(c.readiness.lastAt)}` : ''}</span>
              </p>
            </div>
            {c.readiness.overall === null && c.readiness.missing.length > 0 && <p className="muted small">Before an overall figure: {c.readiness.missing.join('; ')}.</p>}
            {c.recent.length === 0 ? (
              <p className="muted">No answers yet.</p>
            ) : (
              <ul className="recent-answers">
                {c.recent.map((a) => (
                  <li key={a.id}>
                    <Link href={`/cohort/${c.id}/attempts/${a.id}`}>{a.questionTitle}</Link>
                    <span className="muted small">
                      {formatWhen(a.createdAt)}
                      {a.machineScore !== null ? ` · machine ${a.machineScore}` : ''} · {a.reviews === 0 ? 'not reviewed' : a.reviews === 1 ? 'reviewed' : `${a.reviews} reviews`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
