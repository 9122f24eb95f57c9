import { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';
import { CALC_LIMITS, atMost } from './limits.js';
import { durationInput, roundTo } from './units.js';

/**
 * Little's law, L = λW: the average number of requests in a system (L) is the arrival rate (λ)
 * times the average time each spends in it (W). Give any two and get the third.
 */
export const littlesLawInputSchema = z
  .strictObject({
    /** L: requests in flight (concurrency, queue length). */
    concurrency: z.number().min(0, 'concurrency is 0 or more').max(CALC_LIMITS.maxRequestsPerSecond * 3600, 'concurrency is too large').optional(),
    /** λ: requests arriving per second. */
    arrivalRate: z.number().min(0, 'arrivalRate is 0 or more').max(CALC_LIMITS.maxRequestsPerSecond, atMost('maxRequestsPerSecond', 'requests per second')).optional(),
    /** W: time each request spends in the system; seconds or a text such as "200ms". */
    timeInSystem: durationInput('timeInSystem', 3600, 'at most an hour').optional(),
  })
  .refine((input) => [input.concurrency, input.arrivalRate, input.timeInSystem].filter((v) => v !== undefined).length === 2, {
    message: 'give exactly two of concurrency (L), arrivalRate (λ, per second) and timeInSystem (W) to solve for the third',
  });
export type LittlesLawOptions = z.output<typeof littlesLawInputSchema>;

export interface LittlesLawResult {
  solvedFor: 'concurrency' | 'arrivalRate' | 'timeInSystem';
  concurrency: number;
  arrivalRate: number;
  /** Seconds. */
  timeInSystem: number;
}

export function solveLittlesLaw(input: LittlesLawOptions): LittlesLawResult {
  const { concurrency: L, arrivalRate: rate, timeInSystem: W } = input;
  if (L === undefined && rate !== undefined && W !== undefined) {
    return { solvedFor: 'concurrency', concurrency: roundTo(rate * W, 9), arrivalRate: rate, timeInSystem: W };
  }
  if (rate === undefined && L !== undefined && W !== undefined) {
    if (W === 0) throw new InvalidInputError('timeInSystem must be more than 0 to solve for arrivalRate');
    return { solvedFor: 'arrivalRate', concurrency: L, arrivalRate: roundTo(L / W, 9), timeInSystem: W };
  }
  if (L !== undefined && rate !== undefined) {
    if (rate === 0) throw new InvalidInputError('arrivalRate must be more than 0 to solve for timeInSystem');
    return { solvedFor: 'timeInSystem', concurrency: L, arrivalRate: rate, timeInSystem: roundTo(L / rate, 9) };
  }
  throw new InvalidInputError('give exactly two of concurrency, arrivalRate and timeInSystem');
}
