import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { requireProblems, type Problem } from '../content/problems.js';
import { createJsRunner } from './js-runner.js';
import { resolveLimits } from './limits.js';
import { runTests } from './run-tests.js';
import type { TestCase } from './test-cases.js';

/** A worker thread that really crashes mid-test ends the submission as internal_error; the pool goes on. */
const sumList = requireProblems(path.join(import.meta.dirname, 'fixtures'))[0] as Problem;
const runner = createJsRunner({ workers: 1, workerUrl: new URL('./fixtures/workers/crashing-worker.mjs', import.meta.url) });
afterAll(() => runner.close());

const limits = resolveLimits(sumList.limits, 'sum-list');
const job = { code: '(function () { function solve(nums) { return nums.length; } return solve; })', kind: 'function' as const, entry: 'solve', restrictions: [], limits };
const testCase = (name: string, args: unknown[]): TestCase => ({ index: 0, name, visible: true, input: { args }, inputJson: JSON.stringify({ args }), expected: 1 });
const settings = { mode: 'submit' as const, limits, locate: () => '', started: performance.now() };

async function judgeIn(cases: TestCase[]) {
  const session = await runner.open();
  try {
    return await runTests(session, job, cases, settings);
  } finally {
    session.close();
  }
}

it('judges a crash of the worker as internal_error, then judges the next submission in a new worker', async () => {
  const crashed = await judgeIn([testCase('crashes', [['crash']])]);
  expect({ verdict: crashed.verdict, passed: crashed.passed, message: crashed.message }).toEqual({
    verdict: 'internal_error',
    passed: 0,
    message: 'test 1 "crashes": the judge failed: the sandbox worker crashed',
  });
  const next = await judgeIn([testCase('fine', [['ok']])]);
  expect({ verdict: next.verdict, passed: next.passed }).toEqual({ verdict: 'accepted', passed: 1 });
}, 60_000);
