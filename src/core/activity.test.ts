import { describe, expect, it } from 'vitest';
import { practiceStreak, timeSpent, type Activity } from './activity.js';

// Local-time constructors: days are the person's local days, so the tests hold in any time zone.
const at = (day: number, hour = 12) => new Date(2026, 2, day, hour);
const NOW = at(10, 20);
const attempt = (day: number, seconds = 600, hour = 12): Activity => ({ kind: 'attempt', at: at(day, hour), seconds });

describe('practiceStreak', () => {
  it('counts consecutive days ending today', () => {
    expect(practiceStreak([attempt(8), attempt(9), attempt(10, 60, 7), attempt(10)], NOW)).toEqual({ days: 3, activeToday: true, lastDate: '2026-03-10' });
  });

  it('still counts the streak ending yesterday while today has no practice yet', () => {
    expect(practiceStreak([attempt(5), attempt(8), attempt(9, 60, 23)], NOW)).toEqual({ days: 2, activeToday: false, lastDate: '2026-03-09' });
  });

  it('is 0 after a missed day, and with no practice at all', () => {
    expect(practiceStreak([attempt(7), attempt(8)], NOW)).toEqual({ days: 0, activeToday: false, lastDate: '2026-03-08' });
    expect(practiceStreak([], NOW)).toEqual({ days: 0, activeToday: false, lastDate: null });
  });

  it('ignores activity after now', () => {
    expect(practiceStreak([attempt(9), attempt(11)], NOW)).toEqual({ days: 1, activeToday: false, lastDate: '2026-03-09' });
  });
});

describe('timeSpent', () => {
  it('sums seconds in total, per kind, over the last seven days and per day', () => {
    const activity: Activity[] = [
      attempt(1, 900),
      attempt(4, 300),
      { kind: 'flashcard', at: at(4, 9), seconds: 15 },
      { kind: 'flashcard', at: at(10, 9), seconds: 15 },
      attempt(10, 1200),
      attempt(12, 999),
    ];
    const spent = timeSpent(activity, NOW, 7);
    expect(spent.totalSeconds).toBe(900 + 300 + 15 + 15 + 1200);
    expect(spent.lastWeekSeconds).toBe(300 + 15 + 15 + 1200);
    expect(spent.byKind).toEqual([
      { kind: 'attempt', seconds: 2400 },
      { kind: 'flashcard', seconds: 30 },
    ]);
    expect(spent.days).toEqual([
      { date: '2026-03-04', seconds: 315 },
      { date: '2026-03-05', seconds: 0 },
      { date: '2026-03-06', seconds: 0 },
      { date: '2026-03-07', seconds: 0 },
      { date: '2026-03-08', seconds: 0 },
      { date: '2026-03-09', seconds: 0 },
      { date: '2026-03-10', seconds: 1215 },
    ]);
  });

  it('gives four weeks of days by default, all zero without practice', () => {
    const spent = timeSpent([], NOW);
    expect(spent.days).toHaveLength(28);
    expect(spent.days[0]?.date).toBe('2026-02-11');
    expect(spent.days.every((d) => d.seconds === 0)).toBe(true);
    expect([spent.totalSeconds, spent.lastWeekSeconds, spent.byKind]).toEqual([0, 0, []]);
  });
});
