import { useCallback, useEffect, useRef, useState } from 'react';
import { formatClock } from '../lib/format.js';

/** Counts whole seconds while running; pausing keeps the total. */
export function useStopwatch() {
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(false);
  const [started, setStarted] = useState(false);
  const base = useRef(0);
  const since = useRef(0);
  useEffect(() => {
    if (!running) return;
    const tick = () => setSeconds(base.current + Math.floor((Date.now() - since.current) / 1000));
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [running]);
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

export function Timer(props: { seconds: number; expected: number; running: boolean; onStart: () => void; onPause: () => void }) {
  const { seconds, expected, running } = props;
  const over = seconds > expected;
  const share = Math.min(1, seconds / expected);
  return (
    <div className={`timer ${over ? 'over' : ''}`}>
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
