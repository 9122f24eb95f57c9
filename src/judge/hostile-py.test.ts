import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProblems, type Problem } from '../content/problems.js';
import { createJudge, type Verdict } from './index.js';

/**
 * Hostile Python submissions are contained with the expected verdict, and the judge keeps judging
 * normal submissions afterwards. The target is src/judge/fixtures/problems/sum-list (solve(nums)
 * returns the sum; 1 s per test, 64 MB, 64 KB of output).
 */
const sumList = requireProblems(path.join(import.meta.dirname, 'fixtures'))[0] as Problem;
const content = requireProblems(path.resolve(import.meta.dirname, '../../content'));
const byId = (id: string) => content.find((p) => p.id === id) as Problem;
const judge = createJudge({ jsWorkers: 1, pyProcesses: 3 });

// A local TCP server: any connection a submission manages to open would show up here.
let connections = 0;
const server = net.createServer((socket) => {
  connections++;
  socket.destroy();
});
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  await judge.warmUp(['py']);
}, 60_000);
afterAll(async () => {
  await judge.close();
  server.close();
});

const solve = (body: string, prelude = '') => `${prelude}\ndef solve(nums):\n${body.split('\n').map((line) => `    ${line}`).join('\n')}\n`;
const submit = (code: string, problem = sumList) => judge.judge(problem, { lang: 'py', code, mode: 'submit' });
const probe = async (body: string, prelude = '') => (await judge.judge(sumList, { lang: 'py', code: solve(body, prelude), mode: 'run' })).tests[0]?.actual;

