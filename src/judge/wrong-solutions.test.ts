import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

const all = problems.flatMap((problem) => fixturesOf(problem.id).map((fixture) => ({ problem, fixture })));

it('has at least three wrong solutions per problem, one of them too slow', () => {
  for (const problem of problems) {
    const fixtures = fixturesOf(problem.id);
    expect(fixtures.length, problem.id).toBeGreaterThanOrEqual(3);
    expect(fixtures.some((f) => f.expected === 'time_limit_exceeded'), problem.id).toBe(true);
    for (const fixture of fixtures) expect(VERDICT_IDS).toContain(fixture.expected);
  }
});

// One flat list, so that a slow fixture of one problem overlaps with the fixtures of the next.
it.concurrent.each(all.map(({ problem, fixture }) => [`${problem.id}/${fixture.file}`, problem, fixture] as const))(
  '%s',
  async (_name, problem, fixture) => {
    const result = await judge.judge(problem, { lang: fixture.lang, code: fixture.code, mode: 'submit' });
    expect({ verdict: result.verdict, message: result.message }).toMatchObject({ verdict: fixture.expected });
    expect(result.passed).toBeLessThan(result.total);
  },
  60_000,
);
