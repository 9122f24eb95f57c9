import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, InvalidInputError, LimitError, UnavailableError } from '../core/errors.js';
import { requireProblems, type Problem } from '../content/problems.js';
import { createJudge, MAX_CODE_BYTES } from './index.js';
import { createLazyJudge } from './lazy.js';

/** The public entry: request checks, run and submit results, error locations, limits, fairness. */
const sumList = requireProblems(path.join(import.meta.dirname, 'fixtures'))[0] as Problem;
const content = requireProblems(path.resolve(import.meta.dirname, '../../content'));
const lru = content.find((p) => p.id === 'lru-cache') as Problem;
const judge = createJudge({ jsWorkers: 1, pyProcesses: 1 });

beforeAll(() => judge.warmUp(), 60_000);
afterAll(() => judge.close());

const busyLoop = (ms: number) => `const until = Date.now() + ${ms}; while (Date.now() < until) {}`;

describe('requests', () => {
  it('rejects an unknown language or mode', async () => {
    await expect(judge.judge(sumList, { lang: 'rb' as 'js', code: '', mode: 'run' })).rejects.toThrow(InvalidInputError);
    await expect(judge.judge(sumList, { lang: 'js', code: '', mode: 'all' as 'run' })).rejects.toThrow('invalid submission: mode');
  });

  it('rejects code over the size limit, naming the limit', async () => {
    const code = `// ${'x'.repeat(MAX_CODE_BYTES)}`;
    await expect(judge.judge(sumList, { lang: 'js', code, mode: 'run' })).rejects.toThrow(LimitError);
    await expect(judge.judge(sumList, { lang: 'js', code, mode: 'run' })).rejects.toThrow(`the limit for a submission is ${MAX_CODE_BYTES} bytes`);
  });

  it('rejects a problem whose limits exceed the hard maximum', async () => {
    const greedy = { ...sumList, limits: { timePerTestMs: 60_000 } };
    await expect(judge.judge(greedy, { lang: 'js', code: 'function solve() {}', mode: 'run' })).rejects.toThrow(
      'problem sum-list: timePerTestMs (time per test (ms)) is 60000; it must be a positive integer up to the hard maximum 10000',
    );
  });
});

describe('content problems', () => {
  const broken: Problem = {
    ...sumList,
    tests: sumList.tests.map((t) => (t.type === 'generated' ? { ...t, generator: 'no-such-generator' } : t)),
  };

  it('reports a broken generated test with its file and line, on prepare and on submit', async () => {
    const where = /^content\/problems\/sum-list\/tests.yaml:9: test "a thousand numbers": unknown generator "no-such-generator"/;
    await expect(judge.prepare([broken])).rejects.toThrow(ContentError);
    await expect(judge.prepare([broken])).rejects.toThrow(where);
    await expect(judge.judge(broken, { lang: 'js', code: 'function solve() {}', mode: 'submit' })).rejects.toThrow(where);
  });

  it('still runs the visible examples of that problem, which need no generation', async () => {
    const result = await judge.judge(broken, { lang: 'ts', code: sumList.solution.ts, mode: 'run' });
    expect(result).toMatchObject({ verdict: 'accepted', passed: 1, total: 1 });
  });
});

describe('run and submit', () => {
  it('runs only the visible examples and shows their input, expected and actual values', async () => {
    const code = 'function solve(nums) { console.log("summing", nums.length); return nums[0]; }';
    const result = await judge.judge(sumList, { lang: 'js', code, mode: 'run' });
    expect(result).toMatchObject({ verdict: 'wrong_answer', passed: 0, total: 1, message: 'test 1 "three numbers": expected 6, got 1' });
    expect(result.tests).toEqual([
      {
        index: 0,
        name: 'three numbers',
        visible: true,
        passed: false,
        verdict: 'wrong_answer',
        timeMs: expect.any(Number),
        input: { args: [[1, 2, 3]] },
        expected: 6,
        actual: 1,
        message: 'expected 6, got 1',
        stdout: 'summing 3\n',
      },
    ]);
  });

  it('submits every test, hides the hidden ones and stops at the first failure', async () => {
    const code = 'function solve(nums) { return nums.length === 3 ? 6 : 0; }';
    const result = await judge.judge(sumList, { lang: 'js', code, mode: 'submit' });
    expect(result).toMatchObject({ verdict: 'wrong_answer', passed: 1, total: 3, message: 'test 2 "negative numbers" (hidden): wrong answer' });
    expect(result.tests.map((t) => [t.name, t.verdict, 'input' in t, 'actual' in t])).toEqual([
      ['three numbers', 'accepted', true, true],
      ['negative numbers', 'wrong_answer', false, false],
      ['a thousand numbers', null, false, false],
    ]);
  });

  it('accepts TypeScript with types, interfaces, enums and exports', async () => {
    const code = `enum Sign { Plus = 1 }\ninterface Acc { total: number }\nexport default function solve(nums: number[]): number {\n  const acc: Acc = { total: 0 };\n  for (const n of nums) acc.total += n * Sign.Plus;\n  return acc.total;\n}\nexport { solve };`;
    const result = await judge.judge(sumList, { lang: 'ts', code, mode: 'submit' });
    expect(result).toMatchObject({ verdict: 'accepted', passed: 3, total: 3 });
    expect(result.timeMs).toBeGreaterThanOrEqual(0);
    expect(result.wallMs).toBeGreaterThan(0);
  });

  it('judges class problems from LeetCode-style operation lists', async () => {
    const result = await judge.judge(lru, { lang: 'py', code: lru.solution.py, mode: 'run' });
    expect(result).toMatchObject({ verdict: 'accepted', passed: 2, total: 2 });
    expect(result.tests[0]?.actual).toEqual([null, null, null, 1, null, -1, null, -1, 3, 4]);
  });
});

