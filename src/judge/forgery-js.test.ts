import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProblems, type Problem } from '../content/problems.js';
import { createJudge, VERDICT_IDS, type JudgeResult } from './index.js';

/**
 * JavaScript submissions that try to decide their own verdict, time or comparison (issue 14), each
 * followed by a correct submission that is accepted. Target: fixtures/problems/sum-list (three
 * tests: [1, 2, 3] visible, [-5, 2] hidden, a generated thousand numbers; 1 s per test, 64 MB).
 */
const sumList = requireProblems(path.join(import.meta.dirname, 'fixtures'))[0] as Problem;
const SECRET = 'sk-judge-test-secret-14-js';
process.env.TPMPREP_JUDGE_TEST_SECRET_JS = SECRET;
const judge = createJudge({ jsWorkers: 2, pyProcesses: 1 });

beforeAll(() => judge.warmUp(['js']), 60_000);
afterAll(async () => {
  await judge.close();
  delete process.env.TPMPREP_JUDGE_TEST_SECRET_JS;
});

const CORRECT = 'function solve(nums) { let t = 0; for (const n of nums) t += n; return t; }';
const submit = (code: string, problem = sumList, mode: 'run' | 'submit' = 'submit') => judge.judge(problem, { lang: 'js', code, mode });
const summary = (r: JudgeResult) => ({ verdict: r.verdict, passed: r.passed, message: r.message });
const explicit = (args: unknown[], expected: unknown): Problem['tests'][number] => ({ type: 'explicit', name: 'a billion', visible: true, input: { args }, expected, source: { path: 'test', line: 1 } });
const billion: Problem = { ...sumList, id: 'sum-list-billion', tests: [explicit([[999_999_999, 1]], 1_000_000_000)] };
// Building a 60 MB string alone takes about half a second of CPU: a roomier time limit keeps the verdict about the message.
const roomy: Problem = { ...sumList, id: 'sum-list-roomy', limits: { ...sumList.limits, memoryMb: 128, timePerTestMs: 3000, totalTimeMs: 6000 } };
const TLE = (label: string) => `test 1 "${label}": time limit exceeded (1000 ms per test)`;

