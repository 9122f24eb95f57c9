import type { Kysely } from 'kysely';
import type { Content } from '../../content/index.js';
import { InvalidInputError } from '../../core/errors.js';
import { createJudge, type Judge } from '../../judge/index.js';
import { openPersonDb, openPostgresDb } from '../../store/index.js';
import { createApp, type App } from '../app.js';
import { openJudgeQueue, type JudgeJob } from './judge-queue.js';

/** Jobs one worker process judges at once: a default and a hard maximum. */
export const WORKER_CONCURRENCY = { default: 2, max: 16 } as const;

export function workerConcurrency(raw: string | undefined): number {
  if (raw === undefined) return WORKER_CONCURRENCY.default;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > WORKER_CONCURRENCY.max) {
    throw new InvalidInputError(`--concurrency is a whole number from 1 to ${WORKER_CONCURRENCY.max} (default ${WORKER_CONCURRENCY.default}), not "${raw}"`);
  }
  return value;
}

export interface JudgeWorker {
  stop(): Promise<void>;
}

/**
 * A judge worker: takes submission jobs from the queue, judges each with the same judge as the local
 * app, and writes its verdict into the person's schema. It keeps nothing that another worker needs:
 * kill it at any moment and its job is handed to another worker once the job expires.
 */
export async function startJudgeWorker(options: {
  databaseUrl: string;
  /** Loads the content (after the database answered, so a wrong DATABASE_URL fails at once). */
  loadContent: () => Content;
  concurrency: number;
  expirySeconds?: number;
  /** Told about each job as it ends; the CLI prints it. */
  onJob?: (job: JudgeJob, outcome: string, ms: number) => void;
  /** Told once every sandbox has started, with how long that took; the CLI prints it. */
  onReady?: (ms: number) => void;
}): Promise<JudgeWorker> {
  const server = await openPostgresDb(options.databaseUrl);
  const content = options.loadContent();
  let judge: Judge | undefined;
  const sharedJudge = () => (judge ??= createJudge());
  const apps = new Map<number, Promise<App>>();
  const appFor = (person: number) => {
    let app = apps.get(person);
    if (!app) {
      app = openPersonDb(server, person).then((db) => createApp({ db, content, mode: 'hosted', sharedJudge }));
      app.catch(() => apps.delete(person));
      apps.set(person, app);
    }
    return app;
  };
  let queue;
  try {
    queue = await openJudgeQueue(server.kysely as Kysely<unknown>, { supervise: true, ...(options.expirySeconds ? { expirySeconds: options.expirySeconds } : {}) });
  } catch (error) {
    await server.close();
    throw error;
  }
  // Start the sandboxes now rather than at the first job (Pyodide takes seconds); jobs meanwhile wait in the judge's queue.
  const warming = performance.now();
  void sharedJudge()
    .warmUp()
    .then(() => options.onReady?.(performance.now() - warming))
    .catch((error: unknown) => console.error(`judge warm-up failed: ${(error as Error).message}`));
  await queue.work(options.concurrency, async (job) => {
    const started = performance.now();
    try {
      const outcome = await (await appFor(job.person)).submissions.judgeQueued(job.submission);
      options.onJob?.(job, outcome, performance.now() - started);
    } catch (error) {
      options.onJob?.(job, `failed: ${(error as Error).message}`, performance.now() - started);
      throw error;
    }
  }, async (job) => {
    const started = performance.now();
    const outcome = await (await appFor(job.person)).submissions.giveUpJudging(job.submission);
    options.onJob?.(job, outcome === 'given up' ? 'failed on every try, ended as an internal error' : outcome, performance.now() - started);
  });
  return {
    async stop() {
      await queue.stop();
      await judge?.close();
      await server.close();
    },
  };
}
