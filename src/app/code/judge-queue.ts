import { CompiledQuery, type Kysely } from 'kysely';
import { InvalidInputError } from '../../core/errors.js';

/** The pg-boss queue of hosted submissions; pg-boss keeps its tables in its own `pgboss` schema. */
export const JUDGE_QUEUE = 'judge';
/**
 * Where pg-boss moves a judge job that failed every retry (its dead-letter queue), whether its
 * handler threw or its workers died: workers take these too and end the submission as an internal error.
 */
export const GAVE_UP_QUEUE = 'judge-gave-up';
/** A job's data: whose schema the submission is in, and its id there. */
export interface JudgeJob {
  person: number;
  submission: number;
}

/**
 * How long a worker holds a job before it counts as lost (its worker died) and is handed out again.
 * A judge normally answers in well under a second; its hardest limit is 60 s of total test time, so a
 * minute leaves room for that without leaving a killed worker's job waiting long. A job that outlives
 * it is judged again, and the first verdict written wins (see `judgeQueued`).
 */
export const JOB_EXPIRY_SECONDS = { default: 60, min: 1, max: 3600 } as const;
/** Times a lost or failed job is handed out again before it is given up. */
export const JOB_RETRY_LIMIT = 5;
/** How often an idle worker asks for a job (pg-boss's floor is 0.5 s). */
export const WORKER_POLL_SECONDS = 0.5;
/** How often workers look for expired jobs to hand out again. */
export const MAINTENANCE_SECONDS = 2;

/** Runs SQL on a connection the caller chose, such as the transaction that stores the submission. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Hands pg-boss a Kysely database (or transaction) to run its SQL on. */
export function sqlExecutor(kysely: Kysely<unknown>): SqlExecutor {
  return {
    executeSql: async (text, values) => ({ rows: (await kysely.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[] }),
  };
}

/** TPMPREP_JUDGE_EXPIRY_SECONDS, within its limits. */
export function jobExpirySeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TPMPREP_JUDGE_EXPIRY_SECONDS?.trim();
  if (!raw) return JOB_EXPIRY_SECONDS.default;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < JOB_EXPIRY_SECONDS.min || value > JOB_EXPIRY_SECONDS.max) {
    throw new InvalidInputError(
      `TPMPREP_JUDGE_EXPIRY_SECONDS is a whole number of seconds from ${JOB_EXPIRY_SECONDS.min} to ${JOB_EXPIRY_SECONDS.max} (default ${JOB_EXPIRY_SECONDS.default}), not "${raw}"`,
    );
  }
  return value;
}

export interface JudgeQueue {
  /** Adds a job; with `on`, in that transaction, so the job exists exactly when the submission does. */
  send(job: JudgeJob, on?: SqlExecutor): Promise<void>;
  /**
   * Takes jobs one at a time on `concurrency` pollers until stopped; a handler that throws fails the
   * job, to be retried. `gaveUp` is given each job that failed its last retry.
   */
  work(concurrency: number, handler: (job: JudgeJob) => Promise<void>, gaveUp: (job: JudgeJob) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Opens the queue over an open PostgreSQL database (its connections are shared, not duplicated).
 * `supervise` turns on pg-boss's maintenance, which hands out again the jobs of workers that died:
 * workers run it; app servers only send.
 */
export async function openJudgeQueue(kysely: Kysely<unknown>, options: { supervise: boolean; expirySeconds?: number }): Promise<JudgeQueue> {
  const expireInSeconds = options.expirySeconds ?? jobExpirySeconds();
  // Loaded here, not at the top: only hosted servers and workers use the queue, and pg-boss brings the pg driver.
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({
    db: sqlExecutor(kysely),
    supervise: options.supervise,
    schedule: false,
    migrate: true,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
  });
  boss.on('error', (error: Error) => console.error(`judge queue: ${error.message}`));
  await boss.start();
  const gaveUpOptions = { name: GAVE_UP_QUEUE, expireInSeconds, retryLimit: JOB_RETRY_LIMIT, retryDelay: 0, retentionMinutes: 60 };
  const queueOptions = { ...gaveUpOptions, name: JUDGE_QUEUE, deadLetter: GAVE_UP_QUEUE };
  for (const options of [gaveUpOptions, queueOptions]) {
    if (!(await boss.getQueue(options.name))) {
      // Two processes starting together may both create it: the loser finds it made.
      await boss.createQueue(options.name, options).catch(async (error: unknown) => {
        if (!(await boss.getQueue(options.name))) throw error;
      });
    }
    await boss.updateQueue(options.name, options);
  }
  return {
    async send(job, on) {
      await boss.send(JUDGE_QUEUE, job, { expireInSeconds, retryLimit: JOB_RETRY_LIMIT, retryDelay: 0, ...(on ? { db: on } : {}) });
    },
    async work(concurrency, handler, gaveUp) {
      for (let i = 0; i < concurrency; i++) {
        await boss.work<JudgeJob>(JUDGE_QUEUE, { batchSize: 1, pollingIntervalSeconds: WORKER_POLL_SECONDS }, async ([job]) => {
          if (job) await handler(job.data);
        });
      }
      await boss.work<JudgeJob>(GAVE_UP_QUEUE, { batchSize: 1, pollingIntervalSeconds: WORKER_POLL_SECONDS }, async ([job]) => {
        if (job) await gaveUp(job.data);
      });
    },
    async stop() {
      await boss.stop({ close: false, graceful: true, timeout: 5_000, wait: true });
    },
  };
}
