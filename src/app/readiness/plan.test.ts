import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../core/calendar-date.js';
import { AREA_IDS } from '../../core/taxonomy.js';
import { openTestApp } from '../testing.js';

const NOW = new Date('2026-03-04T10:00:00.000Z');
let app: Awaited<ReturnType<typeof openTestApp>>;

beforeAll(async () => {
  app = await openTestApp({ now: () => NOW });
});
afterAll(() => app.close());

const practiceAreas = (plan: { days: Array<{ items: Array<{ kind: string; areas: string[] }> }> }) =>
  new Set(plan.days.flatMap((d) => d.items.filter((i) => i.kind === 'question' || i.kind === 'problem').flatMap((i) => i.areas)));

describe('plan operations', () => {
  it('shows the default plan (4 weeks, 6 hours, from today) until settings are saved', async () => {
    const view = await app.plan.get();
    expect(view.saved).toBe(false);
    expect(view.settings).toEqual({ weeks: 4, interviewDate: null, hoursPerWeek: 6, startDate: localDateOf(NOW), restDays: ['sun'], updatedAt: null });
    expect(view.plan.days).toHaveLength(28);
    expect(view.plan.budgetPerWeek).toBe(360);
    // Nothing is known yet: the areas come in curriculum order.
    expect(view.plan.focus).toEqual(AREA_IDS);
  });

  it('saves settings; weeks and an interview date replace each other', async () => {
    const saved = await app.plan.save({ weeks: 3, hoursPerWeek: 8, startDate: '2026-03-02', restDays: ['sat', 'sun'] });
    expect(saved.settings).toEqual({ weeks: 3, interviewDate: null, hoursPerWeek: 8, startDate: '2026-03-02', restDays: ['sat', 'sun'], updatedAt: NOW.toISOString() });
    expect((await app.plan.get()).settings).toEqual(saved.settings);
    expect(saved.plan.weekly.map((w) => [w.start, w.budget])).toEqual([
      ['2026-03-02', 480],
      ['2026-03-09', 480],
      ['2026-03-16', 480],
    ]);

    const dated = await app.plan.save({ interviewDate: '2026-03-30' });
    expect(dated.settings).toMatchObject({ weeks: null, interviewDate: '2026-03-30', hoursPerWeek: 8, startDate: '2026-03-02' });
    expect([dated.plan.end, dated.plan.weeks, dated.plan.interviewDate]).toEqual(['2026-03-29', 4, '2026-03-30']);

    const weeks = await app.plan.save({ weeks: 5 });
    expect(weeks.settings).toMatchObject({ weeks: 5, interviewDate: null });
    const cleared = await app.plan.save({ interviewDate: null, hoursPerWeek: 6.5 });
    expect(cleared.settings).toMatchObject({ weeks: 5, interviewDate: null, hoursPerWeek: 6.5 });
    expect(cleared.plan.budgetPerWeek).toBe(390);
  });

  it('refuses invalid settings with messages that name the limit, and saves nothing', async () => {
    const before = (await app.plan.get()).settings;
    const refused = async (raw: unknown) => app.plan.save(raw).then(() => 'saved', (e: Error) => `${e.name}: ${e.message}`);
    expect(await refused({ weeks: 7 })).toBe('InvalidInputError: invalid plan settings: weeks: weeks is 2 to 6: interview processes take 2-6 weeks');
    expect(await refused({ weeks: 2.5 })).toBe('InvalidInputError: invalid plan settings: weeks: weeks is a whole number from 2 to 6');
    expect(await refused({ weeks: Number.NaN })).toBe('InvalidInputError: invalid plan settings: weeks: weeks is a whole number from 2 to 6');
    expect(await refused({ hoursPerWeek: 2 })).toBe(
      'InvalidInputError: invalid plan settings: hoursPerWeek: hours per week is at least 3: less does not fit a pass over every area and the mocks',
    );
    expect(await refused({ hoursPerWeek: 80 })).toBe('InvalidInputError: invalid plan settings: hoursPerWeek: hours per week is at most 40');
    expect(await refused({ startDate: '03/02/2026' })).toBe('InvalidInputError: invalid plan settings: startDate: the start date is a date written YYYY-MM-DD, e.g. 2026-03-02; got "03/02/2026"');
    expect(await refused({ weeks: 3, interviewDate: '2026-03-30' })).toBe('InvalidInputError: invalid plan settings: give weeks or an interview date, not both');
    expect(await refused({ interviewDate: '2026-03-04' })).toBe(
      'InvalidInputError: the interview date 2026-03-04 is 2 days after the start 2026-03-02; a plan needs 7 to 42 days (1-6 weeks)',
    );
    expect(await refused({ restDays: [] })).toBe('InvalidInputError: invalid plan settings: restDays: keep at least one rest day a week');
    expect(await refused({ restDays: ['funday'] })).toBe('InvalidInputError: invalid plan settings: restDays.0: rest days are weekdays: sun, mon, tue, wed, thu, fri, sat');
    expect(await refused({ colour: 'blue' })).toMatch(/^InvalidInputError: invalid plan settings: Unrecognized key: "colour"/);
    expect((await app.plan.get()).settings).toEqual(before);
  });

  it('previews changes without saving them', async () => {
    const before = (await app.plan.get()).settings;
    const preview = await app.plan.preview({ weeks: 2, hoursPerWeek: 3 });
    expect([preview.saved, preview.plan.days.length, preview.plan.budgetPerWeek]).toEqual([false, 14, 180]);
    expect((await app.plan.get()).settings).toEqual(before);
  });

  it('covers every area and keeps every week within budget on the shipped content, over many settings', async () => {
    for (const weeks of [2, 3, 4, 5, 6]) {
      for (const hoursPerWeek of [3, 6, 15, 40]) {
        const { plan } = await app.plan.preview({ weeks, hoursPerWeek, startDate: '2026-03-05' });
        for (const week of plan.weekly) expect(week.minutes).toBeLessThanOrEqual(week.budget);
        expect(practiceAreas(plan).size).toBe(10);
        expect(plan.days.some((d) => d.items.some((i) => i.kind === 'mock'))).toBe(true);
        expect(plan.days.filter((d) => d.weekday === 'sun').every((d) => d.items.length === 0)).toBe(true);
      }
    }
  });

  it('re-plans from current readiness: a weak area moves to the front, a strong one to the back', async () => {
    const before = (await app.plan.save({ weeks: 4, hoursPerWeek: 6, startDate: '2026-03-02', restDays: ['sun'] })).plan;
    expect(before.focus[0]).toBe('product-development');
    const insert = (questionId: string, score: number) =>
      app.db.kysely
        .insertInto('attempts')
        .values({ question_id: questionId, answer: 'answer', seconds: 600, analysis: JSON.stringify({ score }), created_at: NOW.toISOString() })
        .execute();
    // Single-area questions, so exactly one area moves each way.
    expect(app.content.questions.find((q) => q.id === 'load-balancing')?.areas).toEqual(['technical-skills']);
    expect(app.content.questions.find((q) => q.id === 'receiving-hard-feedback')?.areas).toEqual(['communication']);
    await insert('load-balancing', 95);
    await insert('receiving-hard-feedback', 10);
    const { plan } = await app.plan.get();
    expect(plan.focus[0]).toBe('communication');
    expect(plan.focus.at(-1)).toBe('technical-skills');
    const first = (p: typeof plan) => p.days.flatMap((d) => d.items).find((i) => i.kind === 'question');
    expect(first(before)?.areas).toContain('product-development');
    expect(first(plan)?.areas).toContain('communication');
    // Only the settings are stored, so the new plan needed no save.
    expect((await app.plan.get()).settings.updatedAt).toBe(NOW.toISOString());
  });

  it('exports the saved plan as iCalendar, one event per study day', async () => {
    const file = await app.plan.calendar();
    const { plan } = await app.plan.get();
    expect([file.filename, file.mediaType]).toEqual(['tpmprep-plan.ics', 'text/calendar; charset=utf-8']);
    expect(file.days).toBe(plan.days.filter((d) => d.items.length > 0).length);
    expect(file.text.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(file.days);
    expect(file.text).toContain('\r\nDTSTAMP:20260304T100000Z\r\n');
    expect(file.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tpmprep//Study plan//EN\r\n')).toBe(true);
  });
});
