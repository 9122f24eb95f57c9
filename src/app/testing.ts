import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultContentRoot, type Content, type Question } from '../content/index.js';
import { loadContentCached } from '../content/cache.js';
import { openPostgresDb, openSqliteDb, type Db } from '../store/index.js';
import { createApp, type App } from './app.js';
import { coachOperations, type CoachResult } from './coach/coach.js';

let sharedContent: Content | undefined;

/** One parsed-content cache for every test, in process and in the CLI commands the tests run (TPMPREP_CACHE_DIR). */
export const TEST_CACHE = path.join(os.tmpdir(), 'tpmprep-test-cache');

/**
 * The shipped content, as the CLI and the server read it: parsed from the files once, then read
 * from a copy that is used only while no content file has changed (content/cache.ts). The test files
 * that run in processes of their own would otherwise each spend a second and a half parsing it. The
 * copy is the one the CLI tests' commands use.
 */
function testContent(): Content {
  return (sharedContent ??= loadContentCached(defaultContentRoot(), path.join(TEST_CACHE, 'content.json')));
}

/**
 * An app over the real content and a real SQLite file in a fresh temporary folder, or over `db` when
 * given (a PostgreSQL database, for the tests that run on both stores).
 */
export async function openTestApp(options: { now?: () => Date; db?: Db; mode?: 'local' | 'hosted' } = {}): Promise<App & { dir: string }> {
  const content = testContent();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-test-'));
  const db = options.db ?? (await openTestDb(dir));
  const app = createApp({ db, content, now: options.now, ...(options.mode ? { mode: options.mode } : {}) });
  return {
    ...app,
    dir,
    close: async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The store the app tests run on: a SQLite file in `dir`, or, when the run sets
 * TPMPREP_TEST_STORE=postgres (the `postgres` test project), a fresh database on the run's cluster.
 */
async function openTestDb(dir: string): Promise<Db> {
  if (process.env.TPMPREP_TEST_STORE !== 'postgres') return openSqliteDb(path.join(dir, 'tpmprep.sqlite'));
  const { createTestDatabase } = await import('../../test/postgres/databases.js');
  return openPostgresDb(await createTestDatabase());
}

/** A fixed clock that advances one second per call, for stable ordering. */
export function steppingClock(startIso: string): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

let sharedCoach: ReturnType<typeof coachOperations> | undefined;

/** The coach as the app runs it: against a bank question and the whole bank, no database needed. */
export function coachOn(questionId: string, text: string): CoachResult {
  const content = testContent();
  const get = (id: string): Question => {
    const question = content.questions.find((q) => q.id === id);
    if (!question) throw new Error(`no question ${id}`);
    return question;
  };
  sharedCoach ??= coachOperations(get, undefined, () => content.questions);
  return sharedCoach.analyze({ questionId, text });
}

/** A question's model outline as one text, to paste as an answer. */
export function outlineOf(questionId: string): string {
  return testContent().questions.find((q) => q.id === questionId)?.outline.join(' ') ?? '';
}
