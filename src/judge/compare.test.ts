import { describe, expect, it } from 'vitest';
import { sameValue } from './compare.js';

describe('sameValue', () => {
  it('compares numbers with a relative tolerance of 1e-9', () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(27.8, 27.8)).toBe(true);
    expect(sameValue(27.7, 27.8)).toBe(false);
    expect(sameValue(1e12 + 1, 1e12)).toBe(true);
    expect(sameValue(1e6 + 1, 1e6)).toBe(false);
    expect(sameValue(-0, 0)).toBe(true);
  });

  it('does not confuse types', () => {
    expect(sameValue('1', 1)).toBe(false);
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue(true, 1)).toBe(false);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({}, [])).toBe(false);
  });

  it('compares arrays in order and objects by their keys', () => {
    expect(sameValue([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue([1, 2, 3], [1, 2])).toBe(false);
    expect(sameValue({ a: 1, b: [null] }, { b: [null], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
  });

  it('treats a parsed "__proto__" key as plain data', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(sameValue(parsed, {})).toBe(false);
    expect(sameValue(parsed, JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
  });
});
