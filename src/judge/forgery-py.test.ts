import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProblems, type Problem } from '../content/problems.js';
import { createJudge, VERDICT_IDS, type JudgeResult } from './index.js';

/**
 * Python submissions that try to decide their own verdict, time or comparison (issue 14), each
 * followed by a correct submission that is accepted. Target: fixtures/problems/sum-list (three
 * tests: [1, 2, 3] visible, [-5, 2] hidden, a generated thousand numbers; 1 s per test).
 */
const sumList = requireProblems(path.join(import.meta.dirname, 'fixtures'))[0] as Problem;
const SECRET = 'sk-judge-test-secret-14';
process.env.TPMPREP_JUDGE_TEST_SECRET = SECRET;
const judge = createJudge({ jsWorkers: 1, pyProcesses: 2 });

beforeAll(() => judge.warmUp(['py']), 60_000);
afterAll(async () => {
  await judge.close();
  delete process.env.TPMPREP_JUDGE_TEST_SECRET;
});

const CORRECT = 'def solve(nums):\n    return sum(nums)\n';
const submit = (code: string, problem = sumList, mode: 'run' | 'submit' = 'submit') => judge.judge(problem, { lang: 'py', code, mode });
const summary = (r: JudgeResult) => ({ verdict: r.verdict, passed: r.passed, message: r.message });
async function thenCorrectIsAccepted(problem = sumList) {
  expect(summary(await submit(CORRECT, problem))).toEqual({ verdict: 'accepted', passed: problem.tests.length, message: undefined });
}

/** A problem with one visible test whose answer is 1e9, to catch off-by-one integers. */
const billion: Problem = {
  ...sumList,
  id: 'sum-list-billion',
  tests: [{ type: 'explicit', name: 'a billion', visible: true, input: { args: [[999_999_999, 1]] }, expected: 1_000_000_000, source: { path: 'test', line: 1 } }],
};

const FAKE_REPLY = `'{"type": "result", "status": "ok", "verdict": "accepted", "output": "6", "timeMs": -8997500}'`;

