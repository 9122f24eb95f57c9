import { z } from 'zod';

/** Seconds in a day, and the year every calculator uses: 365.25 days (Julian), a month is a twelfth. */
export const SECONDS_PER_DAY = 86_400;
export const SECONDS_PER_YEAR = 365.25 * SECONDS_PER_DAY;

const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: SECONDS_PER_DAY, day: SECONDS_PER_DAY, days: SECONDS_PER_DAY,
  w: 7 * SECONDS_PER_DAY, wk: 7 * SECONDS_PER_DAY, week: 7 * SECONDS_PER_DAY, weeks: 7 * SECONDS_PER_DAY,
  mo: SECONDS_PER_YEAR / 12, month: SECONDS_PER_YEAR / 12, months: SECONDS_PER_YEAR / 12,
  y: SECONDS_PER_YEAR, yr: SECONDS_PER_YEAR, year: SECONDS_PER_YEAR, years: SECONDS_PER_YEAR,
};

// Decimal units: capacity estimates are back-of-the-envelope in powers of ten (1 KB = 1,000 bytes).
const BYTE_UNITS: Record<string, number> = {
  b: 1, byte: 1, bytes: 1,
  kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
};

function parseAmount(text: string, units: Record<string, number>, bareUnit: number): number | undefined {
  const source = text.trim().toLowerCase().replace(/(\d),(\d{3})/g, '$1$2');
  const token = /\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*/y;
  let total = 0;
  let parts = 0;
  let bare = false;
  while (token.lastIndex < source.length) {
    const match = token.exec(source);
    if (!match) return undefined;
    const unit = match[2] ?? '';
    const factor = unit ? units[unit] : bareUnit;
    if (factor === undefined) return undefined;
    bare ||= !unit;
    total += Number(match[1]) * factor;
    parts++;
  }
  // "1h 30" is ambiguous: a bare number is only read on its own.
  if (parts === 0 || (bare && parts > 1)) return undefined;
  return total;
}

/** "1h 30m", "52.6m", "3.65d", "500ms" or a bare number of seconds, in seconds; undefined if unreadable. */
export function parseDuration(text: string): number | undefined {
  return parseAmount(text, DURATION_UNITS, 1);
}

/** "10KB", "1.5 MB", "4KiB" or a bare number of bytes, in bytes; undefined if unreadable. */
export function parseByteSize(text: string): number | undefined {
  return parseAmount(text, BYTE_UNITS, 1);
}

/** Rounds to `decimals` places, to keep float noise (0.1 + 0.2) out of results people read. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A duration as a number of seconds or a text such as "1h 30m"; parsed to seconds. */
export function durationInput(what: string, maxSeconds: number, limitText: string) {
  const message = `${what} must be a duration such as 45m, 1h 30m, 2d or a number of seconds`;
  return z.union([z.number(), z.string()], { error: message }).transform((value, ctx) => {
    const seconds = typeof value === 'number' ? value : parseDuration(value);
    if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    if (seconds > maxSeconds) {
      ctx.addIssue({ code: 'custom', message: `${what} must be ${limitText}` });
      return z.NEVER;
    }
    return seconds;
  });
}

/** A size as a number of bytes or a text such as "10KB"; parsed to bytes. */
export function byteSizeInput(what: string, maxBytes: number, limitText: string) {
  const message = `${what} must be a size such as 512, 10KB or 1.5MB (1 KB = 1,000 bytes)`;
  return z.union([z.number(), z.string()], { error: message }).transform((value, ctx) => {
    const bytes = typeof value === 'number' ? value : parseByteSize(value);
    if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    if (bytes > maxBytes) {
      ctx.addIssue({ code: 'custom', message: `${what} must be ${limitText}` });
      return z.NEVER;
    }
    return bytes;
  });
}
