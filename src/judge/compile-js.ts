import { transform, type TransformFailure } from 'esbuild';
import { generatedToOriginalLines } from './source-lines.js';

/**
 * Turns a TypeScript or JavaScript submission into a script QuickJS can evaluate: esbuild strips the
 * types (no type checking, as in `tsc --noCheck`) and rewrites `export` into CommonJS, and a wrapper
 * function returns the declared entry. Evaluating the script yields that wrapper.
 */
export type CompiledJs =
  | { ok: true; code: string; originalLine: (generatedLine: number) => number | undefined }
  | { ok: false; message: string };

export const COMPILED_FILE = 'solution.js';

export async function compileSubmission(source: string, lang: 'ts' | 'js', entry: string): Promise<CompiledJs> {
  try {
    const result = await transform(source, {
      loader: lang,
      format: 'cjs',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: `solution.${lang}`,
      logLevel: 'silent',
    });
    // The wrapper's first line shifts every generated line by one.
    const lines = generatedToOriginalLines(result.map);
    const code = `(function () {\n${result.code}\n;return typeof ${entry} === 'undefined' ? undefined : ${entry};\n})`;
    return { ok: true, code, originalLine: (line) => lines[line - 2] };
  } catch (error) {
    return { ok: false, message: describeFailure(error) };
  }
}

/** JavaScript for a TypeScript starter or solution (types removed, `export` kept). */
export async function stripTypes(source: string): Promise<string> {
  const result = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', logLevel: 'silent' });
  return result.code;
}

/** Replaces `solution.js:<line>:<col>` locations with the line in the submitted file. */
export function toSourceLocations(text: string, originalLine: (line: number) => number | undefined): string {
  return text.replace(/solution\.js:(\d+)(?::\d+)?/g, (match, line: string) => {
    const original = originalLine(Number(line));
    return original === undefined ? match : `line ${original}`;
  });
}

/** The first frame of a QuickJS stack that is in the submission, as " (line 12, in get)". */
export function firstUserFrame(stack: string, originalLine: (line: number) => number | undefined): string {
  for (const frame of stack.split('\n')) {
    const match = /at (\S+) \(solution\.js:(\d+)/.exec(frame);
    if (!match?.[2]) continue;
    const line = originalLine(Number(match[2]));
    if (line === undefined) continue;
    const where = match[1] && match[1] !== '<anonymous>' && match[1] !== '<eval>' ? `, in ${match[1]}` : '';
    return ` (line ${line}${where})`;
  }
  return '';
}

function describeFailure(error: unknown): string {
  const failure = error as Partial<TransformFailure>;
  const first = failure.errors?.[0];
  if (!first) return String(error);
  const where = first.location ? `line ${first.location.line}:${first.location.column + 1}: ` : '';
  const more = (failure.errors?.length ?? 1) > 1 ? ` (and ${(failure.errors?.length ?? 1) - 1} more)` : '';
  return `${where}${first.text}${more}`;
}