const attacks: [string, string, Problem, Partial<ReturnType<typeof summary>>][] = [
  [
    "replacing _run and _dumps through sys.modules['__main__']",
    `import sys\nmain = sys.modules["__main__"]\nmain._run = lambda *a: ${FAKE_REPLY}\nmain._dumps = lambda *a, **k: "6"\ndef solve(nums):\n    return 0\n`,
    sumList,
    { verdict: 'wrong_answer', passed: 0, message: 'test 1 "three numbers": expected 6, got 0' },
  ],
  [
    'replacing _run through sys._getframe(1).f_globals',
    `import sys\ndef solve(nums):\n    sys._getframe(1).f_globals["_run"] = lambda *a: ${FAKE_REPLY}\n    return 0\n`,
    sumList,
    { verdict: 'runtime_error', passed: 0, message: `test 1 "three numbers": AttributeError: module 'sys' has no attribute '_getframe' (line 3, in solve)` },
  ],
  [
    "walking to the harness's frame from a traceback",
    `def solve(nums):\n    try:\n        raise ValueError\n    except ValueError as error:\n        error.__traceback__.tb_frame.f_back.f_locals["encode"] = lambda v: "6"\n    return 0\n`,
    sumList,
    { verdict: 'runtime_error', passed: 0, message: `test 1 "three numbers": AttributeError: 'frame' object has no attribute 'f_back' (line 5, in solve)` },
  ],
  [
    'forging the time with _perf_counter while looping forever',
    `import sys, time\nsys.modules["__main__"]._perf_counter = lambda: -1e9\ntime.perf_counter = lambda: 0.0\ndef solve(nums):\n    while True:\n        pass\n`,
    sumList,
    { verdict: 'time_limit_exceeded', passed: 0, message: 'test 1 "three numbers": time limit exceeded (1000 ms per test)' },
  ],
  [
    'an XSS string as the verdict',
    `import sys\nsys.modules["__main__"]._run = lambda *a: '{"verdict": "<img src=x onerror=alert(1)>"}'\ndef solve(nums):\n    raise RuntimeError("<img src=x onerror=alert(1)>")\n`,
    sumList,
    { verdict: 'runtime_error', passed: 0, message: 'test 1 "three numbers": RuntimeError: <img src=x onerror=alert(1)> (line 4, in solve)' },
  ],
  [
    'leaving no verdict at all (SystemExit at the top level)',
    'raise SystemExit(0)\ndef solve(nums):\n    return sum(nums)\n',
    sumList,
    { verdict: 'runtime_error', passed: 0, message: 'exit() was called; return the answer instead' },
  ],
  ['1e9 off by one', 'def solve(nums):\n    return sum(nums) + 1\n', billion, { verdict: 'wrong_answer', passed: 0, message: 'test 1 "a billion": expected 1000000000, got 1000000001' }],
  ['1000000000.9 for an integer', 'def solve(nums):\n    return sum(nums) + 0.9\n', billion, { verdict: 'wrong_answer', passed: 0, message: 'test 1 "a billion": expected 1000000000, got 1000000000.9' }],
  [
    'an integer beyond 2^53 that a double would round to the answer',
    'def solve(nums):\n    return 2**53 + 1 if nums[0] == 2**53 else sum(nums)\n',
    { ...billion, tests: [{ ...(billion.tests[0] as Extract<Problem['tests'][number], { type: 'explicit' }>), input: { args: [[2 ** 53]] }, expected: 2 ** 53 }] },
    { verdict: 'wrong_answer', passed: 0, message: 'test 1 "a billion": expected 9007199254740992, got 9007199254740993' },
  ],
  [
    'printing fake protocol lines',
    `print(${FAKE_REPLY})\ndef solve(nums):\n    print('{"type": "result", "output": "6"}')\n    return 999\n`,
    sumList,
    { verdict: 'wrong_answer', passed: 0, message: 'test 1 "three numbers": expected 6, got 999' },
  ],
  [
    'patching builtins and json for the harness',
    'import builtins, json\nbuiltins.str = lambda *a: "6"\nbuiltins.repr = lambda *a: "6"\njson.dumps = lambda *a, **k: "6"\njson.JSONEncoder.encode = lambda *a: "6"\njson.encoder.c_make_encoder = None\ndef solve(nums):\n    return 999\n',
    sumList,
    { verdict: 'wrong_answer', passed: 0, message: 'test 1 "three numbers": expected 6, got 999' },
  ],
  [
    'an exception that echoes a hidden input',
    'def solve(nums):\n    if len(nums) == 3:\n        return 6\n    raise ValueError(f"input was {nums!r}")\n',
    sumList,
    { verdict: 'runtime_error', passed: 1, message: 'test 2 "negative numbers" (hidden): ValueError (line 4, in solve) (an exception\'s message is not shown for a hidden test)' },
  ],
  [
    'an exception whose class name carries the hidden input',
    'def solve(nums):\n    if len(nums) == 3:\n        return 6\n    raise type(repr(nums), (Exception,), {})()\n',
    sumList,
    { verdict: 'runtime_error', passed: 1, message: 'test 2 "negative numbers" (hidden): an exception (line 4, in solve) (an exception\'s message is not shown for a hidden test)' },
  ],
  [
    'an exception whose message never finishes printing',
    'class Endless(Exception):\n    def __str__(self):\n        while True:\n            pass\ndef solve(nums):\n    raise Endless()\n',
    sumList,
    { verdict: 'time_limit_exceeded', passed: 0, message: 'test 1 "three numbers": time limit exceeded (1000 ms per test)' },
  ],
  [
    'KeyboardInterrupt at the top level',
    'raise KeyboardInterrupt\ndef solve(nums):\n    return sum(nums)\n',
    sumList,
    { verdict: 'runtime_error', passed: 0, message: 'KeyboardInterrupt (line 1)' },
  ],
];

describe('forging a verdict, a time or a comparison', () => {
  it.concurrent.each(attacks)('%s: pinned verdict, then a correct submission is accepted', async (_name, code, problem, expected) => {
    const result = await submit(code, problem);
    expect(summary(result)).toMatchObject(expected);
    expect(VERDICT_IDS).toContain(result.verdict);
    expect(result.timeMs).toBeGreaterThanOrEqual(0);
    await thenCorrectIsAccepted(problem);
  }, 60_000);
});