describe('errors point at the submitted line', () => {
  it('maps a TypeScript runtime error back through the type-stripping', async () => {
    const code = 'type Numbers = number[];\n\ninterface Unused {\n  a: string;\n}\n\nexport function solve(nums: Numbers): number {\n  const missing: any = undefined;\n  return missing.total;\n}\n';
    const result = await judge.judge(sumList, { lang: 'ts', code, mode: 'run' });
    expect(result.verdict).toBe('runtime_error');
    expect(result.tests[0]?.message).toMatch(/^TypeError: .* \(line 9, in solve\)$/);
  });

  it('names the line of a Python exception', async () => {
    const code = 'def solve(nums):\n    table = {}\n    return table["missing"]\n';
    const result = await judge.judge(sumList, { lang: 'py', code, mode: 'run' });
    expect(result.tests[0]).toMatchObject({ verdict: 'runtime_error', message: "KeyError: 'missing' (line 3, in solve)" });
  });
});

describe('limits', () => {
  // Holds on any machine: the first test takes microseconds, the second never ends. Whatever the CPU
  // speed, the second test's budget is what is left of the total (300 ms), not its own 2,000 ms.
  const slowTotal = { ...sumList, limits: { ...sumList.limits, timePerTestMs: 2_000, totalTimeMs: 300 } };
  const spinsAfterTheFirst = {
    js: 'function solve(nums) { if (nums.length === 3) return 6; for (;;) {} }',
    py: 'def solve(nums):\n    if len(nums) == 3:\n        return 6\n    while True:\n        pass\n',
  };
  it.each(['js', 'py'] as const)('stops when all tests together exceed the total time (%s)', async (lang) => {
    const result = await judge.judge(slowTotal, { lang, code: spinsAfterTheFirst[lang], mode: 'submit' });
    expect(result).toMatchObject({ verdict: 'time_limit_exceeded', passed: 1, total: 3 });
    expect(result.message).toMatch(/^all tests together took \d+ ms; the limit is 300 ms$/);
    expect(result.tests.map((t) => t.verdict)).toEqual(['accepted', 'time_limit_exceeded', null]);
    // Stopped on the total's 300 ms, never on the test's own 2,000 ms (a busy machine may have given
    // it less CPU than 300 ms before the wall-time cap stopped it).
    expect(result.timeMs).toBeLessThan(2_000);
  }, 30_000);
});

describe('concurrency', () => {
  it('judges concurrent submissions first come, first served', async () => {
    const finished: string[] = [];
    const code = (ms: number) => `function solve(nums) { ${busyLoop(ms)} let t = 0; for (const n of nums) t += n; return t; }`;
    const submissions = ['first', 'second', 'third'].map((name, i) =>
      judge.judge(sumList, { lang: 'js', code: code(i === 0 ? 300 : 10), mode: 'run' }).then((result) => {
        finished.push(name);
        return result.verdict;
      }),
    );
    expect(await Promise.all(submissions)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(finished).toEqual(['first', 'second', 'third']);
  });

  it('fails waiting submissions when closed, and refuses new ones', async () => {
    const own = createJudge({ jsWorkers: 1, pyProcesses: 1 });
    const code = `function solve(nums) { ${busyLoop(300)} return 6; }`;
    const running = own.judge(sumList, { lang: 'js', code, mode: 'run' });
    const waiting = own.judge(sumList, { lang: 'js', code, mode: 'run' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Handlers go on before close(): the waiting submission is rejected while close() is still stopping workers.
    const waitingFails = expect(waiting).rejects.toThrow(UnavailableError);
    const runningSettles = running.catch(() => undefined);
    await own.close();
    await waitingFails;
    await runningSettles;
    await expect(own.judge(sumList, { lang: 'js', code, mode: 'run' })).rejects.toThrow('the judge is closed; create a new one');
  });

  it('a lazy judge (what the app opens) loads the judge at its first submission, and refuses submissions once closed', async () => {
    const lazy = createLazyJudge({ jsWorkers: 1, pyProcesses: 1 });
    const result = await lazy.judge(sumList, { lang: 'js', code: 'function solve(nums) { return nums.reduce((a, b) => a + b, 0); }', mode: 'run' });
    expect(result.verdict).toBe('accepted');
    await lazy.close();
    await expect(lazy.judge(sumList, { lang: 'js', code: '', mode: 'run' })).rejects.toThrow('the judge is closed; create a new one');
    const unused = createLazyJudge();
    await unused.close();
    await expect(unused.judge(sumList, { lang: 'js', code: '', mode: 'run' })).rejects.toThrow(UnavailableError);
  });
});
