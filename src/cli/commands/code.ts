import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, bold, dim, NOT_ACCEPTED_EXIT_CODE, printJson, table } from '../output.js';
import { withApp } from '../open-app.js';
import { spinner } from '../spinner.js';
import { renderSubmission } from '../render-submission.js';

const EXTENSIONS: Record<string, 'ts' | 'js' | 'py'> = { '.ts': 'ts', '.mts': 'ts', '.js': 'js', '.mjs': 'js', '.py': 'py' };


export function registerCode(program: Command): void {
  program
    .command('judge')
    .description('judge a solution file against a problem\'s tests in the sandbox (exit 0 only when accepted)')
    .argument('<file>', 'the solution: .ts, .js or .py')
    .requiredOption('--problem <id>', 'the problem id (see `tpmprep problems list`)')
    .option('--lang <lang>', 'ts, js or py (default: from the file extension)')
    .option('--run', 'run the visible examples only, as the Run button does')
    .option('--json', 'print one JSON document')
    .action(
      action(async (file: string, options: { problem: string; lang?: string; run?: boolean; json?: boolean }) => {
        if (!fs.existsSync(file)) throw new InvalidInputError(`no file at ${file}; give the path of your solution`);
        const lang = options.lang ?? EXTENSIONS[path.extname(file)];
        if (!lang) throw new InvalidInputError(`cannot tell the language of ${file} from its extension; add --lang ts, --lang js or --lang py`);
        const code = fs.readFileSync(file, 'utf8');
        await withApp(async (app) => {
          const stop = options.json ? () => undefined : spinner(`Judging ${path.basename(file)} against ${options.problem}`);
          let submission;
          try {
            submission = await app.submissions.create({ problemId: options.problem, lang, code, mode: options.run ? 'run' : 'submit' });
          } finally {
            stop();
          }
          if (options.json) {
            const { id, verdict, passed, total, tests, timeMs, wallMs, message } = submission;
            printJson({ id, verdict, passed, total, tests, timeMs, wallMs, message });
          } else {
            console.log(renderSubmission(submission));
          }
          if (submission.verdict !== 'accepted') process.exitCode = NOT_ACCEPTED_EXIT_CODE;
        });
      }),
    );

  const problems = program.command('problems').description('list and read the code problems').enablePositionalOptions();
  problems
    .command('list')
    .description('list the code problems with your progress')
    .option('--difficulty <difficulty>', 'easy, medium or hard')
    .option('--search <text>', 'free-text search; best matches first')
    .option('--json', 'print one JSON array')
    .action(
      action(async (options: { difficulty?: string; search?: string; json?: boolean }) =>
        withApp(async (app) => {
          const { json, ...filters } = options;
          const list = await app.problems.list(filters);
          if (json) return printJson(list);
          if (list.length === 0) {
            console.log('No problems match. Loosen a filter or change the search.');
            return;
          }
          console.log(table(list.map((p) => [p.solved ? '✓' : ' ', p.id, p.difficulty, p.kind, p.title])));
          console.log(dim(`\n${list.filter((p) => p.solved).length} of ${list.length} solved. Read one with: tpmprep problems show <id>`));
        }),
      ),
    );
  problems
    .command('show')
    .description('show a problem: statement, signatures, examples and limits')
    .argument('<id>', 'the problem id')
    .option('--lang <lang>', 'print only the starter code in this language (ts, js or py)')
    .option('--json', 'print one JSON document')
    .action(
      action(async (id: string, options: { lang?: string; json?: boolean }) =>
        withApp(async (app) => {
          const problem = await app.problems.get(id);
          if (options.json) return printJson(problem);
          if (options.lang) {
            const starter = problem.starter[options.lang as 'ts' | 'js' | 'py'];
            if (starter === undefined) throw new InvalidInputError(`--lang must be ts, js or py, got "${options.lang}"`);
            process.stdout.write(starter);
            return;
          }
          console.log(`${bold(problem.title)}\n${dim(`${problem.difficulty} · ${problem.kind} · ${problem.id}`)}\n`);
          console.log(problem.statement.trim());
          console.log(`\n${bold('TypeScript')}\n${problem.signature.ts.trimEnd()}\n\n${bold('Python')}\n${problem.signature.py.trimEnd()}`);
          const l = problem.limits;
          console.log(dim(`\nLimits: ${l.timePerTestMs} ms per test, ${l.totalTimeMs} ms in total, ${l.memoryMb} MB, ${l.outputKb} KB of output. ${problem.examples.length} examples, ${problem.hiddenTests} hidden tests.`));
          console.log(dim(problem.comparison));
          console.log(dim(`Start from: tpmprep problems show ${problem.id} --lang py > solution.py`));
        }),
      ),
    );
}
