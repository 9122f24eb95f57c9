import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { UnavailableError } from '../core/errors.js';
import { resolveLimits } from './limits.js';
import { createPyRunner } from './py-runner.js';

it('fails waiting submissions, instead of stalling, when Python cannot start', async () => {
  const runner = createPyRunner({ processes: 1, pyodideDir: path.join(os.tmpdir(), 'tpmprep-no-such-pyodide') });
  const job = { code: 'def f():\n    pass\n', kind: 'function' as const, entry: 'f', restrictions: [], limits: resolveLimits({}, 'test') };
  try {
    await expect(runner.open()).rejects.toThrow(UnavailableError);
    await expect(runner.open().then((session) => session.load(job, { cpuMs: 1_000, wallMs: 10_000 }))).rejects.toThrow(/^the Python sandbox cannot start: could not prepare Python/);
  } finally {
    await runner.close();
  }
}, 30_000);