describe('reaching the host', () => {
  it('leaves no JavaScript bridge in sys.modules or on the import path', async () => {
    const body = `return [sorted(k for k in sys.modules if 'pyodide' in k or k == 'js'), [type(f).__name__ for f in sys.meta_path if 'Js' in type(f).__name__]]`;
    expect(await probe(body, 'import sys')).toEqual([[], []]);
  });

  const refused: [string, string, string, RegExp][] = [
    ['import js', 'import js\nreturn 6', '', /ImportError: js is not available in the judge/],
    ['pyodide.ffi', 'from pyodide.ffi import to_js\nreturn 6', '', /ImportError: pyodide is not available/],
    ['importlib', 'return importlib.import_module("pyodide_js")', 'import importlib', /ImportError: pyodide_js is not available/],
    ['a host file', 'return open("/etc/passwd").read()', '', /FileNotFoundError/],
    ['os.system', 'return os.system("touch /tmp/tpmprep-pwned")', 'import os', /runtime stopped|Access to this API has been restricted/],
    ['subprocess', 'return subprocess.run(["id"]).returncode', 'import subprocess', /OSError/],
    ['a thread', 'threading.Thread(target=print).start()\nreturn 6', 'import threading', /can't start new thread/],
    ['sys.exit', 'sys.exit(0)', 'import sys', /exit\(\) was called/],
    ['os._exit', 'os._exit(0)', 'import os', /runtime stopped/],
  ];
  it.concurrent.each(refused)('refuses %s', async (_name, body, prelude, message) => {
    const result = await submit(solve(body, prelude));
    expect({ verdict: result.verdict, message: result.message }).toMatchObject({ verdict: 'runtime_error', message: expect.stringMatching(message) });
  }, 30_000);

  it('cannot open a network connection', async () => {
    const socketCode = solve(`socket.create_connection(("127.0.0.1", ${port}), timeout=1).sendall(b"x")\nreturn 6`, 'import socket');
    const httpCode = solve(`return urllib.request.urlopen("http://127.0.0.1:${port}/").status`, 'import urllib.request');
    const results = await Promise.all([submit(socketCode), submit(httpCode)]);
    for (const result of results) expect(result).toMatchObject({ verdict: 'runtime_error', message: expect.stringMatching(/Host is unreachable/) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connections).toBe(0);
  }, 30_000);
});

describe('limits', () => {
  const cases: [string, string, string, Verdict, RegExp][] = [
    ['an infinite loop', 'while True:\n    pass', '', 'time_limit_exceeded', /time limit exceeded \(1000 ms per test\)/],
    ['sleeping', 'time.sleep(60)', 'import time', 'time_limit_exceeded', /time limit/],
    ['a growing list', 'keep = []\nwhile True:\n    keep.append([0] * 10000)', '', 'memory_limit_exceeded', /memory limit/],
    ['a memory bomb that catches MemoryError', 'keep = []\nwhile True:\n    try:\n        keep.append(bytearray(10**6))\n    except MemoryError:\n        pass', '', 'memory_limit_exceeded', /memory limit/],
    ['printing forever', 'while True:\n    print("spam" * 100)', '', 'output_limit_exceeded', /output limit exceeded \(64 KB per test\): the test printed [\d,]+ bytes before it was stopped; the first kilobyte:\nspamspam/],
    ['writing to the raw file descriptor', 'while True:\n    os.write(1, b"x" * 10000)', 'import os', 'output_limit_exceeded', /output limit/],
    ['returning a huge value', 'return "x" * (1 << 20)', '', 'output_limit_exceeded', /output limit/],
    ['unbounded recursion', 'def f(n):\n    return f(n + 1) + 1\nreturn f(0)', '', 'runtime_error', /RecursionError/],
    ['recursion past a raised limit', 'sys.setrecursionlimit(10**7)\ndef f(n):\n    return f(n + 1) + 1\nreturn f(0)', 'import sys', 'runtime_error', /stack overflow/],
  ];
  it.concurrent.each(cases)('contains %s', async (_name, body, prelude, verdict, message) => {
    const result = await submit(solve(body, prelude));
    expect({ verdict: result.verdict, message: result.message }).toMatchObject({ verdict, message: expect.stringMatching(message) });
    expect(result.wallMs).toBeLessThan(30_000);
  }, 30_000);
});

describe('tampering with the comparison', () => {
  const cases: [string, string, string][] = [
    ['json.dumps', 'json.dumps = lambda *a, **k: "6"\njson.loads = lambda *a, **k: {"args": [[6]]}\nreturn 999', 'import json'],
    ['builtins', 'builtins.len = lambda x: 0\nbuiltins.sum = lambda x: 6\nbuiltins.isinstance = lambda *a: True\nreturn sum(nums)', 'import builtins'],
    ['the harness state found through gc', 'for o in gc.get_objects():\n    if isinstance(o, dict) and "kind" in o and "entry" in o:\n        o["kind"] = "class"\nreturn 999', 'import gc'],
    ['a value that pretends to be the answer', 'class Six(int):\n    def __eq__(self, other):\n        return True\nreturn Six(999)', ''],
  ];
  it.concurrent.each(cases)('overriding %s still fails a wrong answer', async (_name, body, prelude) => {
    const result = await submit(solve(body, prelude));
    expect(['wrong_answer', 'runtime_error']).toContain(result.verdict);
    expect(result.passed).toBeLessThan(result.total);
  }, 30_000);

  it('does not carry module state from one test to the next', async () => {
    const code = 'calls = []\n\ndef solve(nums):\n    calls.append(1)\n    return sum(nums) + len(calls) - 1\n';
    expect((await submit(code)).verdict).toBe('accepted');
  });
});

describe('built-in sorting in sort-array', () => {
  const sortArray = byId('sort-array');
  it.concurrent.each([
    ['sorted()', 'def sort_array(nums):\n    return sorted(nums)\n', /sorted\(\) is not available in this problem/],
    ['list.sort()', 'def sort_array(nums):\n    nums.sort()\n    return nums\n', /list\.sort\(\) is not available in this problem/],
    ['list.sort through the type', 'def sort_array(nums):\n    list.sort(nums)\n    return nums\n', /list\.sort\(\) is not available/],
    ['heapq', 'import heapq\n\ndef sort_array(nums):\n    return heapq.nsmallest(len(nums), nums)\n', /heapq is not available in this problem/],
    ['bisect.insort', 'from bisect import insort\n\ndef sort_array(nums):\n    out = []\n    for n in nums:\n        insort(out, n)\n    return out\n', /bisect is not available/],
  ])('refuses %s with a clear message', async (_name, code, message) => {
    const result = await submit(code, sortArray);
    expect({ verdict: result.verdict, message: result.message }).toMatchObject({ verdict: 'runtime_error', message: expect.stringMatching(message) });
  }, 30_000);
});

describe('compile errors', () => {
  it('reports a syntax error with its line', async () => {
    const result = await submit('def solve(nums):\n    return sum(nums\n');
    expect(result.verdict).toBe('compile_error');
    expect(result.message).toMatch(/^line 2: SyntaxError: /);
  });

  it('reports a missing entry', async () => {
    expect(await submit('def total(nums):\n    return sum(nums)\n')).toMatchObject({ verdict: 'compile_error', message: 'define `def solve` at the top level of your code' });
  });
});

describe('after all of that', () => {
  it('accepts a normal submission', async () => {
    expect(await submit(sumList.solution.py)).toMatchObject({ verdict: 'accepted', passed: 3, total: 3 });
  });

  it('accepts the lru-cache reference', async () => {
    const lru = byId('lru-cache');
    expect((await submit(lru.solution.py, lru)).verdict).toBe('accepted');
  }, 30_000);
});
