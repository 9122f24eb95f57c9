import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** App tests that exercise the store through the app's operations: they run on SQLite and again on PostgreSQL. */
const STORE_TESTS = [
  'src/store/store-contract.test.ts',
  'src/app/stories/stories.test.ts',
  'src/app/flashcards/flashcards.test.ts',
  'src/app/mocks/mocks.test.ts',
  'src/app/readiness/plan.test.ts',
  'src/app/readiness/readiness.test.ts',
  'src/app/exercises/exercises.test.ts',
];

/**
 * In-process tests of the app's layers: they share one process per worker (no re-import per file), so
 * the content and the coach load once. Tests that start processes or servers, or change the environment,
 * stay isolated.
 */
const IN_PROCESS = ['src/app', 'src/calc', 'src/coach', 'src/content', 'src/core', 'src/shared', 'src/store'].map((dir) => `${dir}/**/*.test.ts`);

export default defineConfig({
  resolve: { alias: { '@shared': path.resolve(import.meta.dirname, 'src/shared') } },
  test: {
    pool: 'forks',
    // Most test time waits on child processes (the CLI, the judge's sandboxes, Chromium), so two
    // cores keep three files going.
    maxWorkers: 3,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    globalSetup: ['test/postgres/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'app', include: IN_PROCESS, isolate: false } },
      // Tests that start the CLI or servers as processes: several spawns in one test need more than 20 s on a busy machine.
      { extends: true, test: { name: 'sqlite', include: ['src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'], exclude: IN_PROCESS, testTimeout: 60_000 } },
      { extends: true, test: { name: 'postgres', include: STORE_TESTS, isolate: false, env: { TPMPREP_TEST_STORE: 'postgres' } } },
    ],
  },
});
