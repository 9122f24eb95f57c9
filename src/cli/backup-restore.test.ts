import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cliSandbox } from './cli-sandbox.js';
import { runCli, startServer } from './run-cli.js';

const { home, cli, json } = cliSandbox('backup');
const database = path.join(home, 'tpmprep.sqlite');
const storyFlags = (title: string) => ['stories', 'add', '--title', title, '--situation', 'S.', '--task', 'T.', '--action', 'A.', '--result', 'R.', '--themes', 'conflict'];
const titles = () => json('stories', 'list').stories.map((s: { title: string }) => s.title);
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |SqliteError|unexpected failure/);

let backup = '';

describe('tpmprep backup and restore', () => {

  it('backup copies the database into backups/ and lists it', () => {
    json(...storyFlags('Before the backup'));
    const made = json('backup');
    expect(made.file).toMatch(new RegExp(`^${home}/backups/tpmprep-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z\\.sqlite$`));
    expect(made.removed).toEqual([]);
    backup = made.file;
    expect(json('backup', '--list').backups).toEqual([{ file: backup, bytes: fs.statSync(backup).size }]);
  }, 60_000);

  it('restore returns the database to the backup, keeping the current one aside', () => {
    json(...storyFlags('After the backup'));
    expect(titles()).toEqual(['Before the backup', 'After the backup']);
    const restored = json('restore', backup);
    expect(restored).toMatchObject({ restored: database, from: backup });
    expect(restored.previous).toMatch(new RegExp(`^${home}/backups/pre-restore-.*\\.sqlite$`));
    expect(titles()).toEqual(['Before the backup']);
  }, 60_000);

  it('restore refuses while a live server holds the database, and ignores a lock a killed server left', () => {
    const lock = path.join(home, 'server.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, url: 'http://localhost:3999', database, startedAt: '2026-03-02T09:00:00.000Z' }));
    const refused = cli('restore', backup);
    expect(refused.status).toBe(6);
    expect(refused.stderr).toBe(
      `error: a tpmprep server (pid ${process.pid}, http://localhost:3999) is using ${database}; stop it (Ctrl+C where it runs) and restore again. If no server is running, delete ${lock}\n`,
    );
    // A server killed with -9 leaves its lock behind, naming a pid that no longer runs.
    fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, url: 'http://localhost:3999', database, startedAt: '2026-03-02T09:00:00.000Z' }));
    expect(cli('restore', backup).status).toBe(0);
    fs.rmSync(lock);
  }, 60_000);

  it('serve writes its lock and the day\'s backup, and removes the lock when stopped', async () => {
    const server = await startServer({ home, port: 0 });
    let stopped: Promise<void> | undefined;
    const stop = () => (stopped ??= server.stop());
    onTestFinished(stop);
    const lock = JSON.parse(fs.readFileSync(path.join(home, 'server.lock'), 'utf8'));
    expect(lock).toMatchObject({ url: server.url.replace('127.0.0.1', 'localhost'), database });
    const refused = cli('restore', backup);
    expect([refused.status, refused.stderr]).toEqual([6, expect.stringMatching(`^error: a tpmprep server \\(pid ${lock.pid}, `)]);
    await stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fs.existsSync(path.join(home, 'server.lock'))).toBe(false);
    // The backup made earlier today counts as the day's backup.
    expect(json('backup', '--list').backups).toHaveLength(1);
  }, 60_000);

  it('refuses a file that is not a backup, naming it', () => {
    const missing = cli('restore', path.join(home, 'nope.sqlite'));
    expect([missing.status, missing.stderr]).toEqual([3, `error: no backup file ${path.join(home, 'nope.sqlite')}; list the backups with: tpmprep backup --list\n`]);
    const text = path.join(home, 'notes.txt');
    fs.writeFileSync(text, 'just some notes, not a database at all'.repeat(200));
    const garbage = cli('restore', text);
    expect([garbage.status, garbage.stderr]).toEqual([8, `error: the database ${text} is damaged (file is not a database). The newest backup is ${backup}; restore it with: tpmprep restore "${backup}"\n`]);
  }, 60_000);
});

describe('clear start-up errors', () => {
  it('a damaged database names the file, the newest backup and the restore command; restore brings it back', () => {
    const size = fs.statSync(database).size;
    fs.truncateSync(database, Math.floor(size / 2));
    for (const args of [['stories', 'list'], ['serve', '--port', '0']]) {
      const res = cli(...args);
      expect(res.status).toBe(8);
      expect(res.stderr).toMatch(new RegExp(`^error: the database ${database} is damaged \\([^)]+\\)\\. The newest backup is ${backup}; restore it with: tpmprep restore "${backup}"\\n$`));
      noStack(res.stderr);
    }
    expect(cli('restore', backup).status).toBe(0);
    expect(titles()).toEqual(['Before the backup']);
  }, 60_000);

  it('a file that is not a database, with no backup', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-garbage-'));
    fs.writeFileSync(path.join(other, 'tpmprep.sqlite'), 'x'.repeat(8192));
    const res = runCli(['stories', 'list'], { home: other });
    expect([res.status, res.stderr]).toEqual([
      8,
      `error: the database ${other}/tpmprep.sqlite is damaged (file is not a database). There is no backup in ${other}/backups; move ${other}/tpmprep.sqlite aside to start with an empty database.\n`,
    ]);
    fs.rmSync(other, { recursive: true, force: true });
  }, 60_000);

  it('a data folder that cannot be created or written names the folder and TPMPREP_HOME', () => {
    const fix = 'make it writable, or set TPMPREP_HOME to a folder you can write (for example TPMPREP_HOME=$HOME/tpmprep)';
    const file = path.join(home, 'a-file');
    fs.writeFileSync(file, '');
    const under = runCli(['stories', 'list'], { home: path.join(file, 'data') });
    expect([under.status, under.stderr]).toEqual([8, `error: the data folder ${file}/data does not exist and cannot be created (a part of the path is a file); ${fix}\n`]);
    // /sys refuses new files even to root, so this is a read-only folder on any Linux machine.
    if (process.platform === 'linux' && fs.existsSync('/sys/kernel')) {
      const readOnly = runCli(['stories', 'list'], { home: '/sys/kernel' });
      expect(readOnly.status).toBe(8);
      expect(readOnly.stderr).toMatch(new RegExp(`^error: the data folder /sys/kernel is not writable \\((permission denied|operation not permitted|read-only file system)\\); ${fix.replace(/[()$]/g, '\\$&')}\\n$`));
      noStack(readOnly.stderr);
    }
  }, 60_000);
});
