import { useCallback, useEffect, useRef } from 'react';

/** The server refuses more than this with one submission (SUBMISSION_MAX_SECONDS, a sitting of 4 hours). */
const MAX_SECONDS = 4 * 60 * 60;

/**
 * Time spent on a problem while its page is in front of the person: from opening the page, or from the
 * last submission, to now. A hidden tab does not count. `take()` reads the seconds and starts over.
 *
 * @example const clock = useWorkClock(); submit({ ..., seconds: clock.take() });
 */
export function useWorkClock() {
  const banked = useRef(0);
  const since = useRef<number | null>(null);

  useEffect(() => {
    const visible = () => document.visibilityState === 'visible';
    since.current = visible() ? Date.now() : null;
    const onChange = () => {
      if (visible() && since.current === null) since.current = Date.now();
      if (!visible() && since.current !== null) {
        banked.current += Date.now() - since.current;
        since.current = null;
      }
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  const take = useCallback(() => {
    const now = Date.now();
    const ms = banked.current + (since.current === null ? 0 : now - since.current);
    banked.current = 0;
    if (since.current !== null) since.current = now;
    return Math.min(MAX_SECONDS, Math.round(ms / 1000));
  }, []);

  return { take };
}
