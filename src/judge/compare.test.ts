import { describe, expect, it } from 'vitest';
import { sameValue, type Tolerance } from './compare.js';
import { exactText, parseExactJson, toPlain } from './exact-json.js';
import { createRandom } from './generators/random.js';

/** Compares returned JSON text with an expected value, as the judge does. */
const same = (actualJson: string, expected: unknown, tolerance?: Tolerance) => {
  const actual = parseExactJson(actualJson);
  if (actual === undefined) throw new Error(`unreadable: ${actualJson}`);
  return sameValue(actual, expected, tolerance);
};
const TWO_53 = 2 ** 53;

describe('sameValue without a tolerance', () => {
  it('compares integers exactly: 1e12 + 1 is not 1e12, 1e9 + 1 is not 1e9', () => {
    expect(same('1000000000001', 1e12)).toBe(false);
    expect(same('1000000001', 1e9)).toBe(false);
    expect(same('1000000000', 1e9)).toBe(true);
  });

  it('does not take 1000000000.9 for the integer 1000000000', () => {
    expect(same('1000000000.9', 1_000_000_000)).toBe(false);
    expect(same('1000000000.0', 1_000_000_000)).toBe(true);
  });

  it('compares floats as the doubles they denote, with no tolerance', () => {
    expect(same(JSON.stringify(0.1 + 0.2), 0.3)).toBe(false);
    expect(same('27.8', 27.8)).toBe(true);
    expect(same('27.799999999999997', 27.8)).toBe(false);
  });

  it('keeps every digit of a Python integer beyond 2^53', () => {
    expect(same('9007199254740993', TWO_53)).toBe(false);
    expect(same('9007199254740992', TWO_53)).toBe(true);
    expect(same('9007199254740993', 9007199254740993n)).toBe(true);
    expect(same('123456789012345678901234567890', 1.2345678901234568e29)).toBe(false);
  });

  it('takes -0 for 0 and NaN for nothing', () => {
    expect(same('-0.0', 0)).toBe(true);
    expect(same('-0', 0)).toBe(true);
    expect(same('0', -0)).toBe(true);
    expect(same('0', Number.NaN)).toBe(false);
    expect(same('null', Number.NaN)).toBe(false);
  });

  it('does not confuse types', () => {
    expect(same('"1"', 1)).toBe(false);
    expect(same('1', '1')).toBe(false);
    expect(same('true', 1)).toBe(false);
    expect(same('null', 0)).toBe(false);
    expect(same('null', null)).toBe(true);
    expect(same('[]', {})).toBe(false);
    expect(same('{}', [])).toBe(false);
  });

  it('compares arrays in order and objects by their keys', () => {
    expect(same('[1,[2,3]]', [1, [2, 3]])).toBe(true);
    expect(same('[1,2]', [2, 1])).toBe(false);
    expect(same('[1,2,3]', [1, 2])).toBe(false);
    expect(same('{"b":[null],"a":1}', { a: 1, b: [null] })).toBe(true);
    expect(same('{"a":1}', { a: 1, b: 2 })).toBe(false);
    expect(same('{"a":1,"c":2}', { a: 1, b: 2 })).toBe(false);
  });

  it('treats a "__proto__" key as plain data and refuses duplicate keys', () => {
    expect(same('{"__proto__":{"x":1}}', {})).toBe(false);
    expect(same('{"__proto__":{"x":1}}', JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
    expect(parseExactJson('{"a":1,"a":2}')).toBeUndefined();
    expect(parseExactJson('[1,]')).toBeUndefined();
    expect(parseExactJson('NaN')).toBeUndefined();
    expect(parseExactJson('1 2')).toBeUndefined();
  });

  it('reads escapes, and deep nesting only up to a bound', () => {
    expect(same('"a\\"b\\u00e9\\n"', 'a"bé\n')).toBe(true);
    expect(parseExactJson(`${'['.repeat(600)}${']'.repeat(600)}`)).toBeUndefined();
  });

  it('shows values with every digit for messages, and as plain JSON for display', () => {
    const value = parseExactJson('{"n":9007199254740993,"f":[1.50,-0.0]}')!;
    expect(exactText(value)).toBe('{"n":9007199254740993,"f":[1.50,-0.0]}');
    expect(toPlain(value)).toEqual({ n: TWO_53, f: [1.5, -0] });
  });
});

describe('sameValue with a declared tolerance', () => {
  const tolerance = { absolute: 1e-6, relative: 1e-9 };
  it('lets floats differ within it, never integers', () => {
    expect(same(JSON.stringify(0.1 + 0.2), 0.3, tolerance)).toBe(true);
    expect(same('27.8000001', 27.8, tolerance)).toBe(true);
    expect(same('27.80001', 27.8, tolerance)).toBe(false);
    expect(same('1000000001', 1e9, tolerance)).toBe(false);
    expect(same('1e300', 1.0000000001e300, tolerance)).toBe(true);
  });
});

describe('sameValue properties (seeded)', () => {
  const random = createRandom(14);
  const nearTwo53 = () => TWO_53 + random.int(-64, 64) * (random.chance(0.5) ? 1 : 2);
  const randomValue = (depth: number): unknown => {
    const pick = random.int(0, depth > 3 ? 3 : 5);
    if (pick === 0) return random.int(-1e6, 1e6);
    if (pick === 1) return random.chance(0.5) ? nearTwo53() : -nearTwo53();
    if (pick === 2) return random.pick(['', 'a', 'é', '"', '\\', 'x\u0001y', '__proto__']);
    if (pick === 3) return random.pick([null, true, false, 0.5, -0, 1e-7]);
    if (pick === 4) return Array.from({ length: random.int(0, 4) }, () => randomValue(depth + 1));
    const out: Record<string, unknown> = {};
    for (let i = random.int(0, 4); i > 0; i--) out[random.pick(['a', 'b', 'c', 'd', 'e'])] = randomValue(depth + 1);
    return out;
  };
  /** The same JSON with every object's keys in reverse order. */
  const reordered = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(reordered).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      return `{${Object.keys(value).reverse().map((k) => `${JSON.stringify(k)}:${reordered((value as Record<string, unknown>)[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
  };

  it('a value equals itself with its keys reordered, and not with one integer moved by one', () => {
    for (let i = 0; i < 300; i++) {
      const value = randomValue(0);
      expect(same(reordered(value), value)).toBe(true);
      const text = JSON.stringify(value);
      const match = /-?\d{5,}/.exec(text);
      if (!match) continue;
      const moved = (BigInt(match[0]) + 1n).toString();
      expect(same(text.replace(match[0], moved), value)).toBe(false);
    }
  });

  it('an integer near 2^53 equals only its own digits', () => {
    for (let i = 0; i < 200; i++) {
      const n = BigInt(TWO_53) + BigInt(random.int(-1000, 1000));
      const offset = BigInt(random.int(1, 3));
      expect(same(n.toString(), n)).toBe(true);
      expect(same((n + offset).toString(), n)).toBe(false);
      if (Number.isSafeInteger(Number(n))) expect(same(n.toString(), Number(n))).toBe(true);
    }
  });

  it('NaN, either zero and nested arrays behave the same at every depth', () => {
    for (let depth = 0; depth < 20; depth++) {
      const wrap = (inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
      const nest = (inner: unknown): unknown => (depth === 0 ? inner : Array.from({ length: 1 }, () => nestAt(inner, depth)));
      const nestAt = (inner: unknown, d: number): unknown => (d === 1 ? inner : [nestAt(inner, d - 1)]);
      expect(same(wrap('-0.0'), nest(0))).toBe(true);
      expect(same(wrap('0'), nest(Number.NaN))).toBe(false);
      expect(same(wrap('1.5'), nest(1.5))).toBe(true);
      expect(same(wrap('1.5000001'), nest(1.5))).toBe(false);
    }
  });
});
