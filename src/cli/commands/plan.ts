import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, dim, printJson } from '../output.js';
import { withApp } from '../open-app.js';

interface PlanOptions {
  weeks?: string;
  date?: string;
  hoursPerWeek?: string;
  start?: string;
  restDays?: string;
  ics?: string;
  track?: string;
  save: boolean;
  json?: boolean;
}

/** Options as the plan settings they change; numbers stay NaN when unreadable so validation names them. */
function changesOf(options: PlanOptions): Record<string, unknown> {
  if (options.weeks !== undefined && options.date !== undefined) {
    throw new InvalidInputError('give --weeks or --date (the interview date), not both');
  }
  return {
    ...(options.weeks !== undefined && { weeks: Number(options.weeks) }),
    ...(options.date !== undefined && { interviewDate: options.date }),
    ...(options.hoursPerWeek !== undefined && { hoursPerWeek: Number(options.hoursPerWeek) }),
    ...(options.start !== undefined && { startDate: options.start }),
    ...(options.restDays !== undefined && { restDays: options.restDays.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean) }),
  };
}

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('a day-by-day study plan to your interview: weak areas first, mocks from ~60% of the way, rest days kept')
    .option('--weeks <n>', 'plan length in weeks, 2-6 (default 4)')
    .option('--date <YYYY-MM-DD>', 'the interview date, instead of --weeks: the plan ends the day before')
    .option('--hours-per-week <h>', 'study hours a week, 3-40 (default 6)')
    .option('--start <YYYY-MM-DD>', 'the first day of the plan (default today)')
    .option('--rest-days <days>', 'weekdays without study, comma-separated, 1-3 of sun,mon,tue,wed,thu,fri,sat (default sun)')
    .option('--ics <file>', 'also write the plan to an iCalendar file for your calendar app')
    .option('--track <track>', 'plan for one job: product or program, or all for every question (default: the track in your settings)')
    .option('--no-save', 'show the plan these options give without keeping them as your plan')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: PlanOptions) =>
        withApp(async (app) => {
          const changes = changesOf(options);
          const hasChanges = Object.keys(changes).length > 0;
          const track = { track: options.track };
          const view = !hasChanges ? await app.plan.get(track) : options.save ? await app.plan.save(changes, track) : await app.plan.preview(changes, track);
          let icsFile: string | undefined;
          if (options.ics) {
            icsFile = path.resolve(options.ics);
            if (!fs.existsSync(path.dirname(icsFile))) throw new InvalidInputError(`no folder ${path.dirname(icsFile)}; create it or write the file elsewhere`);
            fs.writeFileSync(icsFile, app.plan.icsOf(view.plan).text);
          }
          if (options.json) return printJson({ ...view.plan, track: view.track, trackFrom: view.trackFrom, settings: view.settings, saved: view.saved, ...(icsFile && { ics: icsFile }) });
          const { renderPlan } = await import('../render-plan.js');
          console.log(renderPlan(view));
          if (icsFile) console.log(dim(`Wrote the calendar to ${icsFile}: import it in Google Calendar, Apple Calendar or Outlook.`));
        }),
      ),
    );
}
