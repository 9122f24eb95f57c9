import { addDays, daysBetween, isCalendarDate, weekdayOf, WEEKDAYS, type Weekday } from './calendar-date.js';
import { InvalidInputError } from './errors.js';
import { candidatesOf, prioritize, type Candidate, type PlanProblem, type PlanQuestion } from './plan-priority.js';
import { rankAreasByNeed } from './readiness.js';
import { AREA_IDS, type AreaId } from './taxonomy.js';

export type { PlanProblem, PlanQuestion } from './plan-priority.js';

/**
 * Packs a day-by-day study plan the way Grind 75 does: a priority-ordered list of practice items
 * (plan-priority.ts) is poured into a weekly minute budget, week by week, each item on the least
 * loaded study day. Flashcard reviews take short daily blocks, mock interviews start about 60% of the
 * way in, rest days stay empty, and no week goes over its budget. Pure and deterministic.
 *
 * @example
 *   packStudyPlan({ start: '2026-03-02', weeks: 4, hoursPerWeek: 6 }, catalog, readinessAreas).days[0]
 */

export const PLAN_WEEKS = { min: 2, max: 6, default: 4 } as const;
/** With an interview date, the plan runs from the start to the day before: one to six weeks. */
export const PLAN_DAYS = { min: 7, max: 42 } as const;
export const HOURS_PER_WEEK = { min: 3, max: 40, default: 6 } as const;
export const REST_DAYS = { min: 1, max: 3, default: ['sun'] as Weekday[] } as const;
/** The first mock interview comes this far into the plan, once the areas have had a first pass. */
export const MOCK_START_FRACTION = 0.6;
/** Mocks after the first come every this many days, leaving time to work on what the debrief found. */
export const MOCK_SPACING_DAYS = 4;
export const MOCK_MINUTES = 60;
export const FLASHCARD_BLOCK_MINUTES = 10;
/** Flashcard blocks take at most this share of a week's budget. */
export const FLASHCARD_BUDGET_SHARE = 0.2;

export type PlanItemKind = 'question' | 'problem' | 'flashcards' | 'mock';

export interface PlanItem {
  kind: PlanItemKind;
  id: string;
  title: string;
  minutes: number;
  areas: AreaId[];
}

export interface PlanDay {
  date: string;
  weekday: Weekday;
  /** 1-based plan week: week 1 is the start date and the six days after it. */
  week: number;
  rest: boolean;
  minutes: number;
  items: PlanItem[];
}

export interface PlanWeek {
  week: number;
  start: string;
  end: string;
  /** The minute budget: the weekly budget, pro rata for a short last week. */
  budget: number;
  minutes: number;
}

export interface StudyPlan {
  start: string;
  /** The last day of the plan. */
  end: string;
  interviewDate: string | null;
  weeks: number;
  budgetPerWeek: number;
  totalMinutes: number;
  days: PlanDay[];
  weekly: PlanWeek[];
  mockStart: string | null;
  /** Areas in the order the plan attends to them: weakest or unknown first. */
  focus: AreaId[];
}

export interface PlanSettings {
  start: string;
  /** Plan length when there is no interview date. */
  weeks?: number;
  /** The plan ends the day before. */
  interviewDate?: string;
  hoursPerWeek: number;
  restDays?: readonly Weekday[];
  /** Shuffles the order of equally ranked items; without it the plan is the same every time. */
  seed?: number;
}

export interface PlanCatalog {
  questions: readonly PlanQuestion[];
  problems?: readonly PlanProblem[];
  flashcards: { count: number; areas: readonly AreaId[] };
  /** Interview stages in loop order; mocks rehearse them and end on the last. */
  mockStages: ReadonlyArray<{ id: string; title: string }>;
}

export type AreaReadiness = ReadonlyArray<{ id: AreaId; score: number | null; confidence?: number }>;

function planLength(settings: PlanSettings): number {
  if (!isCalendarDate(settings.start)) throw new InvalidInputError(`the start date is written YYYY-MM-DD, e.g. 2026-03-02; got "${settings.start}"`);
  if (settings.interviewDate !== undefined) {
    if (!isCalendarDate(settings.interviewDate)) throw new InvalidInputError(`the interview date is written YYYY-MM-DD, e.g. 2026-03-30; got "${settings.interviewDate}"`);
    const days = daysBetween(settings.start, settings.interviewDate);
    if (days < 0) {
      throw new InvalidInputError(
        `the interview date ${settings.interviewDate} is in the past: ${-days} day${days === -1 ? '' : 's'} before the plan starts (${settings.start}); give the date of an interview still to come, or plan by weeks left instead`,
      );
    }
    if (days === 0) throw new InvalidInputError(`the interview date ${settings.interviewDate} is the day the plan starts (${settings.start}): there is no time left to plan; give a later date`);
    if (days < PLAN_DAYS.min || days > PLAN_DAYS.max) {
      throw new InvalidInputError(
        `the interview date ${settings.interviewDate} is ${days} days after the start ${settings.start}; a plan needs ${PLAN_DAYS.min} to ${PLAN_DAYS.max} days (1-6 weeks)`,
      );
    }
    return days;
  }
  const weeks = settings.weeks ?? PLAN_WEEKS.default;
  if (!Number.isInteger(weeks) || weeks < PLAN_WEEKS.min || weeks > PLAN_WEEKS.max) {
    throw new InvalidInputError(`weeks is a whole number from ${PLAN_WEEKS.min} to ${PLAN_WEEKS.max}; got ${weeks}`);
  }
  return weeks * 7;
}

