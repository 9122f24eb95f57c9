import type { Command } from 'commander';
import { action } from '../output.js';

/** Hosted mode's judge: takes queued submissions from PostgreSQL and writes their verdicts. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('hosted mode: judge queued submissions (run one or more on any machine that reaches DATABASE_URL)')
    .option('--concurrency <n>', 'submissions judged at once by this process (default 2, at most 16)')
    .action(
      action(async (options: { concurrency?: string }) => {
        const { databaseUrl } = await import('../../app/settings/config.js');
        const { InvalidInputError } = await import('../../core/errors.js');
        const { openContent, startJudgeWorker, workerConcurrency, jobExpirySeconds } = await import('../../app/index.js');
        const concurrency = workerConcurrency(options.concurrency);
        const url = databaseUrl();
        if (!url) {
          throw new InvalidInputError('the judge worker reads its jobs from PostgreSQL: set DATABASE_URL=postgres://user:password@host/tpmprep, the same as the app servers use');
        }
        const expirySeconds = jobExpirySeconds();
        const worker = await startJudgeWorker({
          databaseUrl: url,
          loadContent: () => openContent(),
          concurrency,
          expirySeconds,
          onJob: (job, outcome, ms) => console.log(`submission ${job.submission} of person ${job.person}: ${outcome} (${Math.round(ms)} ms)`),
          onReady: (ms) => console.log(`judge worker ${process.pid}: sandboxes ready (${Math.round(ms)} ms)`),
        });
        console.log(`judge worker ${process.pid} is taking jobs (${concurrency} at once; a job held over ${expirySeconds} s goes to another worker)`);
        const stop = async () => {
          // A stuck sandbox must not keep the process alive: its job is retried elsewhere anyway.
          setTimeout(() => process.exit(0), 10_000).unref();
          await worker.stop();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      }),
    );
}
