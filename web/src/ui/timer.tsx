import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatClock } from '../lib/format.js';
import { readDraft, writeDraft } from '../lib/use-draft.js';

interface Clock {
  seconds: number;
  running: boolean;
}
const STOPPED: Clock = { seconds: 0, running: false };
const isClock = (value: unknown): value is Clock =>
  typeof value === 'object' && value !== null && Number.isInteger((value as Clock).seconds) && (value as Clock).seconds >= 0 && typeof (value as Clock).running === 'boolean';

/**
 * Counts whole seconds while running; pausing keeps the total. With a `draftKey` the count is kept
 * with the drafts, so a reload resumes from the time already spent (a running clock keeps running;
 * the time the page was closed does not count). `reset` forgets it.
 */
export function useStopwatch(draftKey?: string) {
  const [initial] = useState(() => (draftKey ? readDraft(draftKey, STOPPED, { valid: isClock }) : STOPPED));
  const [seconds, setSeconds] = useState(initial.seconds);
  const [running, setRunning] = useState(initial.running);
  const [started, setStarted] = useState(initial.running || initial.seconds > 0);
  const base = useRef(initial.seconds);
  const since = useRef(0);
  useEffect(() => {
    if (!running) return;
    if (since.current === 0) since.current = Date.now(); // a clock restored running counts on from now
    const tick = () => setSeconds(base.current + Math.floor((Date.now() - since.current) / 1000));
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [running]);
  // Written in the same commit that shows the time, so a reload never finds less than was on screen.
  useLayoutEffect(() => {
    if (draftKey) writeDraft(draftKey, { seconds, running }, STOPPED);
  }, [draftKey, seconds, running]);
  const start = useCallback(() => {
    since.current = Date.now();
    setRunning(true);
    setStarted(true);
  }, []);
  const pause = useCallback(() => {
    base.current += Math.floor((Date.now() - since.current) / 1000);
    setSeconds(base.current);
    setRunning(false);
  }, []);
  const stop = useCallback(() => setRunning(false), []);
  const reset = useCallback(() => {
    base.current = 0;
    setSeconds(0);
    setRunning(false);
    setStarted(false);
  }, []);
  return { seconds, running, started, start, pause, stop, reset };
}

export function Timer(props: { seconds: number; expected: number; running: boolean; onStart: () => void; onPause: () => void; compact?: boolean }) {
  const { seconds, expected, running } = props;
  const over = seconds > expected;
  const share = Math.min(1, seconds / expected);
  return (
    <div className={`timer ${props.compact ? 'timer-compact' : ''} ${over ? 'over' : ''}`}>
      <span className="timer-clock" aria-label={`Elapsed ${formatClock(seconds)} of ${formatClock(expected)}`}>
        {formatClock(seconds)} <span className="muted">/ {formatClock(expected)}</span>
      </span>
      <div className="timer-bar" aria-hidden="true">
        <div className="timer-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <button type="button" className="button small ghost" onClick={running ? props.onPause : props.onStart}>
        {running ? 'Pause' : seconds > 0 ? 'Resume' : 'Start'}
      </button>
    </div>
  );
}
