import { useEffect, useState } from 'react';
import type { MockView } from '@shared/api.js';
import { formatClock } from '../../lib/format.js';

/** Where the person is in the loop: the stage countdown and the rail of stages. */

/** Seconds elapsed in the stage, ticking locally from the server's reading while the clock runs. */
function useStageClock(view: MockView): { elapsed: number; allowed: number } {
  const clock = view.stage?.clock;
  // Seconds since this reading arrived; a new reading (a new view) starts again from zero.
  const [tick, setTick] = useState({ view, extra: 0 });
  const running = Boolean(clock?.running);
  useEffect(() => {
    if (!running) return;
    const start = Date.now();
    const timer = window.setInterval(() => setTick({ view, extra: Math.max(0, (Date.now() - start) / 1000) }), 250);
    return () => window.clearInterval(timer);
  }, [view, running]);
  if (!clock) return { elapsed: 0, allowed: 0 };
  const extra = clock.running && tick.view === view ? tick.extra : 0;
  return { elapsed: Math.floor(clock.elapsedSeconds + extra), allowed: clock.allowedSeconds };
}

export function Countdown({ view }: { view: MockView }) {
  const { elapsed, allowed } = useStageClock(view);
  const left = allowed - elapsed;
  const over = left < 0;
  const share = allowed > 0 ? Math.min(1, elapsed / allowed) : 0;
  const running = view.stage?.clock.running ?? false;
  return (
    <div className={`countdown ${over ? 'countdown-over' : left <= 60 ? 'soon' : ''} ${running ? '' : 'stopped'}`}>
      <span className="countdown-clock" role="timer" aria-label={over ? `${formatClock(-left)} over the stage time` : `${formatClock(left)} left in this stage`} data-testid="countdown">
        {over ? `+${formatClock(-left)}` : formatClock(left)}
      </span>
      <span className="muted small">
        {over ? 'over time' : 'left'} · {formatClock(elapsed)} / {formatClock(allowed)}
        {!running && ' · stopped'}
      </span>
      <span className="countdown-bar" aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

export function StageRail({ view }: { view: MockView }) {
  return (
    <ol className="stage-rail" aria-label="Stages" tabIndex={0}>
      {view.stages.map((s) => (
        <li key={s.id} className={`rail-${s.status} ${view.stage?.index === s.index ? 'focus' : ''}`} aria-current={view.stage?.index === s.index ? 'step' : undefined}>
          <span className="rail-dot" aria-hidden="true">
            {s.status === 'done' ? '✓' : s.index + 1}
          </span>
          <span className="rail-text">
            <span className="rail-title">{s.title}</span>
            <span className="muted small">
              {s.minutes} min · {s.status === 'done' ? `${s.answered}/${s.items} answered` : `${s.items} question${s.items === 1 ? '' : 's'}`}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
