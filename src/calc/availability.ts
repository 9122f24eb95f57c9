import { z } from 'zod';
import { CALC_LIMITS, atMost } from './limits.js';
import { SECONDS_PER_DAY, SECONDS_PER_YEAR, durationInput, roundTo } from './units.js';

/** The periods downtime is quoted over: a 365.25-day year, a month of a twelfth of that, a week, a day. */
export const PERIOD_SECONDS = {
  year: SECONDS_PER_YEAR,
  month: SECONDS_PER_YEAR / 12,
  week: 7 * SECONDS_PER_DAY,
  day: SECONDS_PER_DAY,
} as const;
export type Period = keyof typeof PERIOD_SECONDS;
export const PERIODS = Object.keys(PERIOD_SECONDS) as Period[];

/** The levels every availability table carries, in percent. */
export const STANDARD_LEVELS = [90, 99, 99.5, 99.9, 99.95, 99.99, 99.999] as const;

const MAX_AVAILABILITY = 100 - 100 * 10 ** -CALC_LIMITS.maxNines;

/** Allowed downtime in seconds, rounded to the millisecond. */
export interface Downtime {
  perYear: number;
  perMonth: number;
  perWeek: number;
  perDay: number;
}

export interface AvailabilityRow {
  /** Percent, e.g. 99.99. */
  availability: number;
  /** -log10(unavailability): 4 for 99.99%, 3.301 for 99.95%. */
  nines: number;
  downtime: Downtime;
  /** True for the row of the value asked about. */
  current: boolean;
}

export interface AvailabilityResult {
  mode: 'availability' | 'downtime' | 'series' | 'parallel';
  availability: number;
  nines: number;
  downtime: Downtime;
  /** The composed dependencies, in percent, for series and parallel. */
  components?: number[];
  /** The downtime given, for mode "downtime". */
  given?: { seconds: number; per: Period };
  /** The standard levels with this result placed among them, highest availability last. */
  table: AvailabilityRow[];
}

/**
 * Why a percent cannot be an availability, in words a person can act on, or undefined when it can.
 * The messages name the field and say what to enter: the web app shows them as they are.
 */
function availabilityProblem(name: string, value: number): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return `${name} must be a percent from 0 to 100 (you gave ${value}). Enter one such as 99.9 or 99.99.`;
  }
  if (value > MAX_AVAILABILITY) {
    return `${name} must be below 100%: the most this calculator takes is ${MAX_AVAILABILITY} (${CALC_LIMITS.maxNines} nines, limit maxNines). Enter one such as 99.99.`;
  }
  return undefined;
}

const percent = (name: string) =>
  z.number().superRefine((value, ctx) => {
    const problem = availabilityProblem(name, value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const components = z.array(z.number()).superRefine((values, ctx) => {
  if (values.length < 2) ctx.addIssue({ code: 'custom', message: 'Compose at least 2 services: add another one.' });
  if (values.length > CALC_LIMITS.maxComponents) {
    ctx.addIssue({ code: 'custom', message: `Compose ${atMost('maxComponents', 'services')}: remove some.` });
  }
  values.forEach((value, i) => {
    const problem = availabilityProblem(`Service ${i + 1}`, value);
    if (problem) ctx.addIssue({ code: 'custom', path: [i], message: problem });
  });
});

export const availabilityInputSchema = z
  .strictObject({
    availability: percent('Availability').optional(),
    nines: z
      .number()
      .superRefine((value, ctx) => {
        if (!(value >= 0 && value <= CALC_LIMITS.maxNines)) {
          ctx.addIssue({ code: 'custom', message: `Nines must be from 0 to ${CALC_LIMITS.maxNines} (limit maxNines). Enter one such as 3 (99.9%) or 4 (99.99%).` });
        }
      })
      .optional(),
    downtime: durationInput('Downtime', SECONDS_PER_YEAR, 'at most a year').optional(),
    per: z.enum(PERIODS).default('year'),
    series: components.optional(),
    parallel: components.optional(),
  })
  .superRefine((input, ctx) => {
    const given = (['availability', 'nines', 'downtime', 'series', 'parallel'] as const).filter((key) => input[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `Give exactly one of availability, nines, downtime, series or parallel${given.length > 1 ? ` (got ${given.join(', ')})` : ''}.`,
      });
    }
    if (input.downtime !== undefined && input.downtime > PERIOD_SECONDS[input.per]) {
      ctx.addIssue({
        code: 'custom',
        path: ['downtime'],
        message: `Downtime cannot be longer than the ${input.per} it is counted over. Enter less, or count it over a longer period.`,
      });
    }
  });
/** Validated input (see availabilityInputSchema): durations in seconds, percents as numbers. */
export type AvailabilityOptions = z.output<typeof availabilityInputSchema>;

/** Allowed downtime for an availability in percent. */
export function downtimeFor(availability: number): Downtime {
  const unavailable = (100 - availability) / 100;
  const over = (period: Period) => roundTo(unavailable * PERIOD_SECONDS[period], 3);
  return { perYear: over('year'), perMonth: over('month'), perWeek: over('week'), perDay: over('day') };
}

export function ninesOf(availability: number): number {
  return availability >= 100 ? Infinity : roundTo(-Math.log10((100 - availability) / 100), 3);
}

export function availabilityFromNines(nines: number): number {
  return roundTo(100 - 100 * 10 ** -nines, 9);
}

/** The availability that allows `seconds` of downtime per `period`. */
export function availabilityFromDowntime(seconds: number, period: Period): number {
  return roundTo(100 * (1 - seconds / PERIOD_SECONDS[period]), 9);
}

/** All must be up: A = A1 × A2 × … */
export function composeSeries(availabilities: readonly number[]): number {
  return roundTo(100 * availabilities.reduce((product, a) => product * (a / 100), 1), 9);
}

/** One is enough (independent failures): A = 1 − (1 − A1) × (1 − A2) × … */
export function composeParallel(availabilities: readonly number[]): number {
  return roundTo(100 * (1 - availabilities.reduce((product, a) => product * (1 - a / 100), 1)), 9);
}

export function availabilityTable(current?: number): AvailabilityRow[] {
  const levels = new Set<number>(STANDARD_LEVELS);
  if (current !== undefined) levels.add(current);
  return [...levels]
    .sort((a, b) => a - b)
    .map((availability) => ({ availability, nines: ninesOf(availability), downtime: downtimeFor(availability), current: availability === current }));
}

/** One entry for every availability question: from a level, nines, a downtime, or composed dependencies. */
export function calculateAvailability(input: AvailabilityOptions): AvailabilityResult {
  let mode: AvailabilityResult['mode'];
  let availability: number;
  const extra: Pick<AvailabilityResult, 'components' | 'given'> = {};
  if (input.series) {
    mode = 'series';
    availability = composeSeries(input.series);
    extra.components = input.series;
  } else if (input.parallel) {
    mode = 'parallel';
    availability = composeParallel(input.parallel);
    extra.components = input.parallel;
  } else if (input.downtime !== undefined) {
    mode = 'downtime';
    availability = availabilityFromDowntime(input.downtime, input.per);
    extra.given = { seconds: input.downtime, per: input.per };
  } else {
    mode = 'availability';
    availability = input.availability ?? availabilityFromNines(input.nines ?? 0);
  }
  return { mode, availability, nines: ninesOf(availability), downtime: downtimeFor(availability), ...extra, table: availabilityTable(availability) };
}
