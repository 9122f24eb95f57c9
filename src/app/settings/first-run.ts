import { z } from 'zod';
import type { PlanItem, StudyPlan } from '../../core/plan.js';
import type { planOperations } from '../readiness/plan.js';
import { levelSchema, trackSchema } from './settings-schema.js';
import type { settingsOperations, SettingsView } from './settings.js';
import { parseInput } from '../validate.js';

/** The first-run questions: what a coach asks before planning anything. Date or weeks, not both. */
export const firstRunSchema = z
  .strictObject({
    track: trackSchema,
    level: levelSchema,
    interviewDate: z.string().optional(),
    weeks: z.number({ error: 'weeks is a number from 2 to 6' }).optional(),
    hoursPerWeek: z.number({ error: 'hoursPerWeek is a number from 3 to 40' }),
    companyStyle: z.string().nullable().optional(),
  })
  .refine((s) => (s.interviewDate === undefined) !== (s.weeks === undefined), 'give the interview date or the weeks left (one of them)');

export interface FirstStep {
  kind: PlanItem['kind'];
  id: string;
  title: string;
  minutes: number;
  /** Where the web opens it. */
  href: string;
  /** The same in the terminal. */
  command: string;
}

export interface FirstRunResult {
  settings: SettingsView;
  plan: StudyPlan;
  /** The plan's first study day (today when it is one), and what to do on it. */
  firstDay: string | null;
  firstSteps: FirstStep[];
}

const HREF: Record<PlanItem['kind'], (id: string) => string> = {
  question: (id) => `/practice/${id}`,
  problem: (id) => `/code/${id}`,
  flashcards: () => '/flashcards',
  mock: () => '/mock',
};
const COMMAND: Record<PlanItem['kind'], (id: string) => string> = {
  question: (id) => `tpmprep practice ${id}`,
  problem: (id) => `tpmprep problems show ${id}`,
  flashcards: () => 'tpmprep review',
  mock: () => 'tpmprep mock',
};

export function stepsOf(plan: StudyPlan): { firstDay: string | null; firstSteps: FirstStep[] } {
  const day = plan.days.find((d) => !d.rest && d.items.length > 0);
  return {
    firstDay: day?.date ?? null,
    firstSteps: (day?.items ?? []).map((i) => ({ kind: i.kind, id: i.id, title: i.title, minutes: i.minutes, href: HREF[i.kind](i.id), command: COMMAND[i.kind](i.id) })),
  };
}

/** Saves the answers, marks the first run done, and returns the plan built from them with what to do first. */
export function firstRunOperations({ settings, plan }: { settings: ReturnType<typeof settingsOperations>; plan: ReturnType<typeof planOperations> }) {
  async function complete(raw: unknown): Promise<FirstRunResult> {
    const answers = parseInput(firstRunSchema, raw, 'first-run answers');
    const saved = await settings.update({ ...answers, companyStyle: answers.companyStyle ?? null, firstRunDone: true });
    const { plan: built } = await plan.get();
    return { settings: saved, plan: built, ...stepsOf(built) };
  }

  /** Skipping the questions: the defaults stay, and the welcome is not shown again. */
  async function skip(): Promise<SettingsView> {
    return settings.update({ firstRunDone: true });
  }

  return { complete, skip };
}
