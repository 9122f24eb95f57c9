import type { Command } from 'commander';
import { action, printJson } from '../output.js';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('replace the database with a backup (stop the server first)')
    .argument('<file>', 'a backup, e.g. one `tpmprep backup --list` shows')
    .option('--json', 'print one JSON document')
    .action(
      action(async (file: string, options: { json?: boolean }) => {
        const { restoreDatabase } = await import('../../app/data/backups.js');
        const { dataHome, databaseFile } = await import('../../app/settings/config.js');
        const result = await restoreDatabase({ from: file, databaseFile: databaseFile(), dataHome: dataHome() });
        if (options.json) printJson(result);
        else console.log(`restored ${result.restored} from ${result.from}${result.previous ? `\nthe database as it was is kept in ${result.previous}` : ''}`);
      }),
    );
}
