import type { ScopeReading, Span } from '@shared/api.js';
import { LEVELS } from '@shared/domain.js';

const titleOf = (id: string) => LEVELS.find((l) => l.id === id)?.title ?? id;

/** Which level a story's scope reads as, with the words behind it. The server decides; this renders. */
export function CoachScope(props: { scope: ScopeReading; onSpan?: (span: Span) => void }) {
  const { scope, onSpan } = props;
  return (
    <section aria-label="Scope and level">
      <h3>
        Scope: reads as {titleOf(scope.readsAs)}
        {scope.target && <span className={`scope-${scope.verdict ?? 'none'}`}> · target {titleOf(scope.target)}</span>}
      </h3>
      <p className="small">{scope.message}</p>
      {scope.evidence.length > 0 && (
        <ul className="scope-evidence">
          {scope.evidence.map((e) => (
            <li key={`${e.span[0]}-${e.kind}`}>
              <span className="muted small">{e.kind}</span>{' '}
              {onSpan ? (
                <button type="button" className="evidence" onClick={() => onSpan(e.span)} title="Show where in your answer">
                  “{e.text}”
                </button>
              ) : (
                <span>“{e.text}”</span>
              )}{' '}
              <span className="muted small">({titleOf(e.level)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