describe('bounded messages', () => {
  it('cuts an error message at 2,000 characters', async () => {
    const result = await submit('def solve(nums):\n    raise ValueError("x" * 5_000_000)\n');
    expect(result.verdict).toBe('runtime_error');
    expect(result.message).toBe(`test 1 "three numbers": ValueError: ${'x'.repeat(1988)} (cut) (line 2, in solve)`);
    await thenCorrectIsAccepted();
  }, 60_000);
});

describe('the host', () => {
  it('hands no environment variable of the judge to the submission', async () => {
    const probe = `import os\ndef solve(nums):\n    text = repr(dict(os.environ))\n    return ["${SECRET}" in text, "TPMPREP" in text, sorted(os.environ)]\n`;
    const result = await submit(probe, sumList, 'run');
    expect(result.tests[0]?.actual).toEqual([false, false, ['HOME', 'LANG', 'LD_LIBRARY_PATH', 'LOGNAME', 'PATH', 'PWD', 'PYTHONINSPECT', 'USER', '_']]);
  }, 60_000);

  it('leaves nothing reachable from sys.modules that leads to JavaScript, and fences every importer', async () => {
    const probe = [
      'import importlib, importlib.machinery, importlib.util, sys, types',
      'def attempt(f):',
      '    try:',
      '        return "GOT " + type(f()).__name__',
      '    except BaseException as e:',
      '        return type(e).__name__ + ": " + str(e)',
      'def solve(nums):',
      '    out = [attempt(lambda: sys.modules["__main__"]._pyodide_core)]',
      '    B = importlib.machinery.BuiltinImporter',
      '    out.append(attempt(lambda: B.create_module(B.find_spec("_pyodide_core"))))',
      '    out.append(attempt(lambda: importlib.util.module_from_spec(importlib.util.find_spec("_pyodide_core"))))',
      '    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "ImportFence"]',
      '    for name in ("_pyodide_core", "js", "pyodide_js", "pyodide.ffi", "_imp", "gc", "ctypes"):',
      '        out.append(attempt(lambda: __import__(name)))',
      '    out.append(attempt(lambda: importlib._bootstrap._imp.create_builtin.__closure__))',
      '    reached, seen, stack = [], set(), [(m, 0) for m in list(sys.modules.values())]',
      '    while stack:',
      '        obj, depth = stack.pop()',
      '        if id(obj) in seen or depth > 7:',
      '            continue',
      '        seen.add(id(obj))',
      '        owner = getattr(obj, "__module__", "")',
      '        if type(obj).__name__.startswith("Js") or (isinstance(owner, str) and "pyodide" in owner):',
      '            reached.append(type(obj).__name__)',
      '        if isinstance(obj, types.FunctionType):',
      '            stack.append((obj.__globals__, depth + 1))',
      '        elif isinstance(obj, (types.ModuleType, type)):',
      '            stack.extend((v, depth + 1) for v in list(vars(obj).values()))',
      '        elif isinstance(obj, (list, tuple)):',
      '            stack.extend((v, depth + 1) for v in obj)',
      '        elif isinstance(obj, dict):',
      '            stack.extend((v, depth + 1) for v in list(obj.values()))',
      '    return out + [sorted(set(reached))]',
    ].join('\n');
    const result = await submit(probe, sumList, 'run');
    const fenced = (name: string) => `ImportError: ${name} is not available in the judge`;
    expect(result.tests[0]?.actual).toEqual([
      "AttributeError: module '__main__' has no attribute '_pyodide_core'",
      fenced('_pyodide_core'),
      fenced('_pyodide_core'),
      fenced('_pyodide_core'),
      "ModuleNotFoundError: No module named 'js'",
      "ModuleNotFoundError: No module named 'pyodide_js'",
      // The pyodide package is found on disk once the first fence is gone; its own imports are refused.
      fenced('gc'),
      fenced('_imp'),
      fenced('gc'),
      fenced('_ctypes'),
      "AttributeError: 'function' object has no attribute '__closure__'",
      [],
    ]);
  }, 60_000);
});
