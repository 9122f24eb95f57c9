// A fresh PostgreSQL database per test, on the run's throwaway cluster (see global-setup.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export const postgresUrl = (): string => inject('postgresUrl');

/** Creates an empty database and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const server = postgresUrl();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
