import { Command } from 'commander';
import { packageVersion } from '../app/version.js';
import { exitCodesHelp } from './output.js';
import { registerAttempts } from './commands/attempts.js';
import { registerBackup } from './commands/backup.js';
import { registerUsers } from './commands/users.js';
import { registerWorker } from './commands/worker.js';
import { registerCalc } from './commands/calc.js';
import { registerChecklist } from './commands/checklist.js';
import { registerCoach } from './commands/coach.js';
import { registerExercises } from './commands/exercises.js';
import { registerCode } from './commands/code.js';
import { registerContent } from './commands/content.js';
import { registerDrill } from './commands/drill.js';
import { registerExport } from './commands/export.js';
import { registerFlashcards } from './commands/flashcards.js';
import { registerGuide } from './commands/guide.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerMock } from './commands/mock.js';
import { registerPlan } from './commands/plan.js';
import { registerProgress } from './commands/progress.js';
import { registerQuestions } from './commands/questions.js';
import { registerPractice } from './commands/practice.js';
import { registerRestore } from './commands/restore.js';
import { registerReview } from './commands/review.js';
import { registerServe } from './commands/serve.js';
import { registerSettings } from './commands/settings.js';
import { registerStories } from './commands/stories.js';
import { registerTranscribe } from './commands/transcribe.js';

// Command modules only declare their options; each loads the heavy parts (content, database) when run.
const program = new Command()
  .name('tpmprep')
  .description('Practise for Technical Product Manager interviews, on your own machine.')
  .version(packageVersion(), '-v, --version')
  .showHelpAfterError('(run with --help for usage)')
  .enablePositionalOptions()
  .addHelpText('after', exitCodesHelp());

registerServe(program);
registerInit(program);
registerSettings(program);
registerGuide(program);
registerChecklist(program);
registerQuestions(program);
registerPractice(program);
registerAttempts(program);
registerCoach(program);
registerTranscribe(program);
registerCode(program);
registerContent(program);
registerReview(program);
registerFlashcards(program);
registerCalc(program);
registerExercises(program);
registerProgress(program);
registerPlan(program);
registerMock(program);
registerStories(program);
registerDrill(program);
registerExport(program);
registerImport(program);
registerBackup(program);
registerUsers(program);
registerWorker(program);
registerRestore(program);

await program.parseAsync(process.argv);
