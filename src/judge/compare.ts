/**
 * Compares a returned value with the expected one, both as parsed JSON, outside any sandbox.
 * Numbers compare with a relative tolerance of 1e-9 so that the same arithmetic written in another
 * language (or order) is not rejected for its last bit; everything else compares exactly.
 */
const TOLERANCE = 1e-9;

export function sameValue(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    if (actual === expected) return true;
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(1, Math.abs(actual), Math.abs(expected));
  }
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((item, i) => sameValue(actual[i], item));
  }
  if (Array.isArray(actual)) return false;
  const expectedKeys = Object.keys(expected);
  const actualRecord = actual as Record<string, unknown>;
  if (Object.keys(actualRecord).length !== expectedKeys.length) return false;
  const expectedRecord = expected as Record<string, unknown>;
  return expectedKeys.every((key) => Object.hasOwn(actualRecord, key) && sameValue(actualRecord[key], expectedRecord[key]));
}
