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

withPostgres('tpmprep users in hosted mode', () => {
  it('invites a coach, gives and takes away cohorts, and names what is wrong', async () => {
    const url = await createTestDatabase();
    const hosted = (...args: string[]) => runCli(args, { home, env: { DATABASE_URL: url, TPMPREP_HOSTED: '1', TPMPREP_PUBLIC_URL: 'https://prep.example.org' } });
    const added = hosted('users', 'add', '--email', 'coach@example.org', '--role', 'coach', '--cohort', 'spring', '--json');
    expect([added.status, added.stderr]).toEqual([0, '']);
    expect(JSON.parse(added.stdout)).toMatchObject({ email: 'coach@example.org', role: 'coach', cohort: 'spring' });
    const more = hosted('users', 'cohorts', '--email', 'coach@example.org', '--add', 'autumn', '--add', 'winter', '--json');
    expect([more.status, JSON.parse(more.stdout)]).toEqual([0, { email: 'coach@example.org', role: 'coach', cohorts: ['autumn', 'spring', 'winter'] }]);
    const fewer = hosted('users', 'cohorts', '--email', 'coach@example.org', '--remove', 'spring');
    expect([fewer.status, fewer.stdout]).toEqual([0, 'coach@example.org coaches autumn, winter\n']);
    const nobody = hosted('users', 'cohorts', '--email', 'nobody@example.org', '--add', 'autumn');
    expect([nobody.status, nobody.stderr]).toEqual([3, 'error: no account for nobody@example.org; invite them first: tpmprep users add --email nobody@example.org --role coach\n']);
    const local = runCli(['users', 'cohorts', '--email', 'coach@example.org', '--add', 'x'], { home, env: { DATABASE_URL: url } });
    expect([local.status, local.stderr]).toEqual([2, 'error: accounts exist in hosted mode only: set TPMPREP_HOSTED=1, DATABASE_URL and TPMPREP_PUBLIC_URL\n']);
  });
});
