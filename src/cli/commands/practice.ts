import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, bold, dim, printJson } from '../output.js';
import { withApp } from '../open-app.js';
import { renderCoach } from '../render-coach.js';
import { renderHeader, renderReview } from '../render-question.js';

/** Words per minute of a spoken answer: used to time an answer read from a file. */
const SPEAKING_WPM = 150;

interface PracticeOptions {
  file?: string;
  seconds?: string;
  json?: boolean;
}

/** Reads a typed answer until a line holding only "." or the end of input. */
async function readTypedAnswer(): Promise<string> {
  const lines: string[] = [];
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (line.trim() === '.') break;
    lines.push(line);
  }
  rl.close();
  return lines.join('\n');
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

export function registerPractice(program: Command): void {
  program
    .command('practice')
    .description('answer a question in the terminal; the attempt is timed, saved and reviewed')
    .argument('[id]', 'question id (default: a question you have not tried yet)')
    .option('--file <path>', 'read the answer from a file instead of typing it')
    .option('--seconds <n>', 'how long the answer took (default with --file: its speaking time at 150 words a minute)')
    .option('--json', 'print the saved attempt and the question as JSON')
    .action(
      action(async (id: string | undefined, options: PracticeOptions) =>
        withApp(async (app) => {
          const chosen = id ?? (await app.questions.list({ attempted: 'no' }))[0]?.id ?? app.content.questions[0]?.id;
          if (!chosen) throw new InvalidInputError('the question bank is empty');
          const question = app.questions.get(chosen);
          if (!options.json) {
            console.log(`${renderHeader(question)}\n`);
          }
          let answer: string;
          let seconds: number;
          if (options.file) {
            if (!fs.existsSync(options.file)) throw new InvalidInputError(`no file at ${options.file}; give the path of a text file holding your answer`);
            answer = fs.readFileSync(options.file, 'utf8');
            const words = answer.split(/\s+/).filter(Boolean).length;
            seconds = Math.round((words / SPEAKING_WPM) * 60);
          } else {
            if (!options.json) {
              console.log(dim(`You have about ${question.minutes} min. Type your answer; finish with a line holding only "." (or Ctrl-D).`));
            }
            const started = Date.now();
            answer = await readTypedAnswer();
            seconds = Math.round((Date.now() - started) / 1000);
          }
          if (options.seconds !== undefined) {
            seconds = Number(options.seconds);
            if (!Number.isInteger(seconds) || seconds < 0) throw new InvalidInputError(`--seconds must be a whole number of seconds, got "${options.seconds}"`);
          }
          const attempt = await app.attempts.create({ questionId: question.id, answer, seconds });
          if (options.json) return printJson({ attempt, question });
          const expected = question.minutes * 60;
          console.log(`\n${bold(`Saved as attempt ${attempt.id}.`)} Time: ${formatDuration(seconds)} against ${question.minutes} min expected${seconds > expected ? ' (over time)' : ''}.\n`);
          if (attempt.analysis) console.log(`${renderCoach(attempt.analysis, answer)}\n`);
          console.log(renderReview(question));
          console.log(dim(`\nSee it again with: tpmprep attempts show ${attempt.id}`));
        }),
      ),
    );
}
