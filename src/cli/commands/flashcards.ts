import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { App } from '../../app/index.js';
import { InvalidInputError } from '../../core/errors.js';
import { action, bold, dim, printJson, table } from '../output.js';
import { withApp } from '../open-app.js';

type Json = { json?: boolean };

/** `--json` may sit before or after the subcommand (`flashcards --json stats`): commander gives it to either. */
const wantsJson = (command: Command): boolean => Boolean((command.optsWithGlobals() as Json).json);

async function showDecks(app: App, json?: boolean): Promise<void> {
  const { decks, totals } = await app.flashcards.decks();
  if (json) return printJson({ decks, totals });
  const row = (id: string, c: typeof totals, title: string) => [id, `${c.due} due`, `${c.newToday} new`, `${c.learning} learning`, `${c.learned}/${c.total} learned`, title];
  console.log(table([...decks.map((d) => row(d.id, d, d.title)), row('all decks', totals, '')]));
  console.log(dim('\nReview with: tpmprep review [--deck <id>]'));
}

function percent(rate: number | null): string {
  return rate === null ? 'no reviews yet' : `${Math.round(rate * 1000) / 10}%`;
}

export function registerFlashcards(program: Command): void {
  const flashcards = program
    .command('flashcards')
    .description('flashcard decks, stats, settings and an Anki export (review them with tpmprep review)')
    .option('--json', 'print one JSON document')
    .action(action(async (options: Json) => withApp((app) => showDecks(app, options.json))));

  flashcards
    .command('list')
    .description('list the decks with due, new and learned counts')
    .option('--json', 'print one JSON document')
    .action(action(async (_options: Json, command: Command) => withApp((app) => showDecks(app, wantsJson(command)))));

  flashcards
    .command('stats')
    .description('reviews today, retention over the last 30 days, cards learned per area')
    .option('--json', 'print one JSON document')
    .action(
      action(async (_options: Json, command: Command) =>
        withApp(async (app) => {
          const stats = await app.flashcards.stats();
          if (wantsJson(command)) return printJson(stats);
          const { retention } = stats;
          console.log(`${bold('Reviews today:')} ${stats.reviewsToday}`);
          console.log(`${bold(`Retention, last ${retention.days} days:`)} ${percent(retention.rate)}${retention.reviews > 0 ? dim(` (${retention.recalled} of ${retention.reviews} review cards recalled)`) : ''}`);
          console.log(`${bold('Learned:')} ${stats.learned} of ${stats.total} cards\n`);
          console.log(table(stats.areas.map((a) => [a.title, `${a.learned}/${a.total}`])));
        }),
      ),
    );

  flashcards
    .command('export')
    .description('write the cards to a file Anki imports (File > Import, note type Basic)')
    .argument('<file>', 'where to write, e.g. tpmprep.txt')
    .option('--deck <id>', 'only this deck')
    .option('--json', 'print one JSON document')
    .action(
      action(async (file: string, options: Json & { deck?: string }, command: Command) =>
        withApp(async (app) => {
          const exported = app.flashcards.exportAnki({ deck: options.deck });
          const target = path.resolve(file);
          if (!fs.existsSync(path.dirname(target))) throw new InvalidInputError(`no folder ${path.dirname(target)}; create it or write the file elsewhere`);
          fs.writeFileSync(target, exported.text);
          if (wantsJson(command)) return printJson({ file: target, cards: exported.cards });
          console.log(`Wrote ${exported.cards} cards to ${target}.`);
          console.log(dim('In Anki (2.1.55 or newer): File > Import, pick the file, choose the Basic note type, Import.'));
        }),
      ),
    );

  flashcards
    .command('settings')
    .description('show or change the desired retention and the new cards per day')
    .option('--retention <r>', 'desired retention, 0.7-0.99 (default 0.9); higher means more reviews')
    .option('--new-per-day <n>', 'new cards per day (default 20)')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: Json & { retention?: string; newPerDay?: string }, command: Command) =>
        withApp(async (app) => {
          const changes = {
            ...(options.retention !== undefined && { desiredRetention: Number(options.retention) }),
            ...(options.newPerDay !== undefined && { newCardsPerDay: Number(options.newPerDay) }),
          };
          const settings = Object.keys(changes).length > 0 ? await app.flashcards.settings.set(changes) : await app.flashcards.settings.get();
          if (wantsJson(command)) return printJson(settings);
          console.log(`Desired retention: ${settings.desiredRetention}\nNew cards per day: ${settings.newCardsPerDay}`);
        }),
      ),
    );
}
