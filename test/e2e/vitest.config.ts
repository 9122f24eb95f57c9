import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own server, data folder and Chromium on free ports, so two run side by side;
    // most of their time waits on the browser and the server, not on this process.
    pool: 'forks',
    maxWorkers: 2,
  },
});
