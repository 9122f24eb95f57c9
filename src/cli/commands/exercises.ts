import type { Command } from 'commander';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

const KINDS = 'design, case or program';

export function registerExercises(program: Command): void {
  const exercises = program.command('exercises').description('system-design, metric-case and program-sense exercises, graded');
  exercises
    .command('list')
    .description('list the exercises, with your attempts and best scores')
    .option('--kind <kind>', `only one kind: ${KINDS}`)
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { kind?: string; json?: boolean }) =>
        withApp(async (app) => {
          const list = await app.exercises.list(options.kind === undefined ? {} : { kind: options.kind });
          if (options.json) return printJson(list);
          const { renderList } = await import('../render-exercise.js');
          console.log(renderList(list));
        }),
      ),
    );
  exercises
    .command('show')
    .description('show an exercise and the format of its answer file (no answers)')
    .argument('<id>', 'the exercise id')
    .option('--json', 'print one JSON document')
    .action(
      action(async (id: string, options: { json?: boolean }) =>
        withApp(async (app) => {
          const path = await import('node:path');
          const { answerTemplate } = await import('../exercise-answer-file.js');
          const view = app.exercises.find(id);
          const dataFile = view.kind === 'case' ? path.join(app.content.root, 'cases', view.id, 'data.csv') : undefined;
          const template = answerTemplate(view);
          if (options.json) return printJson({ ...view, ...(dataFile ? { dataFile } : {}), answerFile: { formats: ['yaml', 'json'], template } });
          const { renderView } = await import('../render-exercise.js');
          console.log(`${renderView(view, dataFile)}\n\nAnswer file (YAML or JSON), then: tpmprep exercises submit ${view.id} --file answer.yaml\n\n${template}`);
        }),
      ),
    );
  exercises
    .command('submit')
    .description('grade an answer file and save the attempt')
    .argument('<id>', 'the exercise id')
    .requiredOption('--file <path>', 'your answer, YAML or JSON (see `tpmprep exercises show <id>`)')
    .option('--seconds <n>', 'how long you spent, in seconds (overrides seconds in the file)')
    .option('--json', 'print one JSON document')
    .action(
      action(async (id: string, options: { file: string; seconds?: string; json?: boolean }) =>
        withApp(async (app) => {
          const { readAnswerFile } = await import('../exercise-answer-file.js');
          const { InvalidInputError } = await import('../../core/errors.js');
          const view = app.exercises.find(id);
          const body = readAnswerFile(options.file) as Record<string, unknown>;
          if (options.seconds !== undefined) {
            const seconds = Number(options.seconds);
            if (!Number.isInteger(seconds) || seconds < 0) throw new InvalidInputError(`--seconds must be a whole number of seconds, got "${options.seconds}"`);
            body.seconds = seconds;
          }
          const attempt = await app.exercises.submit(view.kind, view.id, body);
          if (options.json) return printJson(attempt);
          const { renderAttempt } = await import('../render-exercise.js');
          console.log(renderAttempt(attempt));
        }),
      ),
    );
}