const attacks: [string, string, Problem, ReturnType<typeof summary>][] = [
  ['1e9 off by one', 'function solve(nums) { return nums[0] + nums[1] + 1; }', billion, { verdict: 'wrong_answer', passed: 0, message: 'test 1 "a billion": expected 1000000000, got 1000000001' }],
  ['1000000000.9 for an integer', 'function solve(nums) { return nums[0] + nums[1] + 0.9; }', billion, { verdict: 'wrong_answer', passed: 0, message: 'test 1 "a billion": expected 1000000000, got 1000000000.9' }],
  [
    'a 60 MB error message',
    "function solve(nums) { throw new Error('x'.repeat(60 * 1024 * 1024)); }",
    roomy,
    { verdict: 'runtime_error', passed: 0, message: `test 1 "three numbers": Error: ${'x'.repeat(1993)} (cut) (line 1, in solve)` },
  ],
  [
    'an exception that echoes a hidden input',
    "function solve(nums) { if (nums.length === 3) return 6; throw new Error('input was ' + JSON.stringify(nums)); }",
    sumList,
    { verdict: 'runtime_error', passed: 1, message: 'test 2 "negative numbers" (hidden): Error (line 1, in solve) (an exception\'s message is not shown for a hidden test)' },
  ],
  [
    'an XSS string thrown as the error',
    "function solve(nums) { throw '<img src=x onerror=alert(1)>'; }",
    sumList,
    { verdict: 'runtime_error', passed: 0, message: 'test 1 "three numbers": uncaught exception: <img src=x onerror=alert(1)>' },
  ],
  ['CPU at the top level of the module', 'for (;;) {}\nfunction solve(nums) { return 6; }', sumList, { verdict: 'time_limit_exceeded', passed: 0, message: 'time limit exceeded (1000 ms per test)' }],
  ['CPU inside toJSON', 'function solve(nums) { return { toJSON() { for (;;) {} } }; }', sumList, { verdict: 'time_limit_exceeded', passed: 0, message: TLE('three numbers') }],
  ['CPU inside a getter of the returned value', 'function solve(nums) { return { get total() { for (;;) {} } }; }', sumList, { verdict: 'time_limit_exceeded', passed: 0, message: TLE('three numbers') }],
  ['a Proxy whose traps never return', 'function solve(nums) { return new Proxy({}, { ownKeys() { for (;;) {} } }); }', sumList, { verdict: 'time_limit_exceeded', passed: 0, message: TLE('three numbers') }],
  [
    'a getter that throws while serializing',
    "function solve(nums) { return { get total() { throw new RangeError('no total'); } }; }",
    sumList,
    { verdict: 'runtime_error', passed: 0, message: 'test 1 "three numbers": RangeError: no total' },
  ],
  [
    'toJSON that recurses forever through itself',
    'function solve(nums) { const again = () => again(); return { toJSON: again }; }',
    sumList,
    { verdict: 'runtime_error', passed: 0, message: 'test 1 "three numbers": stack overflow: recursion is limited to about 1,000 nested calls here; use an explicit stack or loop (line 1, in again)' },
  ],
  [
    'monkeypatching JSON, Array.prototype and Symbol.toPrimitive',
    "JSON.stringify = () => '6'; JSON.parse = () => ({ args: [[6]] }); Array.prototype.reduce = () => 6; Object.defineProperty(Array.prototype, '0', { get() { return 6; } });\nfunction solve(nums) { return { [Symbol.toPrimitive]: () => 6, valueOf: () => 6 }; }",
    sumList,
    // The accessor breaks QuickJS's own JSON.stringify: the submission sabotaged its own value.
    { verdict: 'runtime_error', passed: 0, message: 'test 1 "three numbers": TypeError: no setter for property' },
  ],
  [
    'printing a fake reply',
    'function solve(nums) { console.log(JSON.stringify({ type: "result", output: "6", verdict: "accepted" })); return 999; }',
    sumList,
    { verdict: 'wrong_answer', passed: 0, message: 'test 1 "three numbers": expected 6, got 999' },
  ],
];

describe('forging a verdict, a time or a comparison', () => {
  it.concurrent.each(attacks)('%s: pinned verdict, then a correct submission is accepted', async (_name, code, problem, expected) => {
    const result = await submit(code, problem);
    expect(summary(result)).toEqual(expected);
    expect(VERDICT_IDS).toContain(result.verdict);
    const correct = await submit(CORRECT, problem);
    expect(summary(correct)).toEqual({ verdict: 'accepted', passed: problem.tests.length, message: undefined });
  }, 60_000);
});

describe('accounting', () => {
  it('counts CPU spent at the top level of the module in the test time', async () => {
    const light = await submit(CORRECT);
    const heavy = await submit(`let w = 0; for (let i = 0; i < 5e6; i++) w += i % 7;\n${CORRECT}`);
    expect([light.verdict, heavy.verdict]).toEqual(['accepted', 'accepted']);
    // Every test re-runs the top level: each test of the heavy one carries it.
    const slowestLight = Math.max(...light.tests.map((t) => t.timeMs));
    expect(heavy.tests).toHaveLength(3);
    for (const test of heavy.tests) expect(test.timeMs).toBeGreaterThan(slowestLight + 20);
    expect(heavy.timeMs).toBeGreaterThanOrEqual(heavy.tests.reduce((sum, t) => sum + t.timeMs, 0) - 1);
  }, 60_000);

  it('hands no environment variable of the judge to the submission', async () => {
    const probe = `function solve(nums) { return [typeof process, typeof std, typeof os, typeof require, JSON.stringify(Object.getOwnPropertyNames(globalThis)).includes('SECRET')]; }`;
    expect((await submit(probe, sumList, 'run')).tests[0]?.actual).toEqual(['undefined', 'undefined', 'undefined', 'undefined', false]);
  });
});
