import type { Command } from 'commander';
import { action, dim, printJson, table } from '../output.js';
import { withApp } from '../open-app.js';

const show = (value: unknown) => (value === null ? 'none' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function registerSettings(program: Command): void {
  const settings = program
    .command('settings')
    .description('show or change your settings (theme, track, level, interview date, hours, model, flashcards)')
    .enablePositionalOptions()
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean }) =>
        withApp(async (app) => {
          const view = await app.settings.get();
          if (options.json) return printJson(view);
          const { SETTING_KEY_NAMES } = await import('../../app/settings/settings.js');
          const rows = await Promise.all(SETTING_KEY_NAMES.map(async (key) => [key, show(await app.settings.getKey(key))]));
          console.log(table(rows));
          console.log(dim(`\nData folder: ${view.data.folder ?? view.data.database}`));
          console.log(dim('Change one with: tpmprep settings set <key> <value> ("none" clears an optional one)'));
        }),
      ),
    );
  settings
    .command('get')
    .description('print one setting')
    .argument('<key>', 'e.g. track, interviewDate, llm.model, flashcards.newCardsPerDay')
    .option('--json', 'print the value as JSON')
    .action(
      action(async (key: string, options: { json?: boolean }) =>
        withApp(async (app) => {
          const value = await app.settings.getKey(key);
          if (options.json) return printJson({ key, value });
          console.log(show(value));
        }),
      ),
    );
  settings
    .command('set')
    .description('change one setting; "none" clears an optional one')
    .argument('<key>', 'e.g. theme, track, level, weeks, hoursPerWeek, llm.baseUrl')
    .argument('<value>', 'the new value')
    .option('--json', 'print every setting after the change')
    .action(
      action(async (key: string, value: string, options: { json?: boolean }) =>
        withApp(async (app) => {
          const view = await app.settings.setKey(key, value);
          if (options.json) return printJson(view);
          console.log(`${key} = ${show(await app.settings.getKey(key))}`);
        }),
      ),
    );
}
