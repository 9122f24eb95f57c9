import type { CoachAnalysis } from '@shared/api.js';

export function ScoreRing({ score, level, levelId }: { score: number; level: string; levelId: string }) {
  const radius = 30;
  const circumference = 2 * Math.PI * radius;
  return (
    <svg className={`score-ring coach-level-${levelId}`} viewBox="0 0 72 72" width="72" height="72" role="img" aria-label={`Score ${score} of 100, ${level}`}>
      <circle cx="36" cy="36" r={radius} className="ring-track" />
      <circle
        cx="36"
        cy="36"
        r={radius}
        className="ring-fill"
        strokeDasharray={`${(score / 100) * circumference} ${circumference}`}
        transform="rotate(-90 36 36)"
      />
      <text x="36" y="41" textAnchor="middle" className="ring-text">
        {score}
      </text>
    </svg>
  );
}

const PARTS = ['situation', 'task', 'action', 'result'] as const;

export function StarSplit({ star }: { star: CoachAnalysis['star'] }) {
  const total = PARTS.reduce((sum, p) => sum + star[p].share, 0) || 1;
  return (
    <div>
      <div className="star-split" role="img" aria-label={PARTS.map((p) => `${p} ${Math.round(star[p].share * 100)}%`).join(', ')}>
        {PARTS.map((p) =>
          star[p].present ? <span key={p} className={`split-${p}`} style={{ flexGrow: star[p].share / total }} title={`${p}: ${Math.round(star[p].share * 100)}%`} /> : null,
        )}
      </div>
      <ul className="split-legend small">
        {PARTS.map((p) => (
          <li key={p} className={star[p].present ? '' : 'missing'}>
            <span className={`split-swatch split-${p}`} aria-hidden="true" />
            {p.charAt(0).toUpperCase() + p.slice(1)} {star[p].present ? `${Math.round(star[p].share * 100)}%` : 'missing'}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Speaking time against the target band for the question type. */
export function SpeakingGauge({ seconds, min, max }: { seconds: number; min: number; max: number }) {
  const scale = Math.max(max * 1.5, seconds * 1.05, 1);
  const pct = (v: number) => `${Math.min(100, (v / scale) * 100)}%`;
  const verdict = seconds < min ? 'short' : seconds > max ? 'long' : 'ok';
  return (
    <div role="img" aria-label={`About ${Math.round(seconds)} seconds spoken; the target is ${min} to ${max} seconds`}>
      <div className="gauge-track">
        <span className="gauge-band" style={{ left: pct(min), width: `calc(${pct(max)} - ${pct(min)})` }} />
        <span className={`gauge-marker gauge-${verdict}`} style={{ left: pct(seconds) }} />
      </div>
      <div className="gauge-labels small muted">
        <span>{Math.round(seconds)} s spoken</span>
        <span>
          target {min}-{max} s
        </span>
      </div>
    </div>
  );
}
