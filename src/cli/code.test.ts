import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-code-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(args, { home });
const write = (name: string, text: string) => {
  const file = path.join(home, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('tpmprep judge', () => {
  it('accepts a reference solution, exits 0 and prints the JSON result', () => {
    const file = write('lru.ts', fs.readFileSync('content/problems/lru-cache/solution.ts', 'utf8'));
    const result = cli('judge', file, '--problem', 'lru-cache', '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['verdict', 'passed', 'total', 'tests', 'timeMs']));
    expect(json.verdict).toBe('accepted');
    expect(json.passed).toBe(json.total);
  });

  it('judges Python by its extension and exits non-zero when not accepted', () => {
    const file = write('sort.py', 'def sort_array(nums):\n    return sorted(nums)\n');
    const result = cli('judge', file, '--problem', 'sort-array', '--json');
    expect(result.status).toBe(9);
    const json = JSON.parse(result.stdout);
    expect(json.verdict).toBe('runtime_error');
    expect(JSON.stringify(json)).toMatch(/sort/i);
  }, 60_000);

  it('explains a missing file, an unknown extension and an unknown problem', () => {
    expect(cli('judge', '/nope/x.ts', '--problem', 'lru-cache').stderr).toBe('error: no file at /nope/x.ts; give the path of your solution\n');
    const rb = write('x.rb', 'puts 1');
    expect(cli('judge', rb, '--problem', 'lru-cache').stderr).toBe(`error: cannot tell the language of ${rb} from its extension; add --lang ts, --lang js or --lang py\n`);
    const ts = write('x.ts', 'export function f() {}');
    const unknown = cli('judge', ts, '--problem', 'nope');
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toBe('error: no problem "nope"; list them with `tpmprep problems list`\n');
    expect(cli('judge', ts).stderr).toContain("error: required option '--problem <id>' not specified");
  });
});

describe('tpmprep problems', () => {
  it('lists problems with progress and shows one', () => {
    const list = JSON.parse(cli('problems', 'list', '--json').stdout) as Array<{ id: string; solved: boolean }>;
    expect(list.find((p) => p.id === 'lru-cache')?.solved).toBe(true);
    expect(list.find((p) => p.id === 'sort-array')?.solved).toBe(false);
    const show = cli('problems', 'show', 'page-load-report');
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('Page-load report');
    expect(cli('problems', 'show', 'lru-cache', '--lang', 'py').stdout).toBe(fs.readFileSync('content/problems/lru-cache/starter.py', 'utf8'));
  });
});
