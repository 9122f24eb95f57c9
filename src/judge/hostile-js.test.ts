import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProblems, type Problem } from '../content/problems.js';
import { createJudge, type Verdict } from './index.js';

/**
 * Hostile JavaScript and TypeScript submissions are contained with the expected verdict, and the
 * judge keeps judging normal submissions afterwards. The target is src/judge/fixtures/problems/
 * sum-list (solve(nums) returns the sum; 1 s per test, 64 MB, 64 KB of output).
 */
const sumList = requireProblems(path.join(import.meta.dirname, 'fixtures'))[0] as Problem;
const content = requireProblems(path.resolve(import.meta.dirname, '../../content'));
const byId = (id: string) => content.find((p) => p.id === id) as Problem;
const judge = createJudge({ jsWorkers: 2, pyProcesses: 1 });

beforeAll(() => judge.warmUp(['ts']), 60_000);
afterAll(() => judge.close());

const submit = (code: string, problem = sumList) => judge.judge(problem, { lang: 'js', code, mode: 'submit' });
const probe = async (body: string) => (await judge.judge(sumList, { lang: 'js', code: `function solve(nums) {\n${body}\n}`, mode: 'run' })).tests[0]?.actual;

describe('reaching the host', () => {
  it('finds no process, module loader, network, timers or wasm', async () => {
    const names = ['process', 'require', 'fetch', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval', 'std', 'os', 'WebAssembly', 'Deno', 'Bun', 'importScripts', 'Buffer'];
    expect(await probe(`return [${names.map((n) => `typeof ${n}`).join(', ')}];`)).toEqual(names.map(() => 'undefined'));
  });

  it('cannot require a Node module', async () => {
    const result = await submit(`function solve(nums) { return require('fs').readFileSync('/etc/passwd', 'utf8'); }`);
    expect(result.verdict).toBe('runtime_error');
    expect(result.message).toMatch(/require/);
  });

  it('cannot import one at top level', async () => {
    const code = `import fs from 'node:fs';\nexport function solve(nums: number[]) { return fs.readFileSync('/etc/hostname').length; }`;
    const typed = await judge.judge(sumList, { lang: 'ts', code, mode: 'submit' });
    expect({ verdict: typed.verdict, message: typed.message }).toEqual({ verdict: 'compile_error', message: "line 1: Cannot find module 'node:fs' or its corresponding type declarations. (TS2307)" });
    const untyped = await judge.judge(sumList, { lang: 'js', code: code.replace(': number[]', ''), mode: 'submit' });
    expect(untyped.verdict).toBe('runtime_error');
  });

  it('gets nothing out of a dynamic import', async () => {
    expect((await submit(`function solve(nums) { return import('node:child_process'); }`)).verdict).toBe('wrong_answer');
  });

  it('finds nothing new through eval or the Function constructor', async () => {
    expect(await probe(`return [eval('typeof process'), new Function('return typeof require')(), (0, eval)('typeof globalThis.fetch')];`)).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
  });
});

describe('limits', () => {
  const cases: [string, string, Verdict, RegExp][] = [
    ['an infinite loop', `for (;;) {}`, 'time_limit_exceeded', /time limit exceeded \(1000 ms per test\)/],
    ['an infinite loop that catches the interrupt', `for (;;) { try { for (;;) {} } catch (e) {} }`, 'time_limit_exceeded', /time limit/],
    ['catastrophic regular-expression backtracking', `return /^(a+)+$/.test('a'.repeat(40) + 'b');`, 'time_limit_exceeded', /time limit/],
    ['a growing array of arrays', `const keep = []; for (;;) keep.push(new Array(1000).fill(nums));`, 'memory_limit_exceeded', /memory limit exceeded \(64 MB\)/],
    ['one huge allocation', `return new Array(2 ** 25).fill(0).length;`, 'memory_limit_exceeded', /memory limit/],
    ['a string that doubles forever', `let s = 'x'; for (;;) s += s;`, 'runtime_error', /string too long|invalid string length/],
    ['printing forever', `for (;;) console.log('spam'.repeat(100));`, 'output_limit_exceeded', /output limit exceeded \(64 KB per test\): the test printed [\d,]+ bytes before it was stopped; the first kilobyte:\nspamspam/],
    ['printing forever while catching the error', `for (;;) { try { console.log('x'.repeat(1000)); } catch (e) {} }`, 'output_limit_exceeded', /output limit/],
    ['returning a huge value', `return 'x'.repeat(1 << 20);`, 'output_limit_exceeded', /output limit/],
    ['unbounded recursion', `const f = (n) => f(n + 1) + 1; return f(0);`, 'runtime_error', /stack overflow/],
  ];
  it.concurrent.each(cases)('contains %s', async (_name, body, verdict, message) => {
    const result = await submit(`function solve(nums) {\n${body}\n}`);
    expect({ verdict: result.verdict, message: result.message }).toMatchObject({ verdict, message: expect.stringMatching(message) });
    expect(result.wallMs).toBeLessThan(30_000);
  }, 30_000);
});

describe('tampering with the comparison', () => {
  const wrong = 'return 999;';
  const cases: [string, string][] = [
    ['JSON.stringify', `JSON.stringify = () => '6'; ${wrong}`],
    ['JSON.parse', `JSON.parse = () => ({ args: [[6]] }); ${wrong}`],
    ['Object.prototype.toJSON', `Object.prototype.toJSON = function () { return 6; }; Number.prototype.toJSON = () => 6; ${wrong}`],
    ['Reflect.apply and Function.prototype', `Reflect.apply = () => 6; Function.prototype.call = () => 6; Function.prototype.apply = () => 6; ${wrong}`],
    ['Array.prototype and Object.defineProperty', `Array.prototype.push = () => 0; Object.defineProperty = () => ({}); Array.isArray = () => false; ${wrong}`],
    ['a value that pretends to be the answer', `return { valueOf: () => 6, toString: () => '6', [Symbol.toPrimitive]: () => 6 };`],
  ];
  it.concurrent.each(cases)('overriding %s still fails a wrong answer', async (_name, body) => {
    const result = await submit(`function solve(nums) {\n${body}\n}`);
    expect(result.verdict).toBe('wrong_answer');
    expect(result.passed).toBe(0);
  });

  it('cannot pollute the host through the returned JSON', async () => {
    const result = await submit(`function solve(nums) { return JSON.parse('{"__proto__": {"polluted": true}}'); }`);
    expect(result.verdict).toBe('wrong_answer');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not carry state from one test to the next', async () => {
    const code = `function solve(nums) { globalThis.calls = (globalThis.calls || 0) + 1; let t = 0; for (const n of nums) t += n; return t + globalThis.calls - 1; }`;
    expect((await submit(code)).verdict).toBe('accepted');
  });

  it('contains exceptions that fight back when described', async () => {
    const thrown = `throw new Proxy({}, { get() { for (;;) {} } });`;
    const result = await submit(`function solve(nums) { ${thrown} }`);
    expect(result.verdict).toBe('runtime_error');
  });
});

describe('built-in sorting in sort-array', () => {
  const sortArray = byId('sort-array');
  it.concurrent.each([
    ['Array.prototype.toSorted', 'return nums.toSorted((a, b) => a - b);'],
    ['a typed array sort', 'return Array.from(new Float64Array(nums).sort());'],
    ['restoring sort', `Object.defineProperty(Array.prototype, 'sort', { value: function () { return this; } }); return nums.sort();`],
  ])('refuses %s with a clear message', async (_name, body) => {
    const result = await submit(`function sortArray(nums) { ${body} }`, sortArray);
    expect(result.verdict).toBe('runtime_error');
    expect(result.message).toMatch(/not available in this problem|Cannot redefine|not configurable|read-only/i);
  });
});

describe('compile errors', () => {
  it('reports a syntax error with its line', async () => {
    const result = await judge.judge(sumList, { lang: 'ts', code: 'export function solve(nums: number[]) {\n  return nums.reduce((a, b) => a + b, 0)\n}}\n', mode: 'submit' });
    expect(result.verdict).toBe('compile_error');
    expect(result.message).toMatch(/^line 3:2: /);
  });

  it('reports a missing entry', async () => {
    const result = await submit('function sum(nums) { return 0; }');
    expect(result).toMatchObject({ verdict: 'compile_error', message: 'declare `function solve` at the top level of your code' });
  });
});

describe('after all of that', () => {
  it('accepts a normal submission', async () => {
    const result = await judge.judge(sumList, { lang: 'ts', code: sumList.solution.ts, mode: 'submit' });
    expect(result).toMatchObject({ verdict: 'accepted', passed: 3, total: 3 });
  });

  it('accepts the lru-cache reference', async () => {
    const lru = byId('lru-cache');
    expect((await judge.judge(lru, { lang: 'ts', code: lru.solution.ts, mode: 'submit' })).verdict).toBe('accepted');
  });
});
