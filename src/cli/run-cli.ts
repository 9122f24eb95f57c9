import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_CACHE } from '../app/testing.js';

/** The package root: src/cli -> ../.. */
export const PACKAGE_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
const BIN = path.join(PACKAGE_ROOT, 'bin', 'tpmprep.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function assertBuilt(): void {
  if (!fs.existsSync(path.join(PACKAGE_ROOT, 'dist', 'cli-bundle', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the CLI tests (npm test does it)');
  }
}

/** Runs the real `tpmprep` command, the way a person would, with its own data folder. */
export function runCli(args: string[], options: { home: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): CliResult {
  assertBuilt();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: PACKAGE_ROOT,
    env: { TPMPREP_CACHE_DIR: TEST_CACHE, ...process.env, ...options.env, TPMPREP_HOME: options.home, NO_COLOR: '1' },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `tpmprep serve` and resolves once it prints its address. */
export function startServer(options: { home: string; port: number }): Promise<{ url: string; stop: () => Promise<void> }> {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: PACKAGE_ROOT,
    env: { TPMPREP_CACHE_DIR: TEST_CACHE, ...process.env, TPMPREP_HOME: options.home, PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        resolve({
          url: match[1].replace('localhost', '127.0.0.1'),
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`tpmprep serve exited with ${code}: ${output}`)));
  });
}
