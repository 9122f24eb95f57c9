import { z } from 'zod';
import { LIMITS, type Limits } from './limits.js';
import type { FailedTest, LoadOutcome, TestOutcome } from './types.js';
import type { TestVerdict } from './verdicts.js';

/**
 * What a sandbox (the QuickJS worker, the Pyodide process) may tell the host, and how the host turns
 * it into a verdict. A sandbox says only "this value, as JSON text" or "this error, of this kind";
 * it never names a verdict, a count or a time. The host checks every reply against these strict
 * schemas: a reply that does not fit is a judge failure (internal_error, and the sandbox is
 * replaced), never a verdict. Times come from the host's own measurement of the sandbox's CPU.
 */

/** Error messages are cut here, in both languages, before anything stores or shows them. */
export const MESSAGE_CHARS = 2_000;
/** What a sandbox keeps of a test's printed output (the rest is counted, not kept). */
export const STDOUT_KEPT_CHARS = 8 * 1024;
/** How much of the printed output an output-limit verdict shows. */
export const OUTPUT_PREVIEW_CHARS = 1024;

export function cutMessage(text: string): string {
  return text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)} (cut)` : text;
}

/** Kinds of error a sandbox can report; the host alone maps each to a verdict. */
export const ERROR_KINDS = ['syntax', 'entry', 'exception', 'stack_overflow', 'exit', 'memory', 'output', 'timeout'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

const VERDICT_OF_KIND: Record<ErrorKind, TestVerdict> = {
  syntax: 'runtime_error',
  entry: 'runtime_error',
  exception: 'runtime_error',
  stack_overflow: 'runtime_error',
  exit: 'runtime_error',
  memory: 'memory_limit_exceeded',
  output: 'output_limit_exceeded',
  timeout: 'time_limit_exceeded',
};

const sandboxError = z.strictObject({
  kind: z.enum(ERROR_KINDS),
  /** The exception's type name (exceptions only). */
  name: z.string().max(200).optional(),
  message: z.string().max(MESSAGE_CHARS + 50),
  /** Python: " (line 3, in solve)" in the submitted code. */
  where: z.string().max(200).optional(),
  /** JavaScript: the QuickJS stack, mapped to submitted lines by the host. */
  stack: z.string().max(16_384).optional(),
});
export type SandboxError = z.infer<typeof sandboxError>;

export const loadedReplySchema = z.strictObject({ type: z.literal('loaded'), error: sandboxError.optional() });

export const resultReplySchema = z
  .strictObject({
    type: z.literal('result'),
    output: z.string().max(LIMITS.outputKb.max * 1024 + 1).optional(),
    error: sandboxError.optional(),
    stdout: z.string().max(STDOUT_KEPT_CHARS),
    /** Bytes the test tried to print, the part not kept included. */
    printed: z.number().int().nonnegative(),
    /** The sandbox cannot run another test (a fatal interpreter error). */
    fatal: z.boolean().optional(),
  })
  .refine((reply) => (reply.output === undefined) !== (reply.error === undefined), 'a result carries a value or an error');
export type ResultReply = z.infer<typeof resultReplySchema>;

export const timeLimitMessage = (limits: Limits) => `time limit exceeded (${limits.timePerTestMs} ms per test)`;
export const memoryLimitMessage = (limits: Limits) => `memory limit exceeded (${limits.memoryMb} MB)`;

/** A reply that broke the protocol: the judge cannot vouch for anything the sandbox did. */
export function protocolFailure(timeMs: number): FailedTest {
  return { status: 'error', verdict: 'internal_error', message: 'the sandbox sent a reply the judge does not accept; it was replaced', timeMs, stdout: '' };
}

/** The host's verdict on a test reply, with the CPU time the host measured for it. */
export function judgeReply(raw: unknown, timeMs: number, limits: Limits): TestOutcome {
  const parsed = resultReplySchema.safeParse(raw);
  if (!parsed.success) return protocolFailure(timeMs);
  const reply = parsed.data;
  const stdout = reply.stdout;
  const limitBytes = limits.outputKb * 1024;
  // A limit the sandbox hit (output, memory) names the cause better than the time it took to hit it.
  if (reply.error && reply.error.kind !== 'timeout' && (reply.error.kind !== 'exception' || timeMs <= limits.timePerTestMs)) {
    return { ...failureOf(reply.error, limits, reply.printed), timeMs, stdout };
  }
  if (timeMs > limits.timePerTestMs || reply.error) {
    return { status: 'error', verdict: 'time_limit_exceeded', message: timeLimitMessage(limits), timeMs, stdout };
  }
  const output = reply.output ?? 'null';
  const size = Buffer.byteLength(output);
  if (reply.printed > limitBytes || reply.printed + size > limitBytes) {
    const message = reply.printed > limitBytes ? printedTooMuch(limits, reply.printed) : `output limit exceeded (${limits.outputKb} KB per test): the returned value is ${size} bytes`;
    return { status: 'error', verdict: 'output_limit_exceeded', message, timeMs, stdout };
  }
  return { status: 'ok', output, timeMs, stdout };
}

/** The host's verdict on a load reply: a syntax error or a missing entry is a compile error. */
export function judgeLoadReply(raw: unknown, timeMs: number, limits: Limits): LoadOutcome {
  const parsed = loadedReplySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, ...protocolFailure(timeMs) };
  const error = parsed.data.error;
  if (timeMs > limits.timePerTestMs || error?.kind === 'timeout') return { ok: false, verdict: 'time_limit_exceeded', message: timeLimitMessage(limits), timeMs };
  if (!error) return { ok: true, timeMs };
  const failure = failureOf(error, limits, 0);
  const verdict = error.kind === 'syntax' || error.kind === 'entry' ? 'compile_error' : failure.verdict;
  return { ok: false, verdict, message: failure.message, timeMs, ...(failure.stack ? { stack: failure.stack } : {}) };
}

function failureOf(error: SandboxError, limits: Limits, printed: number): Omit<FailedTest, 'timeMs' | 'stdout'> {
  const verdict = VERDICT_OF_KIND[error.kind];
  if (error.kind === 'memory') return { status: 'error', verdict, message: memoryLimitMessage(limits) };
  if (error.kind === 'output') return { status: 'error', verdict, message: printedTooMuch(limits, printed) };
  const stack = error.stack ? { stack: error.stack } : {};
  if (error.kind !== 'exception') return { status: 'error', verdict, message: cutMessage(error.message), ...stack };
  const name = error.name ?? 'Error';
  const where = error.where ?? '';
  const message = cutMessage(error.message ? `${name}: ${error.message}` : name);
  return { status: 'error', verdict, message: `${message}${where}`, exception: { name, where }, ...stack };
}

function printedTooMuch(limits: Limits, printed: number): string {
  return `output limit exceeded (${limits.outputKb} KB per test): the test printed ${printed.toLocaleString('en-US')} bytes before it was stopped`;
}
