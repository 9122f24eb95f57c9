import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatMinutes, localDate } from './format.js';

describe('time formats', () => {
  it('writes minutes as minutes, then hours and minutes', () => {
    expect([0, 45, 59.6, 60, 90, 120, 125].map(formatMinutes)).toEqual(['0 min', '45 min', '1 h', '1 h', '1 h 30 min', '2 h', '2 h 5 min']);
  });

  it('writes a clock with a sign when time has run over', () => {
    expect([0, 5, 65, 600.9, -30].map(formatClock)).toEqual(['0:00', '0:05', '1:05', '10:00', '-0:30']);
  });

  it('writes a duration in seconds, then minutes and seconds', () => {
    expect([7, 60, 754].map(formatDuration)).toEqual(['7s', '1m 00s', '12m 34s']);
  });

  it('writes the local calendar day the way plan days are keyed', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
