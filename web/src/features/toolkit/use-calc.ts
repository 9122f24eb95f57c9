import type { CalculatorName, CalculatorResults } from '@shared/api.js';
import { useCalc as useCalcQuery } from '../../lib/queries.js';

export interface CalcState<T> {
  /** The last good result; kept while a newer request runs or fails, so the page does not flicker. */
  result: T | undefined;
  error: string | undefined;
  pending: boolean;
}

/** Runs a calculator on the server whenever `input` changes (debounced; null sends nothing). */
export function useCalc<N extends CalculatorName>(name: N, input: unknown): CalcState<CalculatorResults[N]> {
  const live = useCalcQuery(name, input);
  return { result: live.data, error: live.error, pending: live.pending };
}
