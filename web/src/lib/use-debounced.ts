import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`. The first value is returned at once, so a page
 * opens with an answer instead of waiting out the delay.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
