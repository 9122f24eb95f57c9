import { ExactNumber, type ExactValue } from './exact-json.js';

/**
 * Compares a returned value (read exactly, see exact-json.ts) with the expected one, outside any
 * sandbox. Integers and strings compare exactly: 1e9 + 1 is not 1e9, 1000000000.9 is not 1000000000,
 * and a Python integer beyond 2^53 is compared digit for digit. A number compares by its value, so
 * Python's 3.0 equals 3 and -0 equals 0 (JSON written by JavaScript cannot even tell them apart);
 * NaN equals nothing. Floats get a tolerance only when the problem declares one in its front-matter.
 */
export interface Tolerance {
  /** |actual - expected| <= absolute passes. */
  absolute: number;
  /** |actual - expected| <= relative * max(|actual|, |expected|) passes. */
  relative: number;
}

export function sameValue(actual: ExactValue, expected: unknown, tolerance?: Tolerance): boolean {
  if (typeof expected === 'number') return actual instanceof ExactNumber && sameNumber(actual, expected, tolerance);
  if (typeof expected === 'bigint') return actual instanceof ExactNumber && actual.integer === expected;
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (actual === null || typeof actual !== 'object' || actual instanceof ExactNumber) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((item, i) => sameValue(actual[i]!, item, tolerance));
  }
  if (Array.isArray(actual)) return false;
  const expectedKeys = Object.keys(expected);
  if (Object.keys(actual).length !== expectedKeys.length) return false;
  const expectedRecord = expected as Record<string, unknown>;
  return expectedKeys.every((key) => Object.hasOwn(actual, key) && sameValue(actual[key]!, expectedRecord[key], tolerance));
}

function sameNumber(actual: ExactNumber, expected: number, tolerance: Tolerance | undefined): boolean {
  if (!Number.isFinite(expected) || !Number.isFinite(actual.value)) return false;
  const expectedInteger = Number.isInteger(expected) ? BigInt(expected) : undefined;
  // An integer literal against an integer: exact, whatever the tolerance (digits past 2^53 count).
  if (actual.integer !== undefined && expectedInteger !== undefined) return actual.integer === expectedInteger;
  // A float literal denotes the double it reads as (Python and JavaScript both print the shortest).
  if (actual.value === expected) return true;
  if (!tolerance) return false;
  const difference = Math.abs(actual.value - expected);
  return difference <= tolerance.absolute || difference <= tolerance.relative * Math.max(Math.abs(actual.value), Math.abs(expected));
}

/** The comparison rule in a sentence, shown beside a problem's statement. */
export function describeComparison(tolerance: Tolerance | undefined): string {
  if (!tolerance) return 'Answers are compared exactly (numbers by value, integers digit for digit).';
  const parts = [];
  if (tolerance.absolute > 0) parts.push(`${tolerance.absolute} absolute`);
  if (tolerance.relative > 0) parts.push(`${tolerance.relative} relative`);
  return `Integers and strings are compared exactly; a float is accepted within ${parts.join(' or ')} of the expected value.`;
}
