import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { InvalidInputError, StorageError } from '../core/errors.js';
import { createJudge, type Judge } from '../judge/index.js';
import { openPersonDb } from '../store/index.js';
import { accountOperations, type Account, type AccountOperations } from './accounts/accounts.js';
import { migrateAccounts } from './accounts/migrations.js';
import { createApp, type App } from './app.js';
import { openJudgeQueue } from './code/judge-queue.js';
import { llmConfigFromEnv } from './coach/coach.js';
import type { AccountTables } from './accounts/migrations.js';
import { cohortOperations, type CohortOperations } from './cohort/cohort.js';
import { reviewEvidence } from './cohort/reviews.js';
import { migratePeer } from './peer/migrations.js';
import { peerOperations, type PeerOperations } from './peer/peer.js';
import { peerSource } from './peer/peer-evidence.js';
import { dataHome } from './settings/config.js';

export interface HostedConfig {
  /** Where people open the deployment, as the reverse proxy serves it: https://tpm.example.com */
  publicUrl: string;
  /** Seconds a worker may hold a judge job before it is handed out again (TPMPREP_JUDGE_EXPIRY_SECONDS). */
  judgeExpirySeconds?: number;
  /**
   * Where recorded answers are kept, one folder per person (TPMPREP_AUDIO_DIR; default audio/ in the
   * data folder). Several app processes must share it, as they share the database.
   */
  audioFolder?: string;
}

/**
 * Hosted mode is on with TPMPREP_HOSTED=1, and then needs DATABASE_URL (PostgreSQL) and
 * TPMPREP_PUBLIC_URL. Unset, tpmprep is the local single-person app.
 */
export function hostedConfig(env: NodeJS.ProcessEnv = process.env): HostedConfig | undefined {
  const flag = env.TPMPREP_HOSTED?.trim();
  if (!flag || flag === '0') return undefined;
  if (flag !== '1') throw new InvalidInputError(`TPMPREP_HOSTED is 1 for hosted mode or unset for the local app, not "${flag}"`);
  const missing = ['DATABASE_URL', 'TPMPREP_PUBLIC_URL'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new InvalidInputError(
      `hosted mode (TPMPREP_HOSTED=1) needs ${missing.join(' and ')}: DATABASE_URL=postgres://user:password@host/tpmprep and TPMPREP_PUBLIC_URL=https://the.address.people.open`,
    );
  }
  let url: URL;
  try {
    url = new URL(env.TPMPREP_PUBLIC_URL?.trim() ?? '');
  } catch {
    throw new InvalidInputError(`TPMPREP_PUBLIC_URL must be a URL such as https://tpm.example.com, not "${env.TPMPREP_PUBLIC_URL}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
    throw new InvalidInputError(`TPMPREP_PUBLIC_URL must be an http or https origin with no path, such as https://tpm.example.com, not "${env.TPMPREP_PUBLIC_URL}"`);
  }
  const audio = env.TPMPREP_AUDIO_DIR?.trim();
  if (audio && !path.isAbsolute(audio)) throw new InvalidInputError(`TPMPREP_AUDIO_DIR is the full path of a folder every app process shares, not "${audio}"`);
  return { publicUrl: url.origin, ...(audio ? { audioFolder: audio } : {}) };
}

export interface HostedRuntime {
  publicUrl: string;
  accounts: AccountOperations;
  /** Coaches reading and reviewing their cohort's answers. */
  cohort: CohortOperations;
  /** The app of the person signed in to the current request; the base app outside a request. */
  requestApp: App;
  /** Runs `body` with `person`'s app as the request app. */
  runAs<T>(person: App, body: () => T): T;
  appFor(account: Account): Promise<App>;
  /** Peer mocks between candidates of a cohort (shared schema). */
  peer: PeerOperations;
  close(): Promise<void>;
}

/**
 * What a hosted deployment adds to the base app: accounts in the server's public schema, and one app
 * per person over their own schema (cached; they share the server's connections and one judge).
 */
export async function openHosted(base: App, config: HostedConfig, options: { now?: () => Date } = {}): Promise<HostedRuntime> {
  if (base.db.kind !== 'postgres' || base.db.dataVersion) throw new StorageError('hosted mode keeps its data in PostgreSQL; set DATABASE_URL');
  await migrateAccounts(base.db.kysely as Kysely<unknown>);
  await migratePeer(base.db.kysely as Kysely<unknown>);
  const now = options.now ?? (() => new Date());
  const accounts = accountOperations({ db: base.db, now, publicUrl: config.publicUrl });
  const current = new AsyncLocalStorage<App>();
  let judge: Judge | undefined;
  const sharedJudge = () => (judge ??= createJudge());
  const apps = new Map<number, Promise<App>>();
  const audioRoot = config.audioFolder ?? path.join(dataHome(), 'audio');
  const llm = llmConfigFromEnv();
  // Submissions are judged by `tpmprep worker` processes, so app servers hold no work of their own.
  const judgeQueue = await openJudgeQueue(base.db.kysely as Kysely<unknown>, { supervise: false, ...(config.judgeExpirySeconds ? { expirySeconds: config.judgeExpirySeconds } : {}) });
  const reviewsTable = base.db.kysely as unknown as Kysely<AccountTables>;
  const appFor = (account: Account): Promise<App> => {
    let app = apps.get(account.id);
    if (!app) {
      const moreEvidence = [reviewEvidence(reviewsTable, account.id, base.content), peerSource(peer, account.id, base.content)];
      app = openPersonDb(base.db, account.id).then((db) =>
        createApp({
          db,
          content: base.content,
          now,
          llm,
          mode: 'hosted',
          sharedJudge,
          moreEvidence,
          // Each person's recordings in a folder of their own: an id from someone else's folder is not found.
          audioFolder: path.join(audioRoot, `person-${account.id}`),
          enqueueJudging: (submission, on) => judgeQueue.send({ person: account.id, submission }, on),
        }),
      );
      app.catch(() => apps.delete(account.id));
      apps.set(account.id, app);
    }
    return app;
  };
  const peer = peerOperations({ db: base.db, content: base.content, now, trackOf: async (account) => (await (await appFor(account)).settings.get()).track });
  const requestApp = new Proxy(base, { get: (target, key) => Reflect.get(current.getStore() ?? target, key) }) as App;
  return {
    publicUrl: config.publicUrl,
    accounts,
    requestApp,
    runAs: (person, body) => current.run(person, body),
    appFor,
    cohort: cohortOperations({ k: reviewsTable, accounts, appFor, content: base.content, now }),
    peer,
    async close() {
      await judgeQueue.stop();
      await judge?.close();
    },
  };
}
