import fs from 'node:fs';
import type { Command } from 'commander';
import type { LlmCritique } from '../../coach/index.js';
import { InvalidInputError, UnavailableError } from '../../core/errors.js';
import { action, bold, dim, printJson } from '../output.js';
import { renderCoach } from '../render-coach.js';

interface CoachOptions {
  question?: string;
  type?: string;
  llm?: boolean;
  level?: string;
  json?: boolean;
}

async function readAnswer(source: string | undefined): Promise<string> {
  if (source && source !== '-') {
    if (!fs.existsSync(source)) throw new InvalidInputError(`no file at ${source}; give a text file with your answer, or - to read standard input`);
    return fs.readFileSync(source, 'utf8');
  }
  if (process.stdin.isTTY) process.stderr.write(dim('Type or paste your answer, then press Ctrl-D.\n'));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerCoach(program: Command): void {
  program
    .command('coach')
    .description('analyze an answer: STAR parts, numbers, ownership, delivery and rubric coverage, with evidence')
    .argument('[file]', 'a text file with the answer, or - for standard input (the default)')
    .option('--question <id>', 'check the answer against this question and its rubric')
    .option('--type <type>', 'the question type when no question is given (default: behavioral)')
    .option('--level <level>', 'your target level (mid, senior, staff): the story\'s scope is read against it (default: the level in your settings)')
    .option('--llm', "add the configured language model's critique (TPMPREP_LLM_URL, TPMPREP_LLM_MODEL)")
    .option('--json', 'print one JSON document')
    .action(
      action(async (file: string | undefined, options: CoachOptions) => {
        const text = await readAnswer(file);
        if (!text.trim()) throw new InvalidInputError('the answer is empty; give a file or type the answer');
        const { withApp } = await import('../open-app.js');
        await withApp(async (app) => {
          const request = { text, questionId: options.question, type: options.type, targetLevel: options.level };
          const analysis = await app.coach.analyzeForPerson(request);
          // The model is a second opinion: when it cannot answer, the local report stands on its own.
          let critique: LlmCritique | undefined;
          let warning: string | undefined;
          if (options.llm) {
            try {
              critique = await app.coach.critique(request);
            } catch (error) {
              if (!(error instanceof UnavailableError)) throw error;
              warning = `no model critique: ${error.message}`;
            }
          }
          if (options.json) return printJson(options.llm ? { ...analysis, critique: critique ?? null, ...(warning ? { warning } : {}) } : analysis);
          console.log(renderCoach(analysis, text));
          if (critique) console.log(`\n${bold(critique.label)}\n${critique.text}`);
          if (warning) process.stderr.write(`${warning}\n`);
        });
      }),
    );
}
