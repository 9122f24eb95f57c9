import { z } from 'zod';
import { isCalendarDate, localDateOf, WEEKDAYS, type Weekday } from '../../core/calendar-date.js';
import { ICS_MEDIA_TYPE, studyPlanCalendar } from '../../core/ics.js';
import { HOURS_PER_WEEK, packStudyPlan, PLAN_WEEKS, REST_DAYS, type PlanCatalog, type PlanProblem, type StudyPlan } from '../../core/plan.js';
import { AREA_IDS, type AreaId, type TrackId } from '../../core/taxonomy.js';
import type { Content } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import { progressOperations } from './readiness.js';
import type { EvidenceSource } from './evidence-source.js';
import { profileDefaults, type TrackFrom } from '../settings/profile-defaults.js';
import { parseInput } from '../validate.js';

export type { StudyPlan, PlanDay, PlanItem, PlanWeek } from '../../core/plan.js';

export interface PlanSettingsView {
  /** Plan length when there is no interview date; null when there is one. */
  weeks: number | null;
  interviewDate: string | null;
  hoursPerWeek: number;
  startDate: string;
  restDays: Weekday[];
  updatedAt: string | null;
}

export interface PlanView {
  /** The track the plan prepares for, or null for every question. */
  track: TrackId | null;
  /** Why that track: the request named it, the stored setting chose it, or nothing did (every track). */
  trackFrom: TrackFrom;
  settings: PlanSettingsView;
  /** False until settings are saved: the plan then shows the defaults from today. */
  saved: boolean;
  plan: StudyPlan;
}

const SETTINGS_ROW = 1;

const date = (what: string) =>
  z.string({ error: `${what} is a date written YYYY-MM-DD, e.g. 2026-03-02` }).refine(isCalendarDate, {
    error: (issue) => `${what} is a date written YYYY-MM-DD, e.g. 2026-03-02; got "${String(issue.input)}"`,
  });

export const planSettingsSchema = z
  .strictObject({
    weeks: z
      .number({ error: `weeks is a whole number from ${PLAN_WEEKS.min} to ${PLAN_WEEKS.max}` })
      .int(`weeks is a whole number from ${PLAN_WEEKS.min} to ${PLAN_WEEKS.max}`)
      .min(PLAN_WEEKS.min, `weeks is ${PLAN_WEEKS.min} to ${PLAN_WEEKS.max}: interview processes take 2-6 weeks`)
      .max(PLAN_WEEKS.max, `weeks is ${PLAN_WEEKS.min} to ${PLAN_WEEKS.max}: interview processes take 2-6 weeks`)
      .nullable()
      .optional(),
    interviewDate: date('the interview date').nullable().optional(),
    hoursPerWeek: z
      .number({ error: `hours per week is a number from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}` })
      .min(HOURS_PER_WEEK.min, `hours per week is at least ${HOURS_PER_WEEK.min}: less does not fit a pass over every area and the mocks`)
      .max(HOURS_PER_WEEK.max, `hours per week is at most ${HOURS_PER_WEEK.max}`)
      .optional(),
    startDate: date('the start date').optional(),
    restDays: z
      .array(z.enum(WEEKDAYS, { error: `rest days are weekdays: ${WEEKDAYS.join(', ')}` }))
      .min(REST_DAYS.min, 'keep at least one rest day a week')
      .max(REST_DAYS.max, `at most ${REST_DAYS.max} rest days a week`)
      .optional(),
  })
  .refine((s) => !(typeof s.weeks === 'number' && typeof s.interviewDate === 'string'), 'give weeks or an interview date, not both');

/** Options every plan operation takes: the track to prepare for (absent: the stored track; `all`: every question). */
export interface PlanOptions {
  track?: unknown;
}

/**
 * What the plan is packed from: the question bank (only the track's questions when one is given),
 * code problems when the content has them, cards, stages.
 */
export function planCatalogOf(content: Content, track: TrackId | null = null): PlanCatalog {
  // Code problems arrived with the judge; a content set without them plans questions only.
  const problems: readonly PlanProblem[] = content.problems ?? [];
  const areas = new Set(content.flashcards.flatMap((c) => c.areas));
  return {
    questions: content.questions.filter((q) => !track || q.tracks.includes(track)).map((q) => ({ id: q.id, title: q.title, type: q.type, difficulty: q.difficulty, minutes: q.minutes, areas: q.areas })),
    problems: problems.map((p) => ({ id: p.id, title: p.title, difficulty: p.difficulty, areas: p.areas })),
    flashcards: { count: content.flashcards.length, areas: AREA_IDS.filter((a: AreaId) => areas.has(a)) },
    mockStages: content.guide.stages.map((s) => ({ id: s.id, title: s.title })),
  };
}

