import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('load a `tpmprep export` document, all or nothing; into an empty data folder unless --replace')
    .argument('<file>', 'the JSON document `tpmprep export` wrote')
    .option('--replace', 'replace all your current data with the document')
    .option('--json', 'print the counts as JSON')
    .action(
      action(async (file: string, options: { replace?: boolean; json?: boolean }) => {
        const full = path.resolve(file);
        if (!fs.existsSync(full)) throw new NotFoundError(`no file ${full}; give the file \`tpmprep export --out FILE\` wrote`);
        let document: unknown;
        try {
          document = JSON.parse(fs.readFileSync(full, 'utf8'));
        } catch (error) {
          throw new InvalidInputError(`${full} is not JSON (${(error as Error).message}); give the file \`tpmprep export --out FILE\` wrote`);
        }
        await withApp(async (app) => {
          const result = await app.data.import(document, { replace: options.replace });
          if (options.json) printJson(result);
          else console.log(`imported ${Object.values(result.imported).reduce((a, b) => a + b, 0)} rows from ${full}${result.replaced ? ', replacing what was there' : ''}`);
        });
      }),
    );
}
