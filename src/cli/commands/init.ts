import readline from 'node:readline';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { TARGET_LEVELS, TRACKS } from '../../core/profile.js';
import { action, bold, dim, printJson } from '../output.js';
import { withApp } from '../open-app.js';

interface InitOptions {
  track?: string;
  level?: string;
  weeks?: string;
  date?: string;
  hours?: string;
  companyStyle?: string;
  json?: boolean;
}

/** Asks one question per line of input; an empty answer takes the default. */
function asker() {
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question: string, fallback: string): Promise<string> {
      process.stdout.write(`${question} ${dim(`[${fallback}]`)} `);
      const next = await lines.next();
      const answer = next.done ? '' : String(next.value).trim();
      if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
      return answer === '' ? fallback : answer;
    },
    close: () => rl.close(),
  };
}

const numberOr = (text: string, name: string) => {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new InvalidInputError(`${name} is a number; got "${text}"`);
  return n;
};

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('first run: your track, target level, interview date or weeks left, hours a week and company style; then your plan and what to do first')
    .option('--track <track>', 'product (Technical Product Manager) or program (Technical Program Manager)')
    .option('--level <level>', 'mid, senior or staff')
    .option('--weeks <n>', 'weeks until the interview, 2-6')
    .option('--date <YYYY-MM-DD>', 'the interview date, instead of --weeks')
    .option('--hours <h>', 'study hours a week, 3-40')
    .option('--company-style <loop>', 'a company-style loop (amazon-style, google-style, meta-style, microsoft-style) or none')
    .option('--json', 'print the settings, the plan and the first steps as one JSON document')
    .action(
      action(async (options: InitOptions) =>
        withApp(async (app) => {
          if (options.weeks !== undefined && options.date !== undefined) throw new InvalidInputError('give --weeks or --date (the interview date), not both');
          const current = await app.settings.get();
          const complete = options.track && options.level && (options.weeks || options.date) && options.hours;
          const input = complete || options.json ? undefined : asker();
          try {
            const track = options.track ?? (await input?.ask(`Track: ${TRACKS.map((t) => `${t.id} (${t.title})`).join(' or ')}?`, current.track)) ?? current.track;
            const level = options.level ?? (await input?.ask(`Target level: ${TARGET_LEVELS.map((l) => l.id).join(', ')}?`, current.level)) ?? current.level;
            let when = options.date ?? options.weeks;
            if (when === undefined) {
              const fallback = current.interviewDate ?? String(current.weeks ?? 4);
              when = (await input?.ask('Interview date (YYYY-MM-DD) or weeks left (2-6)?', fallback)) ?? fallback;
            }
            const hours = options.hours ?? (await input?.ask('Hours a week for study (3-40)?', String(current.hoursPerWeek))) ?? String(current.hoursPerWeek);
            const styles = current.choices.companyStyles.map((s) => s.id);
            const style = options.companyStyle ?? (await input?.ask(`Company style, optional: ${styles.join(', ')} or none?`, current.companyStyle ?? 'none')) ?? 'none';
            const isDate = /^\d{4}-/.test(when);
            const result = await app.firstRun.complete({
              track,
              level,
              ...(isDate ? { interviewDate: when } : { weeks: numberOr(when, 'weeks') }),
              hoursPerWeek: numberOr(hours, 'hours a week'),
              companyStyle: style === 'none' || style === '' ? null : style,
            });
            if (options.json) return printJson(result);
            const { settings, plan } = result;
            const trackTitle = TRACKS.find((t) => t.id === settings.track)?.title;
            console.log(`\n${bold('Saved.')} ${trackTitle}, ${settings.level} level, ${settings.hoursPerWeek} h a week${settings.companyStyle ? `, ${settings.companyStyle} loop` : ''}.`);
            console.log(`Your plan runs ${plan.start} to ${plan.end}${plan.interviewDate ? ` (interview ${plan.interviewDate})` : ''}: ${Math.round(plan.totalMinutes / 60)} h in ${plan.weeks} week${plan.weeks === 1 ? '' : 's'}.`);
            if (result.firstSteps.length > 0) {
              console.log(`\n${bold(`Do first (${result.firstDay})`)}`);
              for (const step of result.firstSteps) console.log(`  ${step.title} ${dim(`· ${step.minutes} min · ${step.command}`)}`);
            }
            console.log(dim('\nThe whole plan: tpmprep plan. Change an answer: tpmprep settings set <key> <value>.'));
          } finally {
            input?.close();
          }
        }),
      ),
    );
}
