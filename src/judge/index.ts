/**
 * The sandboxed code judge. Typical use:
 *
 * @example
 * const judge = createJudge();
 * const result = await judge.judge(problem, { lang: 'ts', code, mode: 'submit' });
 * // result: { verdict: 'accepted', passed: 12, total: 12, tests: [...], timeMs: 84.2, wallMs: 131.5 }
 * await judge.close();
 *
 * Problems come from src/content/problems.ts (`loadProblems(root)`). JavaScript and TypeScript run
 * in QuickJS inside worker threads (TypeScript is type-checked first); Python runs in Pyodide inside
 * locked-down child processes, one process per submission, with spares started ahead. A sandbox
 * returns a value or an error; the host decides verdicts, counts and times (see README.md here).
 */
export { createJudge, type Judge, type JudgeOptions } from './judge.js';
export { VERDICTS, VERDICT_IDS, verdictLabel, type Verdict, type TestVerdict } from './verdicts.js';
export { LIMITS, MAX_CODE_BYTES, resolveLimits, type Limits, type LimitName } from './limits.js';
export { LANGUAGES, MODES, type JudgeRequest, type JudgeResult, type Language, type Mode, type TestResult } from './types.js';
export { stripTypes } from './compile-js.js';
export { describeComparison, type Tolerance } from './compare.js';
