import type { Command } from 'commander';
import { action, dim, printJson } from '../output.js';
import { withApp } from '../open-app.js';
import type { ChecklistEntry } from '../../app/readiness/checklist.js';

function show(items: ChecklistEntry[]): void {
  for (const item of items) console.log(`${item.done ? '[x]' : '[ ]'} ${item.title} ${dim(`(${item.id})`)}`);
  const done = items.filter((i) => i.done).length;
  console.log(dim(`\n${done} of ${items.length} done. Tick one with: tpmprep checklist done <id>`));
}

export function registerChecklist(program: Command): void {
  const checklist = program
    .command('checklist')
    .description('show the preparation checklist, or tick items off (done/undo)')
    .enablePositionalOptions()
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean }) =>
        withApp(async (app) => {
          const items = await app.checklist.list();
          if (options.json) printJson(items);
          else show(items);
        }),
      ),
    );
  for (const [name, done, description] of [
    ['done', true, 'mark a checklist item as done'],
    ['undo', false, 'mark a checklist item as not done'],
  ] as const) {
    checklist
      .command(name)
      .description(description)
      .argument('<id>', 'the item id, as `tpmprep checklist` shows it')
      .option('--json', 'print the item as JSON')
      .action(
        action(async (id: string, options: { json?: boolean }) =>
          withApp(async (app) => {
            const item = await app.checklist.set({ id, done });
            if (options.json) printJson(item);
            else console.log(`${item.done ? '[x]' : '[ ]'} ${item.title}`);
          }),
        ),
      );
  }
}
