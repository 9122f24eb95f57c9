import type { Submission } from '@shared/api.js';
import { VERDICTS } from '@shared/domain.js';

const show = (value: unknown) => JSON.stringify(value) ?? 'undefined';

export function verdictTitle(id: string): string {
  return VERDICTS.find((v) => v.id === id)?.title ?? id;
}

export function TestResults({ submission }: { submission: Submission }) {
  const accepted = submission.verdict === 'accepted';
  return (
    <div aria-live="polite">
      <div className={`code-verdict code-verdict-${accepted ? 'good' : 'bad'}`}>
        <strong>{submission.label}</strong>
        <span>
          {submission.passed}/{submission.total} {submission.mode === 'run' ? 'examples' : 'tests'} passed · {submission.timeMs.toFixed(1)} ms
        </span>
      </div>
      {submission.message && <pre className="code-verdict-message">{submission.message}</pre>}
      <ol className="test-list">
        {submission.tests.map((t) => (
          <li key={t.index} className={t.verdict === null ? 'not-run' : t.passed ? 'pass' : 'fail'}>
            <div className="test-head">
              <span className="test-mark" aria-hidden="true">
                {t.verdict === null ? '·' : t.passed ? '✓' : '✗'}
              </span>
              <span>
                {t.name}
                {!t.visible && <span className="muted small"> (hidden)</span>}
              </span>
              <span className="muted small">{t.verdict === null ? 'not run' : t.passed ? `${t.timeMs.toFixed(1)} ms` : verdictTitle(t.verdict)}</span>
            </div>
            {t.visible && t.verdict !== null && !t.passed && (
              <dl className="test-io">
                <dt>Input</dt>
                <dd>
                  <code>{show(t.input)}</code>
                </dd>
                <dt>Expected</dt>
                <dd>
                  <code>{show(t.expected)}</code>
                </dd>
                <dt>Got</dt>
                <dd>
                  <code>{show(t.actual)}</code>
                </dd>
              </dl>
            )}
            {!t.passed && t.message && <pre className="test-message">{t.message}</pre>}
          </li>
        ))}
      </ol>
    </div>
  );
}
