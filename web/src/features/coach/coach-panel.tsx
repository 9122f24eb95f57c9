import type { CoachResult, Span } from '@shared/api.js';
import { isStoryType } from '@shared/domain.js';
import { formatDuration } from '../../lib/format.js';
import { ScoreRing, SpeakingGauge, StarSplit } from './coach-charts.js';
import { CoachInsights } from './coach-insights.js';
import { CoachScope } from './coach-scope.js';
import { bySeverity, SEVERITY_LABEL } from './severity.js';


export function CoachPanel(props: { analysis: CoachResult; pending?: boolean; onSpan?: (span: Span) => void; text: string }) {
  const { analysis: a, onSpan } = props;
  const feedback = bySeverity(a.feedback);
  const covered = a.rubric.filter((r) => r.covered).length;
  return (
    <div className="coach-panel" aria-busy={props.pending}>
      {/* The live region is this one line: the whole panel re-read at every typing pause is noise. */}
      <p className="visually-hidden" role="status">
        {props.pending ? 'The coach is reading your answer.' : `Coach: ${a.score} of 100, ${a.level}; ${covered} of ${a.rubric.length} rubric points.`}
      </p>
      <div className="coach-head">
        <ScoreRing score={a.score} level={a.level} levelId={a.levelId} />
        <div>
          <p className="coach-level">{a.level}</p>
          <p className="muted small">
            {a.words} words · about {formatDuration(Math.round(a.speakingSeconds))} spoken
            {props.pending && <span className="coach-pending"> · updating…</span>}
          </p>
        </div>
      </div>

      <section aria-label="Dimensions">
        <ul className="dims">
          {a.dimensions.map((d) => (
            <li key={d.id} title={d.basis}>
              <span className="dim-title">{d.title}</span>
              <span className="dim-bar" aria-hidden="true">
                <span className={`dim-fill coach-level-${d.levelId}`} style={{ width: `${d.score}%` }} />
              </span>
              <span className="dim-score">{d.score}</span>
              <span className="dim-basis muted">{d.basis}</span>
            </li>
          ))}
        </ul>
      </section>

      {isStoryType(a.type) && (
        <section>
          <h3>STAR time split</h3>
          <StarSplit star={a.star} />
        </section>
      )}

      {a.scope && <CoachScope scope={a.scope} {...(onSpan ? { onSpan } : {})} />}

      <section>
        <h3>Delivery</h3>
        <SpeakingGauge seconds={a.speakingSeconds} min={a.target.minSeconds} max={a.target.maxSeconds} />
        <p className="small">
          <span className={a.fillers.heavy ? 'coach-heavy' : ''}>
            {a.fillers.count} filler{a.fillers.count === 1 ? '' : 's'} ({a.fillers.perMinute}/min)
          </span>
          {' · '}
          <span className={a.hedges.heavy ? 'coach-heavy' : ''}>
            {a.hedges.count} hedge{a.hedges.count === 1 ? '' : 's'} ({a.hedges.perMinute}/min)
          </span>
          {' · '}“I” {a.ownership.i} / “we” {a.ownership.we}
        </p>
      </section>

      {a.rubric.length > 0 && (
        <section>
          <h3>
            Rubric: {covered} of {a.rubric.length} covered
          </h3>
          <ul className="coverage">
            {a.rubric.map((r) => (
              <li key={r.point} className={r.covered ? 'covered' : 'missing'}>
                <span aria-hidden="true">{r.covered ? '✓' : '○'}</span>
                <span>
                  {r.point}
                  {r.covered && r.evidence[0] ? (
                    <button type="button" className="evidence" onClick={() => r.evidence[0] && onSpan?.(r.evidence[0].span)}>
                      said: {r.signals.slice(0, 3).join(', ')}
                    </button>
                  ) : (
                    <span className="muted small"> — not yet</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>Findings</h3>
        <ul className="findings">
          {feedback.map((f, i) => (
            <li key={i} className={`finding finding-${f.severity}`}>
              <span className="finding-label">{SEVERITY_LABEL[f.severity]}</span>
              {f.span && onSpan ? (
                <button type="button" className="finding-text" onClick={() => f.span && onSpan(f.span)} title="Show where in your answer">
                  {f.message}
                </button>
              ) : (
                <span className="finding-text">{f.message}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <CoachInsights insights={a.insights} />

      {a.followUps.length > 0 && (
        <section>
          <h3>The interviewer would ask next</h3>
          <ul className="followups">
            {a.followUps.map((f) => (
              <li key={f.question}>{f.question}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
