import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireProblems } from '../content/problems.js';
import { createJudge, stripTypes } from './index.js';

/**
 * Every problem's reference solutions are accepted: solution.ts as TypeScript and solution.py. Generated
 * tests take their expected values from solution.ts, so the Python reference passing them cross-checks
 * both. JavaScript runs in the same sandbox as TypeScript once its types are stripped, so the stripped file
 * is judged for the three problems the guide names, which shows stripping keeps a solution whole.
 */
const problems = requireProblems(path.resolve(import.meta.dirname, '../../content'));
const GUIDE_PROBLEMS = ['lru-cache', 'sort-array', 'page-load-report'];
const languagesOf = (id: string) => (GUIDE_PROBLEMS.includes(id) ? (['ts', 'js', 'py'] as const) : (['ts', 'py'] as const));
const judge = createJudge({ jsWorkers: 2, pyProcesses: 2 });

beforeAll(() => judge.warmUp(), 60_000);
afterAll(() => judge.close());

it('ships at least 15 problems, including the three the guide names', () => {
  expect(problems.length).toBeGreaterThanOrEqual(15);
  expect(problems.map((p) => p.id)).toEqual(expect.arrayContaining(GUIDE_PROBLEMS));
});

const runs = problems.flatMap((problem) => languagesOf(problem.id).map((lang) => [`${problem.id} in ${lang}`, problem, lang] as const));

it.concurrent.each(runs)('accepts the reference solution of %s', async (_name, problem, lang) => {
  const code = lang === 'py' ? problem.solution.py : lang === 'js' ? await stripTypes(problem.solution.ts) : problem.solution.ts;
  const result = await judge.judge(problem, { lang, code, mode: 'submit' });
  expect({ verdict: result.verdict, message: result.message }).toEqual({ verdict: 'accepted', message: undefined });
  expect(result.passed).toBe(problem.tests.length);
  expect(result.total).toBe(problem.tests.length);
}, 60_000);

it.concurrent.each(problems.map((p) => [p.id, p] as const))('runs the TypeScript starter of %s to a verdict', async (_id, problem) => {
  const result = await judge.judge(problem, { lang: 'ts', code: problem.starter.ts, mode: 'run' });
  expect(result.verdict).toBe('wrong_answer');
}, 60_000);
