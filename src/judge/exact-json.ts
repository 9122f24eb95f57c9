/**
 * Reads the JSON text a sandbox returns without losing a digit: `JSON.parse` would turn a Python
 * integer beyond 2^53 into the nearest double, so 2^53 + 1 would "equal" 2^53. Numbers stay as
 * `ExactNumber` (an integer literal as a bigint, anything else as the double it denotes); objects
 * have a null prototype, so a "__proto__" key is plain data. Duplicate keys and nesting deeper than
 * MAX_DEPTH make the text unreadable (`undefined`), which the judge counts as a wrong answer.
 */
export class ExactNumber {
  constructor(
    /** The literal as written, for messages. */
    readonly text: string,
    /** Set when the literal has no fraction or exponent. */
    readonly integer: bigint | undefined,
    readonly value: number,
  ) {}
}

export type ExactValue = null | boolean | string | ExactNumber | ExactValue[] | { [key: string]: ExactValue };

const MAX_DEPTH = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const SIMPLE_STRING = /"[^"\\\u0000-\u001f]*"/y;
const WHITESPACE = /[ \t\n\r]*/y;

class Unreadable extends Error {}

export function parseExactJson(text: string): ExactValue | undefined {
  let at = 0;
  const fail = (): never => {
    throw new Unreadable();
  };
  const skip = () => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  };
  const string = (): string => {
    SIMPLE_STRING.lastIndex = at;
    const simple = SIMPLE_STRING.exec(text);
    if (simple) {
      at = SIMPLE_STRING.lastIndex;
      return simple[0].slice(1, -1);
    }
    // Escapes: find the closing quote, then let JSON.parse decode exactly that literal.
    let end = at + 1;
    while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
    if (end >= text.length) fail();
    const literal = text.slice(at, end + 1);
    at = end + 1;
    try {
      return JSON.parse(literal) as string;
    } catch {
      return fail();
    }
  };
  const value = (depth: number): ExactValue => {
    if (depth > MAX_DEPTH) fail();
    skip();
    const char = text[at];
    if (char === '"') return string();
    if (char === '[') {
      at++;
      const items: ExactValue[] = [];
      skip();
      if (text[at] === ']') return at++, items;
      for (;;) {
        items.push(value(depth + 1));
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return at++, items;
        else fail();
      }
    }
    if (char === '{') {
      at++;
      const record = Object.create(null) as Record<string, ExactValue>;
      skip();
      if (text[at] === '}') return at++, record;
      for (;;) {
        skip();
        if (text[at] !== '"') fail();
        const key = string();
        if (Object.hasOwn(record, key)) fail();
        skip();
        if (text[at++] !== ':') fail();
        record[key] = value(depth + 1);
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return at++, record;
        else fail();
      }
    }
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) return (at += word.length), result;
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (!number) return fail();
    at = NUMBER.lastIndex;
    const literal = number[0];
    const isInteger = number[1] === undefined && number[2] === undefined;
    return new ExactNumber(literal, isInteger ? BigInt(literal) : undefined, Number(literal));
  };
  try {
    const result = value(0);
    skip();
    return at === text.length ? result : undefined;
  } catch (error) {
    if (error instanceof Unreadable || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The value as plain JSON for display (a visible test's `actual`); integers past 2^53 may round here. */
export function toPlain(value: ExactValue): unknown {
  if (value instanceof ExactNumber) return value.value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: toPlain(value[key]!), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** The value as compact JSON with every digit kept, for messages. */
export function exactText(value: ExactValue): string {
  if (value instanceof ExactNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(exactText).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${exactText(value[k]!)}`).join(',')}}`;
  return JSON.stringify(value);
}
