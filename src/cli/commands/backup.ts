import type { Command } from 'commander';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('copy the database into the data folder\'s backups/ now (the server also makes one a day); the last 7 are kept')
    .option('--list', 'list the backups instead, oldest first')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { list?: boolean; json?: boolean }) =>
        withApp(async (app) => {
          if (options.list) {
            const backups = app.backups.list();
            if (options.json) printJson({ backups });
            else if (backups.length === 0) console.log('No backups yet. Make one with: tpmprep backup');
            else for (const b of backups) console.log(`${b.file}  ${b.bytes} bytes`);
            return;
          }
          const made = await app.backups.create();
          if (options.json) printJson(made);
          else console.log(`backed up to ${made.file}\nrestore it with: tpmprep restore "${made.file}"`);
        }),
      ),
    );
}
