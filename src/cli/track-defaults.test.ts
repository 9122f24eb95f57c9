import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/index.js';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-track-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (args: string[]) => runCli(args, { home, timeoutMs: 90_000 });
const ids = (args: string[]) => (JSON.parse(cli(args).stdout) as Array<{ id: string }>).map((q) => q.id);

describe('the stored track in the CLI', () => {
  it('questions, progress and mock --loops follow `settings set track`; --track overrides it', () => {
    expect(cli(['settings', 'set', 'track', 'program']).status).toBe(0);
    const program = ids(['questions', 'list', '--json']);
    expect(program).toHaveLength(265);
    expect(program).toEqual(loadContent().questions.filter((q) => q.tracks.includes('program')).map((q) => q.id).sort((a, b) => program.indexOf(a) - program.indexOf(b)));
    expect(ids(['questions', 'list', '--track', 'all', '--json'])).toHaveLength(362);
    const text = cli(['questions', 'list', '--type', 'deep-dive']).stdout;
    expect(text).toMatch(/\n\d+ questions on the program track \(--track all lists every track\)\. Read one with: tpmprep questions show <id>\n$/);

    const progress = JSON.parse(cli(['progress', '--json']).stdout) as { track: string; trackFrom: string };
    expect([progress.track, progress.trackFrom]).toEqual(['program', 'settings']);
    const loops = JSON.parse(cli(['mock', '--loops', '--json']).stdout) as { track: string; loops: Array<{ id: string }> };
    expect([loops.track, loops.loops.map((l) => l.id)]).toEqual(['program', ['program-amazon-style', 'program-google-style', 'program-meta-style']]);

    const bad = cli(['questions', 'list', '--track', 'pm']);
    expect([bad.status, bad.stderr]).toEqual([2, 'error: track is one of product, program, all (all: every track); got "pm"\n']);
  }, 600_000);
});
