import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres/databases.js';
import { cliSandbox } from './cli-sandbox.js';
import { runCli } from './run-cli.js';

const { home } = cliSandbox('postgres');
const run = (url: string, ...args: string[]) => runCli(args, { home, env: { DATABASE_URL: url } });
const withPostgres = inject('postgresUrl') ? describe : describe.skip;

withPostgres('DATABASE_URL chooses PostgreSQL', () => {
  it('keeps the data in the PostgreSQL database, not in a SQLite file', async () => {
    const url = await createTestDatabase();
    const done = run(url, 'checklist', 'done', 'practice-star', '--json');
    expect([done.status, done.stderr]).toEqual([0, '']);
    const listed = JSON.parse(run(url, 'checklist', '--json').stdout) as Array<{ id: string; done: boolean }>;
    expect(listed.filter((i) => i.done).map((i) => i.id)).toEqual(['practice-star']);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('select item_id from checklist');
    await client.end();
    expect(rows).toEqual([{ item_id: 'practice-star' }]);
  });
});

describe('a DATABASE_URL that cannot be used', () => {
  it('says the server cannot be reached, without the password and without a stack trace', () => {
    const result = run('postgres://tpm:s3cret@127.0.0.1:1/tpmprep', 'checklist', '--json');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('cannot reach the PostgreSQL server at postgres://tpm:***@127.0.0.1:1/tpmprep (ECONNREFUSED); check that it is running and that DATABASE_URL names the right host and port');
    expect(result.stderr).not.toContain('s3cret');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an address that is not PostgreSQL', () => {
    const result = run('mysql://root@localhost/tpmprep', 'checklist');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('DATABASE_URL must start with postgres:// (it is mysql://root@localhost/tpmprep); for the embedded SQLite file, leave DATABASE_URL unset');
  });
});
