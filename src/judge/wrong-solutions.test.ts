import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProblems } from '../content/problems.js';
import { createJudge, VERDICT_IDS, type Language, type Verdict } from './index.js';

/**
 * Plausible wrong solutions (src/judge/fixtures/<problem>/<name>.<ts|js|py>) get the verdict their
 * first line announces: `// expect: <verdict> - <the mistake>`.
 */
const problems = requireProblems(path.resolve(import.meta.dirname, '../../content'));
const fixturesDir = path.join(import.meta.dirname, 'fixtures');
const judge = createJudge({ jsWorkers: 2, pyProcesses: 2 });

beforeAll(() => judge.warmUp(), 60_000);
afterAll(() => judge.close());

interface Fixture {
  file: string;
  lang: Language;
  code: string;
  expected: Verdict;
  mistake: string;
}

function fixturesOf(problemId: string): Fixture[] {
  const dir = path.join(fixturesDir, problemId);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => {
      const code = fs.readFileSync(path.join(dir, file), 'utf8');
      const header = /^(?:\/\/|#) expect: (\w+) - (.+)$/m.exec(code.split('\n')[0] ?? '');
      if (!header?.[1] || !header[2]) throw new Error(`${file}: the first line must be "// expect: <verdict> - <mistake>"`);
      return { file, lang: path.extname(file).slice(1) as Language, code, expected: header[1] as Verdict, mistake: header[2] };
    });
}

describe.each(problems.map((p) => [p.id, p] as const))('wrong solutions for %s', (id, problem) => {
  const fixtures = fixturesOf(id);

  it('has at least three, one of them too slow', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    expect(fixtures.some((f) => f.expected === 'time_limit_exceeded')).toBe(true);
    for (const fixture of fixtures) expect(VERDICT_IDS).toContain(fixture.expected);
  });

  it.concurrent.each(fixtures.map((f) => [f.file, f] as const))('%s', async (_file, fixture) => {
    const result = await judge.judge(problem, { lang: fixture.lang, code: fixture.code, mode: 'submit' });
    expect({ verdict: result.verdict, message: result.message }).toMatchObject({ verdict: fixture.expected });
    expect(result.passed).toBeLessThan(result.total);
  }, 60_000);
});
