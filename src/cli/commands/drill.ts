import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import type { DrillView } from '../../app/coach/drills.js';
import { InvalidInputError } from '../../core/errors.js';
import { action, bold, dim, printJson } from '../output.js';
import { withApp } from '../open-app.js';

interface DrillOptions {
  answers?: string;
  level?: string;
  json?: boolean;
}

/** Answers in a file, one after another, separated by a line holding only "---". */
export function answersOf(text: string): string[] {
  return text
    .split(/^---\s*$/m)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** One answer's reading for the terminal: the score, the scope against the target, the first findings. */
function renderStep(view: DrillView): string {
  const last = view.answers.at(-1);
  if (!last) return '';
  const a = last.analysis;
  const lines = [`${bold(`Score ${a.score}/100`)} · ${a.level}`];
  if (a.scope) lines.push(`  ${a.scope.message}`);
  for (const f of a.feedback.filter((x) => x.severity !== 'strength').slice(0, 3)) lines.push(`  - ${f.message}`);
  return lines.join('\n');
}

export function registerDrill(program: Command): void {
  program
    .command('drill')
    .description('be questioned on one of your stories: why that design, what broke, what it cost, what you would change, who disagreed')
    .argument('<story-id>', 'the story to drill (tpmprep stories list)')
    .option('--answers <file>', 'read the answers from a file, separated by lines holding only "---", instead of typing them')
    .option('--level <level>', 'your target level (mid, senior, staff): each answer\'s scope is read against it')
    .option('--json', 'print the drill as one JSON document at the end; the questions go to stderr')
    .action(
      action(async (storyId: string, options: DrillOptions) =>
        withApp(async (app) => {
          const id = Number(storyId);
          if (!Number.isInteger(id) || id <= 0) throw new InvalidInputError(`the story id is a whole number, got "${storyId}"; list your stories with \`tpmprep stories list\``);
          let queued: string[] | undefined;
          if (options.answers) {
            if (!fs.existsSync(options.answers)) throw new InvalidInputError(`no file at ${options.answers}; give a text file with answers separated by lines holding only "---"`);
            queued = answersOf(fs.readFileSync(options.answers, 'utf8'));
            if (queued.length === 0) throw new InvalidInputError(`${options.answers} holds no answer; separate answers with lines holding only "---"`);
          }
          const say = (text: string) => (options.json ? process.stderr : process.stdout).write(`${text}\n`);
          let view = await app.drills.start({ storyId: id, ...(options.level ? { targetLevel: options.level } : {}) });
          say(`${bold(`Drill ${view.id} on "${view.story.title}"`)}${view.targetLevel ? dim(` · target ${view.targetLevel}`) : ''}`);
          const lines = queued ? undefined : readline.createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
          while (view.next) {
            say(`\n${bold(`${view.answers.length + 1}. ${view.next.title}${view.next.depth === 2 ? ' (again)' : ''}`)}\n${view.next.question}`);
            let text: string | undefined;
            let seconds = 0;
            if (queued) {
              text = queued.shift();
            } else {
              say(dim('Answer, then a line holding only "." (a "." alone stops the drill).'));
              const started = Date.now();
              const typed: string[] = [];
              for (let line = await lines?.next(); line && !line.done; line = await lines?.next()) {
                if (line.value.trim() === '.') break;
                typed.push(line.value);
              }
              text = typed.join('\n').trim() || undefined;
              seconds = Math.round((Date.now() - started) / 1000);
            }
            if (!text) break;
            view = await app.drills.answer(view.id, { text, seconds });
            say(renderStep(view));
          }
          say(dim(`\n${view.status === 'done' ? 'Drill done' : 'Drill stopped'}: ${view.answers.length} answer${view.answers.length === 1 ? '' : 's'} saved with the coach's analysis.`));
          if (options.json) printJson(view);
        }),
      ),
    );
}