function checkSettings(settings: PlanSettings): Weekday[] {
  const { hoursPerWeek } = settings;
  if (!(hoursPerWeek >= HOURS_PER_WEEK.min && hoursPerWeek <= HOURS_PER_WEEK.max)) {
    throw new InvalidInputError(`hours per week is ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}; got ${hoursPerWeek}`);
  }
  const rest = [...new Set(settings.restDays ?? REST_DAYS.default)];
  if (rest.length < REST_DAYS.min || rest.length > REST_DAYS.max || rest.some((d) => !WEEKDAYS.includes(d))) {
    throw new InvalidInputError(`rest days are ${REST_DAYS.min} to ${REST_DAYS.max} of ${WEEKDAYS.join(', ')}; got ${rest.join(', ') || 'none'}`);
  }
  return rest;
}

/** The stages each mock rehearses: the last `n` stages of the loop, then the final one again. */
function mockStageSequence(n: number, stages: PlanCatalog['mockStages']): Array<{ id: string; title: string }> {
  if (stages.length === 0) return Array.from({ length: n }, () => ({ id: 'loop', title: 'Mock interview' }));
  const last = stages[stages.length - 1] as { id: string; title: string };
  if (n <= stages.length) return stages.slice(stages.length - n);
  return [...stages, ...Array.from({ length: n - stages.length }, () => last)];
}

export function packStudyPlan(settings: PlanSettings, catalog: PlanCatalog, readiness: AreaReadiness): StudyPlan {
  const length = planLength(settings);
  const restDays = checkSettings(settings);
  const budgetPerWeek = Math.floor(settings.hoursPerWeek * 60);
  const days: PlanDay[] = Array.from({ length }, (_, i) => {
    const date = addDays(settings.start, i);
    const weekday = weekdayOf(date);
    return { date, weekday, week: Math.floor(i / 7) + 1, rest: restDays.includes(weekday), minutes: 0, items: [] };
  });
  const weekCount = Math.ceil(length / 7);
  // A short last week may miss every rest weekday: its last day, the eve of the interview, rests then.
  const lastWeek = days.filter((d) => d.week === weekCount);
  if (!lastWeek.some((d) => d.rest)) (lastWeek.at(-1) as PlanDay).rest = true;

  const ranked = rankAreasByNeed(AREA_IDS.map((id) => readiness.find((a) => a.id === id) ?? { id, score: null }));
  const focus = ranked.map((a) => a.id);
  let queue: Candidate[] = prioritize(candidatesOf(catalog.questions, catalog.problems ?? []), ranked, settings.seed);

  const mockIndexes: number[] = [];
  for (let i = Math.round(MOCK_START_FRACTION * length); i < length; i++) {
    if (days[i]?.rest) continue;
    if (mockIndexes.length === 0 || i - (mockIndexes.at(-1) as number) >= MOCK_SPACING_DAYS) mockIndexes.push(i);
  }
  const mockStages = mockStageSequence(mockIndexes.length, catalog.mockStages);
  const mockFocus = focus.slice(0, 3);

  const weekly: PlanWeek[] = [];
  for (let week = 1; week <= weekCount; week++) {
    const weekDays = days.filter((d) => d.week === week);
    const study = weekDays.filter((d) => !d.rest);
    const budget = Math.floor((budgetPerWeek * weekDays.length) / 7);
    let left = budget;
    const place = (day: PlanDay, item: PlanItem) => {
      day.items.push(item);
      day.minutes += item.minutes;
      left -= item.minutes;
    };

    if (catalog.flashcards.count > 0 && study.length > 0) {
      const blocks = Math.min(study.length, Math.floor((FLASHCARD_BUDGET_SHARE * budget) / FLASHCARD_BLOCK_MINUTES));
      for (let b = 0; b < blocks; b++) {
        const day = study[Math.floor(((b + 0.5) * study.length) / blocks)] as PlanDay;
        place(day, { kind: 'flashcards', id: 'flashcards', title: 'Flashcard review', minutes: FLASHCARD_BLOCK_MINUTES, areas: [...catalog.flashcards.areas] });
      }
    }
    mockIndexes.forEach((index, n) => {
      const day = days[index] as PlanDay;
      const stage = mockStages[n] as { id: string; title: string };
      if (day.week !== week || left < MOCK_MINUTES) return;
      place(day, { kind: 'mock', id: stage.id, title: `Mock interview: ${stage.title}`, minutes: MOCK_MINUTES, areas: mockFocus });
    });
    // First fit down the priority list: what does not fit this week leads the next one.
    const rest: Candidate[] = [];
    for (const candidate of queue) {
      if (study.length === 0 || candidate.minutes > left) {
        rest.push(candidate);
        continue;
      }
      const day = study.reduce((least, d) => (d.minutes < least.minutes ? d : least));
      place(day, { kind: candidate.kind, id: candidate.id, title: candidate.title, minutes: candidate.minutes, areas: candidate.areas });
    }
    queue = rest;
    weekly.push({ week, start: (weekDays[0] as PlanDay).date, end: (weekDays.at(-1) as PlanDay).date, budget, minutes: budget - left });
  }

  const kindOrder: PlanItemKind[] = ['flashcards', 'mock', 'question', 'problem'];
  for (const day of days) day.items.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const firstMock = mockIndexes.find((i) => days[i]?.items.some((item) => item.kind === 'mock'));
  return {
    start: settings.start,
    end: (days.at(-1) as PlanDay).date,
    interviewDate: settings.interviewDate ?? null,
    weeks: weekCount,
    budgetPerWeek,
    totalMinutes: weekly.reduce((sum, w) => sum + w.minutes, 0),
    days,
    weekly,
    mockStart: firstMock === undefined ? null : (days[firstMock] as PlanDay).date,
    focus,
  };
}
