import type { Command } from 'commander';
import { action, dim, printJson, table } from '../output.js';
import { withApp } from '../open-app.js';
import { renderHeader, renderReview } from '../render-question.js';

interface ListOptions {
  skill?: string;
  area?: string;
  stage?: string;
  type?: string;
  difficulty?: string;
  track?: string;
  competency?: string;
  search?: string;
  attempted?: string;
  json?: boolean;
}

export function registerQuestions(program: Command): void {
  const questions = program.command('questions').description('list, search and read the question bank');
  questions
    .command('list')
    .description('list questions, filtered and searched')
    .option('--skill <skill>', 'only questions that test this skill')
    .option('--area <area>', 'only questions in this review area')
    .option('--stage <stage>', 'only questions asked at this interview stage')
    .option('--type <type>', 'only questions of this type')
    .option('--difficulty <difficulty>', 'easy, medium or hard')
    .option('--track <track>', 'only questions for this job: product or program, or all (default: the track in your settings)')
    .option('--competency <competency>', 'only questions on this program competency (execution, risk, dependencies, stakeholders, technical-judgement)')
    .option('--search <text>', 'free-text search; best matches first')
    .option('--attempted <yes|no>', 'only questions you have (yes) or have not (no) attempted')
    .option('--json', 'print one JSON array')
    .action(
      action(async (options: ListOptions) =>
        withApp(async (app) => {
          const { json, ...filters } = options;
          const { questions: found, track } = await app.questions.browse(filters);
          if (json) {
            return printJson(
              found.map(({ id, title, type, skills, areas, stages, difficulty, minutes, tracks, competencies }) => ({
                id, title, type, skills, areas, stages, difficulty, minutes, tracks, competencies,
              })),
            );
          }
          if (found.length === 0) {
            console.log('No questions match. Loosen a filter or change the search.');
            return;
          }
          console.log(table(found.map((q) => [q.id, q.type, q.difficulty, `${q.minutes}m`, q.attempts > 0 ? `${q.attempts}x` : '', q.title])));
          console.log(dim(`\n${found.length} question${found.length === 1 ? '' : 's'}${track ? ` on the ${track} track (--track all lists every track)` : ''}. Read one with: tpmprep questions show <id>`));
        }),
      ),
    );
  questions
    .command('show')
    .description('show a question with its rubric, model outline, follow-ups and pitfalls')
    .argument('<id>', 'the question id')
    .option('--json', 'print one JSON document')
    .action(
      action(async (id: string, options: { json?: boolean }) =>
        withApp(async (app) => {
          const question = app.questions.get(id);
          if (options.json) return printJson(question);
          console.log(`${renderHeader(question)}\n\n${renderReview(question)}`);
        }),
      ),
    );
}
