import type { Command } from 'commander';
import { action, dim, printJson, table } from '../output.js';
import { withApp } from '../open-app.js';

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function registerAttempts(program: Command): void {
  const attempts = program.command('attempts').description('your saved practice answers').enablePositionalOptions();
  attempts
    .command('list')
    .description('list your answers, newest first')
    .option('--question <id>', 'only answers to this question')
    .option('--limit <n>', 'at most this many (default 100)')
    .option('--json', 'print one JSON array')
    .action(
      action(async (options: { question?: string; limit?: string; json?: boolean }) =>
        withApp(async (app) => {
          const list = await app.attempts.list({ ...(options.question && { questionId: options.question }), ...(options.limit && { limit: options.limit }) });
          if (options.json) return printJson(list);
          if (list.length === 0) {
            console.log('No answers yet. Answer one with: tpmprep practice');
            return;
          }
          console.log(table([['id', 'when', 'time', 'score', 'question'], ...list.map((a) => [String(a.id), a.createdAt.slice(0, 16).replace('T', ' '), minutes(a.seconds), a.analysis ? String(a.analysis.score) : '-', a.questionTitle])]));
          console.log(dim(`\n${list.length} answer${list.length === 1 ? '' : 's'}. Read one with: tpmprep attempts show <id>`));
        }),
      ),
    );
  attempts
    .command('show')
    .description('show one answer with the coach\'s analysis')
    .argument('<id>', 'the attempt id (tpmprep attempts list)')
    .option('--json', 'print one JSON document')
    .action(
      action(async (id: string, options: { json?: boolean }) =>
        withApp(async (app) => {
          const attempt = await app.attempts.get(Number(id));
          if (options.json) return printJson(attempt);
          const { renderCoach } = await import('../render-coach.js');
          console.log(`${attempt.questionTitle} ${dim(`· attempt ${attempt.id} · ${attempt.createdAt} · ${minutes(attempt.seconds)}`)}\n\n${attempt.answer}\n`);
          if (attempt.analysis) console.log(renderCoach(attempt.analysis, attempt.answer));
        }),
      ),
    );
}
