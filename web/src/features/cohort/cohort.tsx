import { Link } from '../../lib/router.js';
import { formatWhen } from '../../lib/format.js';
import { useCohortCandidates } from '../../lib/queries.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import type { ApiResponse } from '@shared/api.js';
import './cohort.css';

type CandidateSummary = ApiResponse<'GET /api/cohort/candidates'>['candidates'][number];

/** Coaches: each candidate of their cohorts, how ready the evidence says they are, and their latest answers. */
export function CohortPage() {
  const cohort = useCohortCandidates();
  if (cohort.error) return <ErrorNote message={cohort.error.message} onRetry={() => void cohort.refetch()} />;
  if (!cohort.data) return <Loading label="Loading the cohort" />;
  const { candidates, cohorts } = cohort.data;
  const several = cohorts.length > 1;
  return (
    <div className="page wide">
      <header className="page-header">
        <p className="eyebrow">{several ? 'Cohorts' : 'Cohort'}</p>
        <h1>{several ? 'Your cohorts' : (cohorts[0] ?? 'No cohort yet')}</h1>
        <p className="lead">
          {cohorts.length > 0
            ? 'Open an answer to score it against the rubric and comment on the lines that matter. Your review counts in the candidate’s readiness.'
            : 'An administrator puts you in a cohort; its candidates then appear here.'}
        </p>
        {several && <p className="muted">You coach {cohorts.join(', ')}.</p>}
      </header>
      {cohorts.map((name, i) => {
        const theirs = candidates.filter((c) => c.cohort === name);
        return (
          <section key={name} aria-labelledby={several ? `cohort-${i}` : undefined} className="cohort-section">
            {several && (
              <h2 id={`cohort-${i}`}>
                {name} <span className="muted small">· {theirs.length === 1 ? '1 candidate' : `${theirs.length} candidates`}</span>
              </h2>
            )}
            {theirs.length === 0 && <p className="muted">No candidates in this cohort yet.</p>}
            <ul className="candidate-list">
              {theirs.map((c) => (
                <CandidateCard key={c.id} candidate={c} heading={several ? 'h3' : 'h2'} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function CandidateCard({ candidate: c, heading: Heading }: { candidate: CandidateSummary; heading: 'h2' | 'h3' }) {
  return (
    <li className="panel">
      <div className="candidate-head">
        <Heading>{c.email}</Heading>
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
  );
}
