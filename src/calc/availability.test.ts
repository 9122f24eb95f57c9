import { describe, expect, it } from 'vitest';
import {
  availabilityFromDowntime, availabilityInputSchema, availabilityTable, calculateAvailability, composeParallel, composeSeries, downtimeFor, ninesOf,
} from './availability.js';

const HOUR = 3600;
const DAY = 86_400;
const run = (raw: unknown) => calculateAvailability(availabilityInputSchema.parse(raw));

describe('availability: the table every system design primer carries (365.25-day year, month = year / 12)', () => {
  it('99% allows 3.65 days a year', () => {
    expect(downtimeFor(99).perYear / DAY).toBeCloseTo(3.65, 2);
    expect(downtimeFor(99).perMonth / HOUR).toBeCloseTo(7.31, 2);
    expect(downtimeFor(99).perWeek / HOUR).toBeCloseTo(1.68, 2);
    expect(downtimeFor(99).perDay / 60).toBeCloseTo(14.4, 2);
  });

  it('99.9% allows 8.77 hours a year and 43.8 minutes a month', () => {
    const d = downtimeFor(99.9);
    expect(d.perYear / HOUR).toBeCloseTo(8.77, 2);
    expect(d.perMonth / 60).toBeCloseTo(43.8, 1);
    expect(d.perWeek / 60).toBeCloseTo(10.1, 1);
    expect(d.perDay).toBeCloseTo(86.4, 3);
  });

  it('99.95% allows 4.38 hours a year', () => {
    expect(downtimeFor(99.95).perYear / HOUR).toBeCloseTo(4.38, 2);
    expect(downtimeFor(99.95).perMonth / 60).toBeCloseTo(21.9, 1);
  });

  it('99.99% allows 52.6 minutes a year and 4.38 minutes a month', () => {
    expect(downtimeFor(99.99).perYear / 60).toBeCloseTo(52.6, 1);
    expect(downtimeFor(99.99).perMonth / 60).toBeCloseTo(4.38, 2);
    expect(downtimeFor(99.99).perDay).toBeCloseTo(8.64, 3);
  });

  it('99.999% allows 5.26 minutes a year', () => {
    expect(downtimeFor(99.999).perYear / 60).toBeCloseTo(5.26, 2);
    expect(downtimeFor(99.999).perMonth).toBeCloseTo(26.3, 1);
  });

  it('gives exact seconds, rounded to the millisecond', () => {
    expect(run({ availability: 99.99 })).toMatchObject({
      mode: 'availability',
      availability: 99.99,
      nines: 4,
      downtime: { perYear: 3155.76, perMonth: 262.98, perWeek: 60.48, perDay: 8.64 },
    });
  });
});

describe('availability: conversions', () => {
  it('counts nines', () => {
    expect(ninesOf(99.99)).toBe(4);
    expect(ninesOf(99.95)).toBe(3.301);
    expect(run({ nines: 3 }).availability).toBe(99.9);
    expect(run({ nines: 5 }).downtime.perYear).toBe(315.576);
  });

  it('turns downtime back into availability', () => {
    expect(availabilityFromDowntime(3155.76, 'year')).toBe(99.99);
    expect(availabilityFromDowntime(43.83 * 60, 'month')).toBeCloseTo(99.9, 4);
    const oneHour = run({ downtime: '1h', per: 'year' });
    expect(oneHour).toMatchObject({ mode: 'downtime', availability: 99.988592288, given: { seconds: 3600, per: 'year' } });
    expect(run({ downtime: 86.4, per: 'day' }).availability).toBe(99.9);
  });

  it('composes dependencies in series (multiply) and in parallel (multiply the failures)', () => {
    // Two 99.9% services in series give 99.8%; in parallel, 99.9999% (the system design primer's example).
    expect(composeSeries([99.9, 99.9])).toBe(99.8001);
    expect(composeParallel([99.9, 99.9])).toBe(99.9999);
    expect(composeParallel([99, 99])).toBe(99.99);
    expect(run({ series: [99.9, 99.95] })).toMatchObject({ mode: 'series', availability: 99.85005, components: [99.9, 99.95] });
  });

  it('places the value among the standard levels, marked current', () => {
    const rows = availabilityTable(99.97);
    expect(rows.map((r) => r.availability)).toEqual([90, 99, 99.5, 99.9, 99.95, 99.97, 99.99, 99.999]);
    expect(rows.filter((r) => r.current).map((r) => r.availability)).toEqual([99.97]);
    expect(availabilityTable(99.9).length).toBe(7);
  });

  it('rejects input it cannot answer in sentences that name the field, the limit and what to enter', () => {
    const message = (input: unknown) => availabilityInputSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(message({ availability: 99.99999999999 })).toEqual([
      'Availability must be below 100%: the most this calculator takes is 99.9999999 (9 nines, limit maxNines). Enter one such as 99.99.',
    ]);
    expect(message({ availability: 120 })).toEqual(['Availability must be a percent from 0 to 100 (you gave 120). Enter one such as 99.9 or 99.99.']);
    expect(message({})).toEqual(['Give exactly one of availability, nines, downtime, series or parallel.']);
    expect(message({ availability: 99, nines: 2 })).toEqual(['Give exactly one of availability, nines, downtime, series or parallel (got availability, nines).']);
    expect(message({ nines: 12 })).toEqual(['Nines must be from 0 to 9 (limit maxNines). Enter one such as 3 (99.9%) or 4 (99.99%).']);
    expect(message({ downtime: '2d', per: 'day' })).toEqual(['Downtime cannot be longer than the day it is counted over. Enter less, or count it over a longer period.']);
    expect(message({ downtime: 'soon' })).toEqual(['Downtime must be a duration such as 45m, 1h 30m, 2d or a number of seconds']);
    expect(message({ series: [99.9] })).toEqual(['Compose at least 2 services: add another one.']);
    expect(message({ series: [99.9, 100] })).toEqual([
      'Service 2 must be below 100%: the most this calculator takes is 99.9999999 (9 nines, limit maxNines). Enter one such as 99.99.',
    ]);
    expect(message({ series: Array(51).fill(99) })).toEqual(['Compose at most 50 services (limit maxComponents): remove some.']);
  });
});
