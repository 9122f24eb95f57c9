import os from 'node:os';
import { z } from 'zod';
import { InvalidInputError, LimitError, TpmprepError, UnavailableError } from '../core/errors.js';
import type { Problem } from '../content/problems.js';
import { compileSubmission, firstUserFrame } from './compile-js.js';
import { createJsRunner } from './js-runner.js';
import { MAX_CODE_BYTES, resolveLimits } from './limits.js';
import { createPyRunner } from './py-runner.js';
import { runTests } from './run-tests.js';
import { TestCaseBook } from './test-cases.js';
import { createTypeChecker, describeTypeErrors } from './type-check.js';
import { LANGUAGES, MODES, type JudgeRequest, type JudgeResult, type Language, type SandboxRunner, type SandboxSession } from './types.js';

export interface JudgeOptions {
  /** QuickJS worker threads kept warm (default: 2, at most the number of CPUs). */
  jsWorkers?: number;
  /** Pyodide processes judging at once (default: 2, at most the number of CPUs). */
  pyProcesses?: number;
  /** Fresh Python interpreters each process keeps built ahead (default: 3); each serves one submission. */
  pySpares?: number;
}

export interface Judge {
  /** Judges one submission. Throws InvalidInputError/LimitError for a malformed request; never for bad code. */
  judge(problem: Problem, request: JudgeRequest): Promise<JudgeResult>;
  /** Starts the sandboxes now instead of at the first submission (Python needs ~3 s the first time). */
  warmUp(languages?: readonly Language[]): Promise<void>;
  /** Generates the problems' large tests and their expected values now, not at their first Submit. */
  prepare(problems: readonly Problem[]): Promise<void>;
  /** Stops every sandbox; waiting submissions fail with UnavailableError. */
  close(): Promise<void>;
}

const requestSchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  code: z.string(),
  mode: z.enum(MODES),
});

export function createJudge(options: JudgeOptions = {}): Judge {
  const cores = os.availableParallelism();
  const js = createJsRunner({ workers: options.jsWorkers ?? Math.min(2, cores) });
  const py = createPyRunner({ processes: options.pyProcesses ?? Math.min(2, cores), ...(options.pySpares ? { spares: options.pySpares } : {}) });
  const book = new TestCaseBook();
  const types = createTypeChecker();
  let closed = false;
  const runnerFor = (lang: Language): SandboxRunner => (lang === 'py' ? py : js);

  return {
    async judge(problem, rawRequest) {
      if (closed) throw new UnavailableError('the judge is closed; create a new one');
      const parsed = requestSchema.safeParse(rawRequest);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InvalidInputError(`invalid submission: ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'malformed'}`);
      }
      const request = parsed.data;
      const size = Buffer.byteLength(request.code);
      if (size > MAX_CODE_BYTES) {
        throw new LimitError(`the code is ${size} bytes; the limit for a submission is ${MAX_CODE_BYTES} bytes`);
      }
      const limits = resolveLimits(problem.limits, `problem ${problem.id}`);
      const started = performance.now();
      // Take a place in the sandbox queue first: submissions are served in the order they arrived,
      // whatever their compilation or test generation takes.
      const opening = runnerFor(request.lang).open();
      opening.catch(() => undefined); // awaited below; this only keeps an early rejection from counting as unhandled
      let session: SandboxSession | undefined;
      try {
        const cases = await book.cases(problem, request.mode);
        let code = request.code;
        let locate = (_stack: string) => '';
        if (request.lang !== 'py') {
          const compiled = await compileSubmission(request.code, request.lang, problem.entry.ts);
          if (!compiled.ok) return runTests.unrun(cases, 'compile_error', compiled.message, started);
          if (request.lang === 'ts') {
            const typeErrors = await types.check(request.code);
            if (typeErrors && typeErrors.length > 0) return runTests.unrun(cases, 'compile_error', describeTypeErrors(typeErrors), started);
          }
          code = compiled.code;
          locate = (stack) => firstUserFrame(stack, compiled.originalLine);
        }
        session = await opening;
        const job = { code, kind: problem.kind, entry: request.lang === 'py' ? problem.entry.py : problem.entry.ts, restrictions: problem.restrictions, limits };
        const tolerance = problem.tolerance;
        return await runTests(session, job, cases, { mode: request.mode, limits, locate, started, ...(tolerance ? { tolerance } : {}) });
      } catch (error) {
        if (error instanceof TpmprepError) throw error;
        const message = `the judge failed: ${error instanceof Error ? error.message : String(error)}`;
        return runTests.unrun([], 'internal_error', message, started);
      } finally {
        if (session) session.close();
        else opening.then((unused) => unused.close(), () => undefined);
      }
    },
    async warmUp(languages = LANGUAGES) {
      const runners = new Set(languages.map(runnerFor));
      await Promise.all([...[...runners].map((runner) => runner.warmUp()), languages.includes('ts') ? types.warmUp() : undefined]);
    },
    async prepare(problems) {
      for (const problem of problems) await book.cases(problem, 'submit');
    },
    async close() {
      closed = true;
      await Promise.all([js.close(), py.close(), types.close()]);
    },
  };
}
