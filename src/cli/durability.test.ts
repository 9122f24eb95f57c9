import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './cli-sandbox.js';
import { PACKAGE_ROOT } from './run-cli.js';

const { home, json } = cliSandbox('durability');
const QUESTION = 'a-deadline-you-missed';

/** `tpmprep serve` as a child this test can kill -9. */
function serve(): Promise<{ url: string; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(PACKAGE_ROOT, 'bin', 'tpmprep.js'), 'serve', '--port', '0'], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, TPMPREP_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1].replace('localhost', '127.0.0.1'), kill: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGKILL'))) });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

describe('durability', () => {
  it('kill -9 under load loses no acknowledged write; restore then returns the database to the backup', async () => {
    const backup = json('backup').file as string;
    const server = await serve();
    const acknowledged: number[] = [];
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const res = await fetch(`${server.url}/api/attempts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ questionId: QUESTION, answer: `I owned attempt ${acknowledged.length}; we shipped.`, seconds: 1 }),
        }).catch(() => null);
        if (res?.status === 201) acknowledged.push(((await res.json()) as { id: number }).id);
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    // Kill in the middle of the load, once it is flowing (the first answer loads the coach's model).
    for (let waited = 0; acknowledged.length < 30 && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    await server.kill();
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(10);

    const saved = new Set((json('export').tables.attempts as Array<{ id: number }>).map((a) => a.id));
    expect(acknowledged.filter((id) => !saved.has(id))).toEqual([]);

    // The killed server left its lock behind; restore sees its pid is gone.
    expect(json('restore', backup).from).toBe(backup);
    expect(json('export').tables.attempts).toEqual([]);
  }, 120_000);
});
