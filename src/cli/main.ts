import { Command } from 'commander';
import { packageVersion } from '../app/version.js';
import { registerChecklist } from './commands/checklist.js';
import { registerContent } from './commands/content.js';
import { registerGuide } from './commands/guide.js';
import { registerQuestions } from './commands/questions.js';
import { registerPractice } from './commands/practice.js';
import { registerServe } from './commands/serve.js';

// Command modules only declare their options; each loads the heavy parts (content, database) when run.
const program = new Command()
  .name('tpmprep')
  .description('Practise for Technical Product Manager interviews, on your own machine.')
  .version(packageVersion(), '-v, --version')
  .showHelpAfterError('(run with --help for usage)');

registerServe(program);
registerGuide(program);
registerChecklist(program);
registerQuestions(program);
registerPractice(program);
registerContent(program);

await program.parseAsync(process.argv);