export function planOperations({ db, content, now, sources }: { db: Db; content: Content; now: () => Date; sources?: EvidenceSource[] }) {
  const catalogs = new Map<TrackId | null, PlanCatalog>();
  const catalogOf = (track: TrackId | null) => catalogs.get(track) ?? catalogs.set(track, planCatalogOf(content, track)).get(track)!;
  const progress = progressOperations({ db, content, now, ...(sources ? { sources } : {}) });
  const profile = profileDefaults(db);

  const defaults = (): PlanSettingsView => ({
    weeks: PLAN_WEEKS.default,
    interviewDate: null,
    hoursPerWeek: HOURS_PER_WEEK.default,
    startDate: localDateOf(now()),
    restDays: [...REST_DAYS.default],
    updatedAt: null,
  });

  async function stored(): Promise<PlanSettingsView | null> {
    const row = await db.kysely.selectFrom('plan_settings').selectAll().where('id', '=', SETTINGS_ROW).executeTakeFirst();
    if (!row) return null;
    return {
      weeks: row.weeks,
      interviewDate: row.interview_date,
      hoursPerWeek: row.hours_per_week,
      startDate: row.start_date,
      restDays: row.rest_days.split(',').filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d)),
      updatedAt: row.updated_at,
    };
  }

  /** Packs the plan from settings and today's readiness: a re-plan whenever progress changes. */
  async function pack(settings: PlanSettingsView, track: TrackId | null): Promise<StudyPlan> {
    const readiness = await progress.readiness(track);
    return packStudyPlan(
      {
        start: settings.startDate,
        weeks: settings.weeks ?? undefined,
        interviewDate: settings.interviewDate ?? undefined,
        hoursPerWeek: settings.hoursPerWeek,
        restDays: settings.restDays,
      },
      catalogOf(track),
      AREA_IDS.map((id) => ({ id, score: readiness.areas[id].score, confidence: readiness.areas[id].confidence })),
    );
  }

  /** The changes over the current settings: weeks and an interview date replace each other. */
  async function merged(raw: unknown): Promise<PlanSettingsView> {
    const input = parseInput(planSettingsSchema, raw, 'plan settings');
    const current = (await stored()) ?? defaults();
    const next = { ...current };
    if (input.hoursPerWeek !== undefined) next.hoursPerWeek = input.hoursPerWeek;
    if (input.startDate !== undefined) next.startDate = input.startDate;
    if (input.restDays !== undefined) next.restDays = [...new Set(input.restDays)];
    if (typeof input.interviewDate === 'string') [next.interviewDate, next.weeks] = [input.interviewDate, null];
    if (typeof input.weeks === 'number') [next.weeks, next.interviewDate] = [input.weeks, null];
    if (input.interviewDate === null) next.interviewDate = null;
    if (next.interviewDate === null && next.weeks === null) next.weeks = PLAN_WEEKS.default;
    return next;
  }

  /** The plan's settings alone (the stored ones, or the defaults), without packing a plan. */
  async function settingsOnly(): Promise<PlanSettingsView> {
    return (await stored()) ?? defaults();
  }

  async function get(options: PlanOptions = {}): Promise<PlanView> {
    const { track, trackFrom } = await profile.track(options.track);
    const saved = await stored();
    const settings = saved ?? defaults();
    return { track, trackFrom, settings, saved: saved !== null, plan: await pack(settings, track) };
  }

  /** The plan these changes would give, without saving them. */
  async function preview(raw: unknown, options: PlanOptions = {}): Promise<PlanView> {
    const { track, trackFrom } = await profile.track(options.track);
    const settings = await merged(raw);
    return { track, trackFrom, settings, saved: false, plan: await pack(settings, track) };
  }

  /** Saves the changes (only if they make a valid plan) and returns the new plan. */
  async function save(raw: unknown, options: PlanOptions = {}): Promise<PlanView> {
    const { track, trackFrom } = await profile.track(options.track);
    const settings = await merged(raw);
    const plan = await pack(settings, track);
    const values = {
      interview_date: settings.interviewDate,
      weeks: settings.weeks,
      hours_per_week: settings.hoursPerWeek,
      start_date: settings.startDate,
      rest_days: settings.restDays.join(','),
      updated_at: now().toISOString(),
    };
    await db.kysely
      .insertInto('plan_settings')
      .values({ id: SETTINGS_ROW, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    return { track, trackFrom, settings: { ...settings, updatedAt: values.updated_at }, saved: true, plan };
  }

  /** A plan as an iCalendar file that calendar apps import. */
  function icsOf(plan: StudyPlan): { filename: string; mediaType: string; days: number; text: string } {
    return {
      filename: 'tpmprep-plan.ics',
      mediaType: ICS_MEDIA_TYPE,
      days: plan.days.filter((d) => d.items.length > 0).length,
      text: studyPlanCalendar(plan, now()),
    };
  }

  /** The current plan as an iCalendar file. */
  async function calendar(options: PlanOptions = {}) {
    return icsOf((await get(options)).plan);
  }

  return { get, settings: settingsOnly, preview, save, calendar, icsOf };
}
