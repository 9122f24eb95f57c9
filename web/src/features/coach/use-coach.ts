import { useEffect, useRef, useState } from 'react';
import type { CoachResult } from '@shared/api.js';
import { api } from '../../lib/api-client.js';

/** How long typing must pause before the coach looks again. */
export const COACH_DEBOUNCE_MS = 300;

/** Live analysis of `text`: debounced, and a late answer for older text never replaces a newer one. */
export function useCoach(text: string, questionId: string) {
  const [analysis, setAnalysis] = useState<CoachResult>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    if (!text.trim()) {
      setAnalysis(undefined);
      setPending(false);
      return;
    }
    setPending(true);
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      api
        .post<CoachResult>('/api/coach', { text, questionId })
        .then((result) => {
          if (ticket !== latest.current) return;
          setAnalysis(result);
          setError(undefined);
        })
        .catch((e: Error) => ticket === latest.current && setError(e.message))
        .finally(() => ticket === latest.current && setPending(false));
    }, COACH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, questionId]);
  return { analysis, error, pending };
}
