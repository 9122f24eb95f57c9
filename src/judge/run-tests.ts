import { sameValue } from './compare.js';
import type { Limits } from './limits.js';
import type { TestCase } from './test-cases.js';
import type { JudgeResult, Mode, SandboxJob, SandboxSession, TestOutcome, TestResult } from './types.js';
import type { Verdict } from './verdicts.js';

/**
 * Runs a submission's tests one by one in its sandbox session and decides the verdict, comparing
 * every returned value here, outside the sandbox. `run` goes through every visible test; `submit`
 * stops at the first failure. Either stops when the sandbox had to be terminated.
 */
interface RunSettings {
  mode: Mode;
  limits: Limits;
  /** Turns a JavaScript stack into " (line N, in f)" in the submitted code; empty for Python. */
  locate: (stack: string) => string;
  started: number;
}

const PREVIEW_CHARS = 200;

export async function runTests(session: SandboxSession, job: SandboxJob, cases: TestCase[], settings: RunSettings): Promise<JudgeResult> {
  const loaded = await session.load(job);
  if (!loaded.ok) {
    const where = loaded.stack && !/\(line \d+/.test(loaded.message) ? settings.locate(loaded.stack) : '';
    return unrun(cases, loaded.verdict, `${loaded.message}${where}`, settings.started);
  }
  const tests: TestResult[] = [];
  let totalMs = 0;
  let stopped = false;
  let totalExceeded = false;
  for (const testCase of cases) {
    if (stopped) {
      tests.push(notRun(testCase));
      continue;
    }
    const outcome = await session.runTest(testCase.inputJson);
    totalMs += outcome.timeMs;
    const result = judgeOutcome(testCase, outcome, settings.locate);
    tests.push(result);
    if (totalMs > settings.limits.totalTimeMs) totalExceeded = stopped = true;
    if (!result.passed && (settings.mode === 'submit' || !session.alive)) stopped = true;
  }
  const failed = tests.find((t) => t.verdict !== null && !t.passed);
  const passed = tests.filter((t) => t.passed).length;
  let verdict: Verdict = 'accepted';
  let message: string | undefined;
  if (failed) {
    verdict = failed.verdict ?? 'internal_error';
    message = describeFailure(failed);
  } else if (totalExceeded) {
    verdict = 'time_limit_exceeded';
    message = `all tests together took ${Math.round(totalMs)} ms; the limit is ${settings.limits.totalTimeMs} ms`;
  }
  return finish({ verdict, passed, total: cases.length, tests, timeMs: totalMs, message }, settings.started);
}

/** A result in which no test ran (the code did not compile or load, or the judge failed). */
export function unrun(cases: TestCase[], verdict: Verdict, message: string, started: number): JudgeResult {
  return finish({ verdict, passed: 0, total: cases.length, tests: cases.map(notRun), timeMs: 0, message }, started);
}
runTests.unrun = unrun;

function judgeOutcome(testCase: TestCase, outcome: TestOutcome, locate: (stack: string) => string): TestResult {
  const base: TestResult = {
    index: testCase.index,
    name: testCase.name,
    visible: testCase.visible,
    passed: false,
    verdict: null,
    timeMs: round(outcome.timeMs),
  };
  const shown = testCase.visible ? { input: testCase.input, expected: testCase.expected, stdout: outcome.stdout } : {};
  if (outcome.status === 'error') {
    const where = outcome.stack && !/\(line \d+/.test(outcome.message) ? locate(outcome.stack) : '';
    return { ...base, ...shown, verdict: outcome.verdict, message: `${outcome.message}${where}` };
  }
  let actual: unknown;
  try {
    actual = JSON.parse(outcome.output);
  } catch {
    return { ...base, ...shown, verdict: 'runtime_error', message: 'the returned value could not be read' };
  }
  const passed = sameValue(actual, testCase.expected);
  return {
    ...base,
    ...shown,
    ...(testCase.visible ? { actual } : {}),
    passed,
    verdict: passed ? 'accepted' : 'wrong_answer',
  };
}

function notRun(testCase: TestCase): TestResult {
  return { index: testCase.index, name: testCase.name, visible: testCase.visible, passed: false, verdict: null, timeMs: 0 };
}

function describeFailure(test: TestResult): string {
  const label = `test ${test.index + 1} "${test.name}"${test.visible ? '' : ' (hidden)'}`;
  if (test.verdict === 'wrong_answer') {
    if (!test.visible) return `${label}: wrong answer`;
    return `${label}: expected ${preview(test.expected)}, got ${preview(test.actual)}`;
  }
  return `${label}: ${test.message ?? test.verdict}`;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}...` : text;
}

function finish(result: Omit<JudgeResult, 'wallMs'>, started: number): JudgeResult {
  const out: JudgeResult = { ...result, timeMs: round(result.timeMs), wallMs: round(performance.now() - started) };
  if (out.message === undefined) delete out.message;
  return out;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
