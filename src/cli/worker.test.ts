import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres/databases.js';
import { openHosted, type HostedRuntime } from '../app/hosted.js';
import { openTestApp } from '../app/testing.js';
import { buildServer } from '../server/server.js';
import { openPostgresDb } from '../store/index.js';
import { cliSandbox } from './cli-sandbox.js';
import { PACKAGE_ROOT, runCli } from './run-cli.js';

const withPostgres = inject('postgresUrl') ? describe : describe.skip;
const PUBLIC = 'https://tpm.example.com';
const HOST = { host: 'tpm.example.com' };
/** Short, so a killed worker's job is handed out again within the test. */
const EXPIRY_SECONDS = 6;
const DEDUPE = 'function dedupeEvents(events, windowMs) { const at = new Map(); const out = []; events.forEach(([id, t], i) => { const last = at.get(id); if (last !== undefined && t - last < windowMs) return; at.set(id, t); out.push(i); }); return out; }';
/** Runs until the judge's time limit stops it: slow enough to be caught while running. */
const ENDLESS = 'function dedupeEvents(events, windowMs) { while (true) {} }';
const { home } = cliSandbox('worker');

withPostgres('hosted submissions judged by `tpmprep worker` processes', () => {
  let url: string;
  let base: Awaited<ReturnType<typeof openTestApp>>;
  let hosted: HostedRuntime;
  let server: FastifyInstance;
  let sql: pg.Client;
  const cookies: Record<string, string> = {};
  const workers: ChildProcess[] = [];

  const as = (who: string, method: 'GET' | 'POST', path: string, payload?: object) =>
    server.inject({ method, url: path, headers: { ...HOST, cookie: `tpmprep_session=${cookies[who]}` }, ...(payload ? { payload } : {}) });

  /** Starts a worker process and resolves with it and its output once it takes jobs. */
  const startWorker = (): Promise<{ child: ChildProcess; output: () => string }> => {
    const child = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'tpmprep.js'), 'worker', '--concurrency', '1'], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, TPMPREP_HOME: home, DATABASE_URL: url, TPMPREP_JUDGE_EXPIRY_SECONDS: String(EXPIRY_SECONDS), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    workers.push(child);
    let output = '';
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('is taking jobs')) resolve({ child, output: () => output });
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before taking jobs: ${output}`)));
    });
  };

  /** Polls the submission until it has a verdict, collecting each status it showed. */
  const followSubmission = async (who: string, id: number, until: (status: string) => boolean = (s) => s === 'done') => {
    const seen: string[] = [];
    const deadline = Date.now() + 180_000;
    for (;;) {
      const res = await as(who, 'GET', `/api/submissions/${id}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      if (seen.at(-1) !== body.status) seen.push(body.status);
      if (until(body.status)) return { seen, body };
      if (Date.now() > deadline) throw new Error(`submission ${id} stayed ${body.status}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  };

  beforeAll(async () => {
    url = await createTestDatabase();
    base = await openTestApp({ db: await openPostgresDb(url), mode: 'hosted' });
    hosted = await openHosted(base, { publicUrl: PUBLIC, judgeExpirySeconds: EXPIRY_SECONDS });
    server = buildServer(base, { webRoot: null, hosted });
    await server.ready();
    for (const who of ['ann', 'bo']) {
      const added = await hosted.accounts.addUser({ email: `${who}@example.com`, role: 'candidate' });
      const accepted = await server.inject({ method: 'POST', url: '/api/auth/accept', headers: HOST, payload: { token: added.invitation.token, password: `${who}-password-1` } });
      cookies[who] = /tpmprep_session=([^;]+)/.exec(String(accepted.headers['set-cookie']))?.[1] ?? '';
      expect((await as(who, 'GET', '/api/submissions')).json()).toEqual({ submissions: [] });
    }
    // Every verdict written into Ann's schema is logged, to count them.
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
    await sql.query(`create table public.verdict_writes (submission int, verdict text);
      create function public.log_verdict() returns trigger language plpgsql as $$
      begin if new.verdict not in ('queued', 'running') then insert into public.verdict_writes values (new.id, new.verdict); end if; return new; end $$;
      create trigger log_verdict after update on person_1.submissions for each row execute function public.log_verdict();`);
  }, 60_000);

  afterAll(async () => {
    for (const child of workers) child.kill('SIGKILL');
    await sql?.end();
    await server?.close();
    await hosted?.close();
    await base?.close();
  });

  it('says what is missing when DATABASE_URL is not set or cannot be reached, and checks --concurrency', () => {
    const missing = runCli(['worker'], { home, env: { DATABASE_URL: '' } });
    expect([missing.status, missing.stderr.trim()]).toEqual([
      2,
      'error: the judge worker reads its jobs from PostgreSQL: set DATABASE_URL=postgres://user:password@host/tpmprep, the same as the app servers use',
    ]);
    const unreachable = runCli(['worker'], { home, env: { DATABASE_URL: 'postgres://tpm:s3cret@127.0.0.1:1/tpmprep' } });
    expect([unreachable.status, unreachable.stderr.trim()]).toEqual([
      8,
      'error: cannot reach the PostgreSQL server at postgres://tpm:***@127.0.0.1:1/tpmprep (ECONNREFUSED); check that it is running and that DATABASE_URL names the right host and port',
    ]);
    const zero = runCli(['worker', '--concurrency', '0'], { home, env: { DATABASE_URL: url } });
    expect([zero.status, zero.stderr.trim()]).toEqual([2, 'error: --concurrency is a whole number from 1 to 16 (default 2), not "0"']);
  }, 120_000);

  it('answers 202 queued at once; the submission shows queued, then running, then its verdict, written by a worker', async () => {
    const posted = await as('ann', 'POST', '/api/submissions', { problemId: 'dedupe-events', lang: 'js', code: ENDLESS, mode: 'submit', seconds: 90 });
    expect([posted.statusCode, posted.json()]).toEqual([202, { id: 1, status: 'queued' }]);
    const sorted = await as('ann', 'POST', '/api/submissions', { problemId: 'dedupe-events', lang: 'js', code: DEDUPE, mode: 'run' });
    expect([sorted.statusCode, sorted.json()]).toEqual([202, { id: 2, status: 'queued' }]);
    // No worker yet: it waits.
    expect((await as('ann', 'GET', '/api/submissions/1')).json()).toMatchObject({ id: 1, status: 'queued', problemId: 'dedupe-events', lang: 'js', mode: 'submit', code: ENDLESS, workSeconds: 90 });
    expect((await as('ann', 'GET', '/api/submissions')).json().submissions.map((s: { id: number; status: string }) => [s.id, s.status])).toEqual([
      [2, 'queued'],
      [1, 'queued'],
    ]);

    const worker = await startWorker();
    const slow = await followSubmission('ann', 1);
    expect(slow.seen).toEqual(['queued', 'running', 'done']);
    expect(slow.body).toMatchObject({ id: 1, status: 'done', verdict: 'time_limit_exceeded', label: 'Time limit exceeded', passed: 0, workSeconds: 90 });
    const fast = await followSubmission('ann', 2);
    expect(fast.body).toMatchObject({ id: 2, status: 'done', verdict: 'accepted', label: 'Examples passed', mode: 'run' });
    expect(fast.body.passed).toBe(fast.body.total);
    expect(fast.body.total).toBeGreaterThan(0);
    for (let i = 0; i < 100 && !/submission 1 of person 1: judged/.test(worker.output()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker.output()).toMatch(/submission 1 of person 1: judged \(\d+ ms\)/);
    // Every sandbox started, once, and said so: whoever runs the worker can wait for it before sending load.
    for (let i = 0; i < 600 && !/sandboxes ready/.test(worker.output()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker.output().match(/judge worker \d+: sandboxes ready \(\d+ ms\)/g)).toHaveLength(1);
    expect((await sql.query('select submission, verdict from public.verdict_writes order by submission')).rows).toEqual([
      { submission: 1, verdict: 'time_limit_exceeded' },
      { submission: 2, verdict: 'accepted' },
    ]);
    worker.child.kill('SIGTERM');
    await new Promise((resolve) => worker.child.once('exit', resolve));
  }, 240_000);

  it("keeps one person's submission from another: Bo's request for Ann's answers 404, as for no submission", async () => {
    const theirs = await as('bo', 'GET', '/api/submissions/1');
    const none = await as('bo', 'GET', '/api/submissions/999');
    expect([theirs.statusCode, theirs.json()]).toEqual([404, { error: { code: 'not_found', message: 'no submission 1' } }]);
    expect([none.statusCode, none.json()]).toEqual([404, { error: { code: 'not_found', message: 'no submission 999' } }]);
    expect((await as('bo', 'GET', '/api/submissions')).json()).toEqual({ submissions: [] });
  });

  it('hands a killed worker’s job to another worker, which writes the one verdict', async () => {
    const first = await startWorker();
    const posted = await as('ann', 'POST', '/api/submissions', { problemId: 'dedupe-events', lang: 'js', code: ENDLESS, mode: 'submit' });
    expect(posted.statusCode).toBe(202);
    const { id } = posted.json() as { id: number };
    await followSubmission('ann', id, (status) => status === 'running');
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    expect((await as('ann', 'GET', `/api/submissions/${id}`)).json()).toMatchObject({ status: 'running' });

    const second = await startWorker();
    const judged = await followSubmission('ann', id);
    expect(judged.body).toMatchObject({ id, status: 'done', verdict: 'time_limit_exceeded' });
    expect(first.output()).not.toContain(`submission ${id} of person 1: judged`);
    // The verdict is written before the worker prints it.
    for (let i = 0; i < 100 && !second.output().includes(`submission ${id} of person 1: judged`); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(second.output()).toContain(`submission ${id} of person 1: judged`);
    expect((await sql.query('select verdict from public.verdict_writes where submission = $1', [id])).rows).toEqual([{ verdict: 'time_limit_exceeded' }]);
    // The job was handed out twice and ended completed.
    // The worker completes the job after writing and printing the verdict.
    const jobOf = () => sql.query(`select state, retry_count from pgboss.job where name = 'judge' and data->>'submission' = $1`, [String(id)]);
    let job = await jobOf();
    for (let i = 0; i < 100 && job.rows[0]?.state !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await jobOf();
    }
    expect(job.rows).toEqual([{ state: 'completed', retry_count: expect.any(Number) }]);
    expect(job.rows[0].retry_count).toBeGreaterThanOrEqual(1);
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  }, 240_000);

  it('ends a submission whose judging failed on every retry as an internal error that says to submit again', async () => {
    const posted = await as('ann', 'POST', '/api/submissions', { problemId: 'dedupe-events', lang: 'js', code: DEDUPE, mode: 'submit', seconds: 30 });
    expect(posted.statusCode).toBe(202);
    const { id } = posted.json() as { id: number };
    // The problem left the content between the submission and its judging: every try fails.
    await sql.query(`update person_1.submissions set problem_id = 'retired-problem' where id = $1`, [id]);
    const worker = await startWorker();
    const ended = await followSubmission('ann', id);
    expect(ended.body).toMatchObject({
      id,
      status: 'done',
      verdict: 'internal_error',
      label: 'Internal error',
      passed: 0,
      total: 0,
      tests: [],
      workSeconds: 30,
      message: 'the judge failed on this submission every time it tried, so it was not judged; submit it again',
    });
    expect((await sql.query('select verdict from public.verdict_writes where submission = $1', [id])).rows).toEqual([{ verdict: 'internal_error' }]);
    const job = await sql.query(`select state, retry_count from pgboss.job where name = 'judge' and data->>'submission' = $1`, [String(id)]);
    expect(job.rows).toEqual([{ state: 'failed', retry_count: 5 }]);
    for (let i = 0; i < 50 && !worker.output().includes('ended as an internal error'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker.output()).toContain(`submission ${id} of person 1: failed: no problem "retired-problem"`);
    expect(worker.output()).toMatch(new RegExp(`submission ${id} of person 1: failed on every try, ended as an internal error \\(\\d+ ms\\)`));
    worker.child.kill('SIGTERM');
    await new Promise((resolve) => worker.child.once('exit', resolve));
  }, 60_000);
});
