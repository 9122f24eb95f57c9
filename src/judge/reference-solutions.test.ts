import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireProblems } from '../content/problems.js';
import { compileSubmission } from './compile-js.js';
import { createJudge, stripTypes } from './index.js';

/**
 * Every problem's reference solutions are accepted: solution.ts as TypeScript and solution.py. Generated
 * tests take their expected values from solution.ts, so the Python reference passing them cross-checks
 * both. JavaScript runs in the same sandbox as TypeScript once its types are stripped: for every
 * problem the stripped file compiles to the very script the TypeScript submission runs (so judging it
 * on the same tests again would prove nothing more), and for the three problems the guide names it is
 * judged as JavaScript on the examples, which shows the JavaScript path takes a stripped file whole.
 */
const problems = requireProblems(path.resolve(import.meta.dirname, '../../content'));
const GUIDE_PROBLEMS = ['lru-cache', 'sort-array', 'page-load-report'];
const judge = createJudge({ jsWorkers: 2, pyProcesses: 2 });

beforeAll(() => judge.warmUp(), 60_000);
afterAll(() => judge.close());

it('ships at least 15 problems, including the three the guide names', () => {
  expect(problems.length).toBeGreaterThanOrEqual(15);
  expect(problems.map((p) => p.id)).toEqual(expect.arrayContaining(GUIDE_PROBLEMS));
});

const runs = problems.flatMap((problem) => (['ts', 'py'] as const).map((lang) => [`${problem.id} in ${lang}`, problem, lang] as const));

it.concurrent.each(runs)('accepts the reference solution of %s', async (_name, problem, lang) => {
  const code = lang === 'py' ? problem.solution.py : problem.solution.ts;
  const result = await judge.judge(problem, { lang, code, mode: 'submit' });
  expect({ verdict: result.verdict, message: result.message }).toEqual({ verdict: 'accepted', message: undefined });
  expect(result.passed).toBe(problem.tests.length);
  expect(result.total).toBe(problem.tests.length);
}, 60_000);

it.each(problems.map((p) => [p.id, p] as const))('strips the types of the reference solution of %s into the script the TypeScript submission runs', async (_id, problem) => {
  const fromTs = await compileSubmission(problem.solution.ts, 'ts', problem.entry.ts);
  const fromJs = await compileSubmission(await stripTypes(problem.solution.ts), 'js', problem.entry.ts);
  expect(fromTs.ok && fromJs.ok).toBe(true);
  if (fromTs.ok && fromJs.ok) expect(fromJs.code).toBe(fromTs.code);
});

it.concurrent.each(GUIDE_PROBLEMS)('judges the stripped reference solution of %s as JavaScript', async (id) => {
  const problem = problems.find((p) => p.id === id);
  if (!problem) throw new Error(`no problem ${id}`);
  const result = await judge.judge(problem, { lang: 'js', code: await stripTypes(problem.solution.ts), mode: 'run' });
  const examples = problem.tests.filter((t) => t.visible).length;
  expect({ verdict: result.verdict, message: result.message, passed: result.passed }).toEqual({ verdict: 'accepted', message: undefined, passed: examples });
  expect(examples).toBeGreaterThan(0);
}, 60_000);

it.concurrent.each(problems.map((p) => [p.id, p] as const))('runs the TypeScript starter of %s to a verdict', async (_id, problem) => {
  const result = await judge.judge(problem, { lang: 'ts', code: problem.starter.ts, mode: 'run' });
  expect(result.verdict).toBe('wrong_answer');
}, 60_000);
