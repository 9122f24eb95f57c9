/**
 * Turning day numbers into dates. Day 0 is the start date; a task of 5 days starting on day 0 runs
 * days 0 to 4. With the working calendar, Saturdays and Sundays are skipped (no holidays).
 */
export const CALENDARS = ['working', 'calendar'] as const;
export type Calendar = (typeof CALENDARS)[number];

const DAY_MS = 86_400_000;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && formatDate(date.getTime()) === text;
}

function formatDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const dayMs = (text: string) => Date.parse(`${text}T00:00:00Z`);
/** Monday 0 … Sunday 6. */
const weekday = (ms: number) => (new Date(ms).getUTCDay() + 6) % 7;

/** The first working day on or after the date (the date itself on the plain calendar). */
function firstDay(start: string, calendar: Calendar): number {
  const ms = dayMs(start);
  if (calendar === 'calendar') return ms;
  const dow = weekday(ms);
  return dow >= 5 ? ms + (7 - dow) * DAY_MS : ms;
}

/** The date of day `index` (0-based) of a project starting on `start`. */
export function dateOfDay(start: string, index: number, calendar: Calendar): string {
  const first = firstDay(start, calendar);
  if (calendar === 'calendar') return formatDate(first + index * DAY_MS);
  const total = weekday(first) + index;
  const monday = first - weekday(first) * DAY_MS;
  return formatDate(monday + Math.floor(total / 5) * 7 * DAY_MS + (total % 5) * DAY_MS);
}

/** How many days (working days on the working calendar) run from `start` through `date`, both included. */
export function daysThrough(start: string, date: string, calendar: Calendar): number {
  const first = firstDay(start, calendar);
  let end = dayMs(date);
  if (calendar === 'calendar') return Math.round((end - first) / DAY_MS) + 1;
  const dow = weekday(end);
  if (dow >= 5) end -= (dow - 4) * DAY_MS;
  const weeks = Math.round((end - weekday(end) * DAY_MS - (first - weekday(first) * DAY_MS)) / (7 * DAY_MS));
  return weeks * 5 + weekday(end) - weekday(first) + 1;
}
