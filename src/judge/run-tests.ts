import { sameValue, type Tolerance } from './compare.js';
import { exactText, parseExactJson, toPlain } from './exact-json.js';
import { totalWallMs, type Limits } from './limits.js';
import { OUTPUT_PREVIEW_CHARS } from './sandbox-protocol.js';
import type { TestCase } from './test-cases.js';
import type { JudgeResult, Mode, SandboxJob, SandboxSession, TestOutcome, TestResult } from './types.js';
import type { Verdict } from './verdicts.js';

/**
 * Runs a submission's tests one by one in its sandbox session and decides everything here, in the
 * host: each test's verdict (comparing the returned value outside the sandbox), the passed count,
 * the times (the host's CPU measurement of the sandbox) and the submission's verdict. `run` goes
 * through every visible test; `submit` stops at the first failure. Either stops when the sandbox
 * had to be terminated, when the total CPU time is spent, or when the total wall time has passed.
 */
interface RunSettings {
  mode: Mode;
  limits: Limits;
  /** Declared by the problem's front-matter; absent means exact comparison. */
  tolerance?: Tolerance;
  /** Turns a JavaScript stack into " (line N, in f)" in the submitted code; empty for Python. */
  locate: (stack: string) => string;
  started: number;
}

const PREVIEW_CHARS = 200;
/** Exception names shown for a hidden test: an identifier-like name, never free text. */
const SAFE_NAME = /^[A-Za-z_][\w.]{0,59}$|^uncaught exception$/;

export async function runTests(session: SandboxSession, job: SandboxJob, cases: TestCase[], settings: RunSettings): Promise<JudgeResult> {
  const { limits } = settings;
  const wallDeadline = performance.now() + totalWallMs(limits);
  const budget = (spent: number) => ({
    cpuMs: Math.max(1, Math.min(limits.timePerTestMs, limits.totalTimeMs - spent)),
    wallMs: Math.max(1, wallDeadline - performance.now()),
  });
  const loaded = await session.load(job, budget(0));
  if (!loaded.ok) {
    const where = loaded.stack && !/\(line \d+/.test(loaded.message) ? settings.locate(loaded.stack) : '';
    return unrun(cases, loaded.verdict, `${loaded.message}${where}`, settings.started, loaded.timeMs);
  }
  const tests: TestResult[] = [];
  let totalMs = loaded.timeMs;
  let stopped = false;
  let stop: 'total' | 'wall' | undefined;
  for (const testCase of cases) {
    if (!stopped && totalMs >= limits.totalTimeMs) [stopped, stop] = [true, 'total'];
    if (stopped) {
      tests.push(notRun(testCase));
      continue;
    }
    const given = budget(totalMs);
    const outcome = await session.runTest(testCase.inputJson, given);
    totalMs += outcome.timeMs;
    const result = judgeOutcome(testCase, outcome, settings);
    tests.push(result);
    // A test stopped on a budget cut to what was left of the total ran out of the total, even when a
    // busy machine gave it less CPU than that before its wall-time cap.
    const outOfTotal = result.verdict === 'time_limit_exceeded' && given.cpuMs < limits.timePerTestMs;
    if (totalMs > limits.totalTimeMs || outOfTotal) [stopped, stop] = [true, 'total'];
    else if (performance.now() >= wallDeadline && !result.passed) [stopped, stop] = [true, 'wall'];
    if (!result.passed && (settings.mode === 'submit' || !session.alive)) stopped = true;
  }
  const failed = tests.find((t) => t.verdict !== null && !t.passed);
  const passed = tests.filter((t) => t.passed).length;
  let verdict: Verdict = 'accepted';
  let message: string | undefined;
  if (stop && (!failed || failed.verdict === 'time_limit_exceeded')) {
    verdict = 'time_limit_exceeded';
    message =
      stop === 'total'
        ? `all tests together took ${Math.round(totalMs)} ms; the limit is ${limits.totalTimeMs} ms`
        : `the submission ran past its total wall time of ${totalWallMs(limits)} ms and was stopped`;
    if (failed) failed.message = message;
  } else if (failed) {
    verdict = failed.verdict ?? 'internal_error';
    message = describeFailure(failed);
  }
  return finish({ verdict, passed, total: cases.length, tests, timeMs: totalMs, message }, settings.started);
}

/** A result in which no test ran (the code did not compile or load, or the judge failed). */
export function unrun(cases: TestCase[], verdict: Verdict, message: string, started: number, timeMs = 0): JudgeResult {
  return finish({ verdict, passed: 0, total: cases.length, tests: cases.map(notRun), timeMs, message }, started);
}
runTests.unrun = unrun;

function judgeOutcome(testCase: TestCase, outcome: TestOutcome, settings: RunSettings): TestResult {
  const base: TestResult = {
    index: testCase.index,
    name: testCase.name,
    visible: testCase.visible,
    passed: false,
    verdict: null,
    timeMs: round(outcome.timeMs),
  };
  const shown = testCase.visible ? { input: testCase.input, expected: testCase.expected, stdout: outcome.stdout } : {};
  if (outcome.status === 'error') return { ...base, ...shown, verdict: outcome.verdict, message: failureMessage(testCase, outcome, settings.locate) };
  const actual = parseExactJson(outcome.output);
  // The harness always writes valid JSON; text that is not is the submission's doing.
  if (actual === undefined) return { ...base, ...shown, verdict: 'wrong_answer', message: 'the returned value could not be read' };
  const passed = sameValue(actual, testCase.expected, settings.tolerance);
  return {
    ...base,
    ...shown,
    ...(testCase.visible ? { actual: toPlain(actual) } : {}),
    ...(testCase.visible && !passed ? { message: `expected ${preview(JSON.stringify(testCase.expected))}, got ${preview(exactText(actual))}` } : {}),
    passed,
    verdict: passed ? 'accepted' : 'wrong_answer',
  };
}

/**
 * A visible test shows the whole message; a hidden test never shows what could carry its input or
 * expected value: an exception's message and printed output are left out, only the exception's
 * type and line remain.
 */
function failureMessage(testCase: TestCase, outcome: Extract<TestOutcome, { status: 'error' }>, locate: (stack: string) => string): string {
  const where = outcome.stack && !/\(line \d+/.test(outcome.message) ? locate(outcome.stack) : '';
  if (!testCase.visible && outcome.exception) {
    const name = SAFE_NAME.test(outcome.exception.name) ? outcome.exception.name : 'an exception';
    return `${name}${outcome.exception.where || where} (an exception's message is not shown for a hidden test)`;
  }
  let message = `${outcome.message}${where}`;
  if (outcome.verdict === 'output_limit_exceeded' && testCase.visible && outcome.stdout) {
    message += `; the first kilobyte:\n${outcome.stdout.slice(0, OUTPUT_PREVIEW_CHARS)}`;
  }
  return message;
}

function notRun(testCase: TestCase): TestResult {
  return { index: testCase.index, name: testCase.name, visible: testCase.visible, passed: false, verdict: null, timeMs: 0 };
}

function describeFailure(test: TestResult): string {
  const label = `test ${test.index + 1} "${test.name}"${test.visible ? '' : ' (hidden)'}`;
  if (test.verdict === 'wrong_answer') {
    if (!test.visible) return `${label}: wrong answer`;
    return `${label}: ${test.message ?? 'wrong answer'}`;
  }
  return `${label}: ${test.message ?? test.verdict}`;
}

function preview(text: string): string {
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
