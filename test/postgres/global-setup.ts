// Vitest global setup: one throwaway PostgreSQL cluster for the whole run, when the server is
// installed (Debian: apt-get install postgresql). Without it the PostgreSQL tests are skipped with a
// warning, except under CI=true, where they must run.
import type { TestProject } from 'vitest/node';
import { postgresBinaries, startCluster, type Cluster } from './cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let cluster: Cluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  const bin = postgresBinaries();
  if (!bin) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL is not installed; the store tests need it under CI (apt-get install postgresql)');
    console.warn('PostgreSQL is not installed (apt-get install postgresql): its store tests are skipped');
    project.provide('postgresUrl', '');
    return;
  }
  cluster = await startCluster(bin);
  project.provide('postgresUrl', cluster.url);
}

export function teardown(): void {
  cluster?.stop();
}
