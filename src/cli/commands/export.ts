import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write all your data (answers, submissions, reviews, plans, mocks, stories, checklist, settings) as one JSON document')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--json', 'with --out, print a JSON summary of what was written')
    .action(
      action(async (options: { out?: string; json?: boolean }) =>
        withApp(async (app) => {
          const document = await app.data.export();
          const text = `${JSON.stringify(document, null, 2)}\n`;
          if (!options.out) {
            process.stdout.write(text);
            return;
          }
          const out = path.resolve(options.out);
          try {
            fs.writeFileSync(out, text);
          } catch (error) {
            throw new InvalidInputError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; choose another --out file`);
          }
          const rows = Object.fromEntries(Object.entries(document.tables).map(([name, list]) => [name, list.length]));
          if (options.json) printJson({ file: out, bytes: Buffer.byteLength(text), version: document.version, rows });
          else console.log(`exported to ${out} (${Object.values(rows).reduce((a, b) => a + b, 0)} rows)`);
        }),
      ),
    );
}
