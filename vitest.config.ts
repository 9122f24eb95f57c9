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

export default defineConfig({
  resolve: { alias: { '@shared': path.resolve(import.meta.dirname, 'src/shared') } },
  test: {
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    globalSetup: ['test/postgres/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'postgres', include: STORE_TESTS, env: { TPMPREP_TEST_STORE: 'postgres' } } },
    ],
  },
});
