import { useEffect, useRef, useState } from 'react';
import type { CalculatorName, CalculatorResults } from '@shared/api.js';
import { api } from '../../lib/api-client.js';

export interface CalcState<T> {
  /** The last good result; kept while a newer request runs or fails, so the page does not flicker. */
  result: T | undefined;
  error: string | undefined;
  pending: boolean;
}

/** Wait this long after the last keystroke before asking the server. */
export const TYPING_DELAY_MS = 250;

/**
 * Runs a calculator on the server whenever `input` changes, debounced. A null input (the form is
 * incomplete) sends nothing. Only the newest answer is shown.
 */
export function useCalc<N extends CalculatorName>(name: N, input: unknown, delay = TYPING_DELAY_MS): CalcState<CalculatorResults[N]> {
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<CalcState<CalculatorResults[N]>>({ result: undefined, error: undefined, pending: key !== null });
  const first = useRef(true);
  useEffect(() => {
    if (key === null) {
      setState((s) => ({ ...s, pending: false }));
      return;
    }
    let live = true;
    setState((s) => ({ ...s, pending: true }));
    // The first answer comes at once; later ones wait for typing to pause.
    const wait = first.current ? 0 : delay;
    first.current = false;
    const timer = window.setTimeout(() => {
      api
        .post<CalculatorResults[N]>(`/api/calc/${name}`, JSON.parse(key))
        .then((result) => live && setState({ result, error: undefined, pending: false }))
        .catch((error: Error) => live && setState((s) => ({ result: s.result, error: error.message, pending: false })));
    }, wait);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [name, key, delay]);
  return state;
}
