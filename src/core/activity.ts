import { addDays, daysBetween, localDateOf } from './calendar-date.js';

/**
 * Practice as time on task: the streak of practice days and the time spent per day. Days are the
 * person's local calendar days (see localDateOf).
 */

export const ACTIVITY_KINDS = ['attempt', 'flashcard', 'submission', 'mock', 'exercise'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  kind: ActivityKind;
  at: Date;
  seconds: number;
}

/** Days shown in the time-per-day series by default: four weeks. */
export const TIME_SERIES_DAYS = 28;

export interface Streak {
  /** Consecutive days with any practice, ending today or, when today has none yet, yesterday. */
  days: number;
  activeToday: boolean;
  lastDate: string | null;
}

export function practiceStreak(activity: readonly Activity[], now: Date): Streak {
  const today = localDateOf(now);
  const active = new Set(activity.filter((a) => a.at.getTime() <= now.getTime()).map((a) => localDateOf(a.at)));
  const lastDate = [...active].sort().at(-1) ?? null;
  const activeToday = active.has(today);
  let day = activeToday ? today : addDays(today, -1);
  let days = 0;
  while (active.has(day)) {
    days += 1;
    day = addDays(day, -1);
  }
  return { days, activeToday, lastDate };
}

export interface TimeSpent {
  totalSeconds: number;
  /** The last seven days, today included. */
  lastWeekSeconds: number;
  byKind: Array<{ kind: ActivityKind; seconds: number }>;
  /** One entry per day of the last `days` days, oldest first, days without practice at 0. */
  days: Array<{ date: string; seconds: number }>;
}

export function timeSpent(activity: readonly Activity[], now: Date, days = TIME_SERIES_DAYS): TimeSpent {
  const today = localDateOf(now);
  const perDay = new Map<string, number>();
  const perKind = new Map<ActivityKind, number>();
  let totalSeconds = 0;
  let lastWeekSeconds = 0;
  for (const item of activity) {
    if (item.at.getTime() > now.getTime()) continue;
    const date = localDateOf(item.at);
    totalSeconds += item.seconds;
    perDay.set(date, (perDay.get(date) ?? 0) + item.seconds);
    perKind.set(item.kind, (perKind.get(item.kind) ?? 0) + item.seconds);
    if (daysBetween(date, today) < 7) lastWeekSeconds += item.seconds;
  }
  return {
    totalSeconds,
    lastWeekSeconds,
    byKind: ACTIVITY_KINDS.filter((kind) => perKind.has(kind)).map((kind) => ({ kind, seconds: perKind.get(kind) ?? 0 })),
    days: Array.from({ length: days }, (_, i) => {
      const date = addDays(today, i - days + 1);
      return { date, seconds: perDay.get(date) ?? 0 };
    }),
  };
}
