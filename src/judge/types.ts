import type { Limits } from './limits.js';
import type { TestVerdict, Verdict } from './verdicts.js';

export const LANGUAGES = ['ts', 'js', 'py'] as const;
export type Language = (typeof LANGUAGES)[number];

export const MODES = ['run', 'submit'] as const;
/** `run` judges the visible examples; `submit` judges every test and stops at the first failure. */
export type Mode = (typeof MODES)[number];

export interface JudgeRequest {
  lang: Language;
  code: string;
  mode: Mode;
}

export interface TestResult {
  /** Position in the problem's tests.yaml. */
  index: number;
  name: string;
  visible: boolean;
  passed: boolean;
  /** Null when the test did not run (an earlier test failed in submit mode, or the sandbox was stopped). */
  verdict: TestVerdict | null;
  /** CPU time the sandbox spent on this test (loading the code, the call, serializing the value), measured by the host. */
  timeMs: number;
  /** Visible tests only: the input, the expected value and the returned value. */
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  /** Visible tests only: what the code printed (truncated). */
  stdout?: string;
  /** Why the test failed, when it did (an exception, a limit). */
  message?: string;
}

export interface JudgeResult {
  verdict: Verdict;
  passed: number;
  total: number;
  tests: TestResult[];
  /** Sum of the tests' times plus loading the code, measured by the host. */
  timeMs: number;
  /** Wall time from the request to the verdict, queueing included. */
  wallMs: number;
  message?: string;
}

/** What a sandbox needs to run one submission; the code is already compiled for QuickJS. */
export interface SandboxJob {
  code: string;
  kind: 'function' | 'class';
  entry: string;
  restrictions: readonly string[];
  limits: Limits;
}

/**
 * The host's verdict on loading a submission, decided from what the sandbox said (see
 * sandbox-protocol.ts). `stack` is a QuickJS stack in the compiled code, mapped back by the judge.
 */
export type LoadOutcome =
  | { ok: true; timeMs: number }
  | { ok: false; verdict: 'compile_error' | TestVerdict; message: string; stack?: string; timeMs: number };

/** One test as the host judged it; `timeMs` is always the host's own measurement. */
export type TestOutcome =
  | { status: 'ok'; output: string; timeMs: number; stdout: string }
  | {
      status: 'error';
      verdict: TestVerdict;
      message: string;
      timeMs: number;
      stdout: string;
      stack?: string;
      /** An exception raised by the submission: its type and where (shown for hidden tests instead of the message). */
      exception?: { name: string; where: string };
    };

export type FailedTest = Extract<TestOutcome, { status: 'error' }>;

/** What one request to a sandbox may spend: CPU time, and wall time before the sandbox is killed. */
export interface Budget {
  cpuMs: number;
  wallMs: number;
}

/** One submission's hold on a sandbox: load the code once, then run tests one at a time. */
export interface SandboxSession {
  load(job: SandboxJob, budget: Budget): Promise<LoadOutcome>;
  runTest(inputJson: string, budget: Budget): Promise<TestOutcome>;
  /** False once the sandbox was terminated (a deadline overrun, a crash): no more tests can run. */
  readonly alive: boolean;
  /** Releases the sandbox; a session whose sandbox was terminated has nothing left to release. */
  close(): void;
}

export interface SandboxRunner {
  /** Waits, first come first served (in the order of the calls), for a free sandbox. */
  open(): Promise<SandboxSession>;
  warmUp(): Promise<void>;
  close(): Promise<void>;
}
