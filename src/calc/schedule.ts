import { z } from 'zod';
import { InvalidInputError } from '../core/errors.js';
import { criticalPath, type ScheduledTask } from './critical-path.js';
import { CALC_LIMITS, atMost } from './limits.js';
import { chanceToFinishWithin, pertAnalysis, type PertResult } from './pert.js';
import { CALENDARS, dateOfDay, daysThrough, isValidDate, type Calendar } from './schedule-calendar.js';
import { readTask, type TaskSpec } from './schedule-task.js';
import { SCHEDULE_FORMATS, parseScheduleText, type ScheduleFileOptions } from './schedule-text.js';

const dateText = z.string().refine(isValidDate, 'a date is written YYYY-MM-DD, e.g. 2025-03-03');
const deadline = z.union(
  [z.number().min(0, 'deadline is a number of days from the start, or a date').max(CALC_LIMITS.maxTasks * CALC_LIMITS.maxTaskDays), dateText],
  { error: 'deadline is a number of days from the start, or a date YYYY-MM-DD' },
);

export const scheduleInputSchema = z
  .strictObject({
    /** A YAML or CSV schedule. */
    text: z.string().max(CALC_LIMITS.maxScheduleChars, atMost('maxScheduleChars', 'characters')).optional(),
    /** Guessed from the text when absent: CSV when the first line is a header starting with id. */
    format: z.enum(SCHEDULE_FORMATS).optional(),
    /** Or the tasks themselves. */
    tasks: z.array(z.unknown()).min(1, 'give at least one task').max(CALC_LIMITS.maxTasks, atMost('maxTasks', 'tasks')).optional(),
    /** The first day of the project, YYYY-MM-DD, to turn day numbers into dates. */
    start: dateText.optional(),
    /** working: Monday to Friday; calendar: every day. */
    calendar: z.enum(CALENDARS).optional(),
    /** Days from the start, or a date (with a start), to get the chance of finishing by then. */
    deadline: deadline.optional(),
  })
  .refine((input) => (input.text === undefined) !== (input.tasks === undefined), { message: 'give either text (YAML or CSV) or tasks, not both' });
export type ScheduleOptions = z.output<typeof scheduleInputSchema>;

export type ScheduleTaskResult = ScheduledTask & { startDate?: string; finishDate?: string };

export interface ScheduleResult {
  /** Durations are in days. */
  unit: 'days';
  calendar: Calendar;
  start?: string;
  duration: number;
  finishDate?: string;
  criticalPath: string[];
  criticalPaths: string[][];
  tasks: ScheduleTaskResult[];
  pert?: Omit<PertResult, 'confidence'> & { confidence: Array<{ probability: number; duration: number; date?: string }> };
  deadline?: {
    days: number;
    date?: string;
    /** Days to spare (negative: late) against the expected duration. */
    spare: number;
    /** The chance of finishing by the deadline; without three-point estimates it is 1 or 0. */
    probability: number;
    z: number | null;
  };
}

function tasksFrom(raws: unknown[]): TaskSpec[] {
  const problems: string[] = [];
  const tasks: TaskSpec[] = [];
  raws.forEach((raw, i) => {
    const { task, problems: found } = readTask(raw);
    for (const problem of found) problems.push(`tasks.${i}: ${problem}`);
    if (task) tasks.push(task);
  });
  if (problems.length > 0) throw new InvalidInputError(`invalid tasks: ${problems.join('; ')}`);
  return tasks;
}

/** Settings a YAML file carries, validated like request options; request options win. */
function fileOptions(file: ScheduleFileOptions): Pick<ScheduleOptions, 'start' | 'calendar' | 'deadline'> {
  const parsed = z
    .strictObject({ start: z.union([dateText, z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(), calendar: z.enum(CALENDARS).optional(), deadline: deadline.optional() })
    .safeParse(file);
  if (!parsed.success) {
    throw new InvalidInputError(`the schedule file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** Critical path, slack, dates and PERT odds for a schedule given as YAML, CSV or task objects. */
export function calculateSchedule(input: ScheduleOptions): ScheduleResult {
  let tasks: TaskSpec[];
  let options: Pick<ScheduleOptions, 'start' | 'calendar' | 'deadline'> = {};
  if (input.text !== undefined) {
    const parsed = parseScheduleText(input.text, input.format);
    tasks = parsed.tasks;
    options = fileOptions({ start: parsed.start, calendar: parsed.calendar, deadline: parsed.deadline });
  } else {
    tasks = tasksFrom(input.tasks ?? []);
  }
  const start = input.start ?? options.start;
  const calendar = input.calendar ?? options.calendar ?? 'working';
  const deadlineInput = input.deadline ?? options.deadline;

  const cpm = criticalPath(tasks);
  const dayDate = (index: number) => (start ? dateOfDay(start, Math.max(0, index), calendar) : undefined);
  const result: ScheduleResult = {
    unit: 'days',
    calendar,
    ...(start ? { start } : {}),
    duration: cpm.duration,
    ...(start ? { finishDate: dayDate(Math.ceil(cpm.duration) - 1) } : {}),
    criticalPath: cpm.criticalPath,
    criticalPaths: cpm.criticalPaths,
    tasks: cpm.tasks.map((task) => {
      if (!start) return task;
      const milestone = task.duration === 0;
      const first = milestone ? Math.ceil(task.earlyStart) - 1 : Math.floor(task.earlyStart);
      const last = milestone ? first : Math.ceil(task.earlyFinish) - 1;
      return Object.assign({}, task, { startDate: dayDate(first), finishDate: dayDate(last) });
    }),
  };
  const pert = pertAnalysis(cpm);
  if (pert) {
    result.pert = { ...pert, confidence: pert.confidence.map((c) => (start ? { ...c, date: dayDate(Math.ceil(c.duration) - 1) } : c)) };
  }
  if (deadlineInput !== undefined) {
    let days: number;
    if (typeof deadlineInput === 'string') {
      if (!start) throw new InvalidInputError(`a deadline date (${deadlineInput}) needs a start date; give start, or the deadline as a number of days`);
      days = Math.max(0, daysThrough(start, deadlineInput, calendar));
    } else {
      days = deadlineInput;
    }
    const odds = chanceToFinishWithin(days, cpm.duration, pert?.standardDeviation ?? 0);
    result.deadline = {
      days,
      ...(typeof deadlineInput === 'string' ? { date: deadlineInput } : start ? { date: dayDate(Math.ceil(days) - 1) } : {}),
      spare: Math.round((days - cpm.duration) * 1e9) / 1e9,
      ...odds,
    };
  }
  return result;
}

