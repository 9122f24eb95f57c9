import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag, labelOf } from '../../ui/tag.js';
import { Link } from '../../lib/router.js';
import { useProblems } from '../../lib/queries.js';
import './code.css';

export function CodePage() {
  const list = useProblems();
  const problems = list.data?.problems;
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Code</p>
        <h1>Coding exercises</h1>
        <p className="lead">
          The coding round of a TPM loop: caching, sorting, page-load analysis and the programs a TPM runs. Write TypeScript, JavaScript or Python; a
          sandboxed judge runs the examples and the hidden tests.
        </p>
      </header>
      {list.error && <ErrorNote message={list.error.message} onRetry={() => void list.refetch()} />}
      {!problems && !list.error && <Loading label="Loading problems" />}
      {problems && (
        <>
          <p className="muted small">
            {problems.filter((p) => p.solved).length} of {problems.length} solved
          </p>
          <ul className="problem-grid">
            {problems.map((p) => (
              <li key={p.id}>
                <Link href={`/code/${p.id}`} className={`problem-card ${p.solved ? 'solved' : ''}`}>
                  <span className="problem-title">
                    {p.solved && (
                      <span className="solved-mark" aria-label="Solved">
                        ✓{' '}
                      </span>
                    )}
                    {p.title}
                  </span>
                  <span className="tag-row">
                    <Tag tone={p.difficulty}>{p.difficulty}</Tag>
                    <Tag>{p.kind === 'class' ? 'design a class' : 'function'}</Tag>
                    {p.areas.slice(0, 2).map((a) => (
                      <Tag key={a}>{labelOf(a)}</Tag>
                    ))}
                  </span>
                  {p.submissions > 0 && <span className="muted small">{p.submissions} submissions</span>}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
