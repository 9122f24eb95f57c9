import type { Command } from 'commander';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

interface ReviewOptions {
  deck?: string;
  area?: string;
  limit?: string;
  json?: boolean;
}

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('review the flashcards due now, in the terminal (Enter shows the answer, 1-4 rates it, q quits)')
    .option('--deck <id>', 'only this deck (tpmprep flashcards list shows the ids)')
    .option('--area <area>', 'only cards in this review area')
    .option('--limit <n>', 'at most this many cards (default 50)')
    .option('--json', 'print a summary of the session as one JSON document; the cards go to stderr')
    .action(
      action(async (options: ReviewOptions) =>
        withApp(async (app) => {
          const { runReviewSession } = await import('../review-session.js');
          const summary = await runReviewSession(app, {
            deck: options.deck,
            area: options.area,
            limit: options.limit,
            out: options.json ? process.stderr : process.stdout,
          });
          if (options.json) printJson(summary);
        }),
      ),
    );
}
