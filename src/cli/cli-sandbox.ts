import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * For CLI tests: a data folder of their own (removed after the file's tests), the real command run
 * in it, its `--json` output parsed after checking it succeeded, and a way to write input files there.
 */
export function cliSandbox(prefix: string) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `tpmprep-${prefix}-`));
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
  const cli = (...args: string[]) => runCli(args, { home });
  const json = (...args: string[]) => {
    const result = cli(...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout);
  };
  const file = (name: string, text: string) => {
    const target = path.join(home, name);
    fs.writeFileSync(target, text);
    return target;
  };
  return { home, cli, json, file };
}
