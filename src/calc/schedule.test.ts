import { describe, expect, it } from 'vitest';
import { dateOfDay, daysThrough } from './schedule-calendar.js';
import { calculateSchedule, scheduleInputSchema } from './schedule.js';

const run = (raw: unknown) => calculateSchedule(scheduleInputSchema.parse(raw));

const PLAN = `start: 2025-03-03
tasks:
  - { id: design, name: Technical design, estimate: [3, 5, 7] }
  - { id: build, name: Build, estimate: [8, 10, 18], depends: design }
  - { id: vendor, name: Vendor integration, estimate: [8, 12, 28], depends: design }
  - { id: security, name: Security review, duration: 2, depends: build }
  - { id: launch, name: Launch, duration: 1, depends: [security, vendor] }
`;

describe('working-day calendar', () => {
  it('skips weekends: day 0 is the start, day 5 of a Monday start is the next Monday', () => {
    expect(dateOfDay('2025-03-03', 0, 'working')).toBe('2025-03-03');
    expect(dateOfDay('2025-03-03', 4, 'working')).toBe('2025-03-07');
    expect(dateOfDay('2025-03-03', 5, 'working')).toBe('2025-03-10');
    expect(dateOfDay('2025-03-05', 3, 'working')).toBe('2025-03-10');
    // A Saturday start begins on Monday.
    expect(dateOfDay('2025-03-01', 0, 'working')).toBe('2025-03-03');
    expect(dateOfDay('2025-03-03', 10, 'calendar')).toBe('2025-03-13');
    expect(dateOfDay('2024-02-28', 1, 'calendar')).toBe('2024-02-29');
  });

  it('counts days through a date, both ends included', () => {
    expect(daysThrough('2025-03-03', '2025-03-07', 'working')).toBe(5);
    expect(daysThrough('2025-03-03', '2025-03-09', 'working')).toBe(5);
    expect(daysThrough('2025-03-03', '2025-03-10', 'working')).toBe(6);
    expect(daysThrough('2025-03-05', '2025-03-31', 'working')).toBe(19);
    expect(daysThrough('2025-03-03', '2025-03-03', 'calendar')).toBe(1);
    for (let i = 0; i < 40; i++) expect(daysThrough('2025-03-04', dateOfDay('2025-03-04', i, 'working'), 'working')).toBe(i + 1);
  });
});

describe('schedule', () => {
  it('gives the critical path, slack, dates and PERT odds of a launch plan', () => {
    const result = run({ text: PLAN, deadline: '2025-04-04' });
    expect(result.duration).toBe(20);
    expect(result.criticalPath).toEqual(['design', 'vendor', 'launch']);
    expect(result.finishDate).toBe('2025-03-28');
    expect(result.tasks.map((t) => [t.id, t.earlyStart, t.slack, t.startDate, t.finishDate])).toEqual([
      ['design', 0, 0, '2025-03-03', '2025-03-07'],
      ['build', 5, 1, '2025-03-10', '2025-03-24'],
      ['vendor', 5, 0, '2025-03-10', '2025-03-27'],
      ['security', 16, 1, '2025-03-25', '2025-03-26'],
      ['launch', 19, 0, '2025-03-28', '2025-03-28'],
    ]);
    // σ² = (4/6)² + (20/6)² along design → vendor → launch.
    expect(result.pert?.path).toEqual(['design', 'vendor', 'launch']);
    expect(result.pert?.variance).toBeCloseTo(104 / 9, 9);
    expect(result.pert?.confidence[2]).toEqual({ probability: 0.9, duration: 24.356438, date: '2025-04-04' });
    // 2025-04-04 is the 25th working day: Φ(5 / 3.3993) = 0.9293.
    expect(result.deadline).toMatchObject({ days: 25, date: '2025-04-04', spare: 5 });
    expect(result.deadline?.probability).toBeCloseTo(0.9293, 4);
  });

  it('takes tasks as objects, and options over the file', () => {
    const result = run({ tasks: [{ id: 'a', duration: 3 }, { id: 'b', duration: 2, depends: ['a'] }], deadline: 4 });
    expect(result).toMatchObject({ duration: 5, criticalPath: ['a', 'b'], calendar: 'working', deadline: { days: 4, spare: -1, probability: 0, z: null } });
    expect(result.start).toBeUndefined();
    expect(run({ text: PLAN, start: '2025-03-10', calendar: 'calendar' })).toMatchObject({ start: '2025-03-10', calendar: 'calendar', finishDate: '2025-03-29' });
  });

  it('explains what is missing or malformed', () => {
    expect(() => run({ tasks: [{ id: 'a', duration: 1 }], deadline: '2025-05-01' })).toThrow('a deadline date (2025-05-01) needs a start date; give start, or the deadline as a number of days');
    expect(() => run({ tasks: [{ id: 'a' }] })).toThrow('invalid tasks: tasks.0: give either a duration or an estimate [optimistic, likely, pessimistic], not both and not neither');
    expect(() => run({ text: 'start: 2025-02-30\ntasks:\n  - {id: a, duration: 1}' })).toThrow('the schedule file: start: a date is written YYYY-MM-DD, e.g. 2025-03-03');
    expect(scheduleInputSchema.safeParse({}).error?.issues[0]?.message).toBe('give either text (YAML or CSV) or tasks, not both');
    expect(scheduleInputSchema.safeParse({ tasks: Array(501).fill({ id: 'a', duration: 1 }) }).error?.issues[0]?.message).toBe('at most 500 tasks (limit maxTasks)');
    expect(scheduleInputSchema.safeParse({ text: 'x', deadline: true }).error?.issues[0]?.message).toBe('deadline is a number of days from the start, or a date YYYY-MM-DD');
  });
});
