import { describe, expect, it } from 'vitest';
import { addDays, compactDate, daysBetween, isCalendarDate, localDateOf, weekdayOf } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(['2026-03-02', '2028-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-3-2', '02/03/2026', '2026-03-02T00:00', ''].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
  });

  it('adds days across months, years and the DST change, and counts days between', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-03-02', -1)).toBe('2026-03-01');
    expect(daysBetween('2026-03-02', '2026-04-13')).toBe(42);
    expect(daysBetween('2026-03-02', '2026-02-28')).toBe(-2);
    expect(() => addDays('2026-02-30', 1)).toThrow('"2026-02-30" is not a date written YYYY-MM-DD');
  });

  it('names weekdays and writes compact and local dates', () => {
    expect(['2026-03-01', '2026-03-02', '2026-03-07'].map(weekdayOf)).toEqual(['sun', 'mon', 'sat']);
    expect(compactDate('2026-03-02')).toBe('20260302');
    expect(localDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
