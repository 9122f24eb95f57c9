import { TpmprepError, type ErrorCode } from '../core/errors.js';

/** Exit codes: 0 success, 1 unexpected, 2 bad input, then one per error kind. */
export const EXIT_CODE_OF: Record<ErrorCode, number> = {
  invalid_input: 2,
  not_found: 3,
  invalid_content: 4,
  limit_exceeded: 5,
  conflict: 6,
  unavailable: 7,
  storage: 8,
  unauthorized: 10,
  forbidden: 11,
  rate_limited: 12,
  internal: 1,
};

/** `tpmprep judge` ran the code and it was not accepted: the run worked, the code did not. */
export const NOT_ACCEPTED_EXIT_CODE = 9;

/** The exit codes as `tpmprep --help` lists them. */
export function exitCodesHelp(): string {
  const rows: Array<[number, string]> = [
    [0, 'success'],
    [1, 'unexpected failure (a bug: please report it with the detail printed)'],
    [EXIT_CODE_OF.invalid_input, 'bad input: an option, argument or file is wrong; the message says which'],
    [EXIT_CODE_OF.not_found, 'not found: no such question, problem, setting, mock or file'],
    [EXIT_CODE_OF.invalid_content, 'invalid content: a content file is broken (tpmprep content check names it)'],
    [EXIT_CODE_OF.limit_exceeded, 'over a limit: too long, too large or too many'],
    [EXIT_CODE_OF.conflict, 'conflict: the data is not in a state that allows this (e.g. a server holds the database)'],
    [EXIT_CODE_OF.unavailable, 'unavailable: something needed is not running or not reachable (e.g. the language model)'],
    [EXIT_CODE_OF.storage, 'storage: the database could not be read or written'],
    [NOT_ACCEPTED_EXIT_CODE, 'judge only: the code ran but was not accepted'],
  ];
  return `\nExit codes:\n${rows.map(([code, text]) => `  ${String(code).padEnd(2)}  ${text}`).join('\n')}\n\nWith --json, an error is one JSON document on stderr: {"error":{"code","message","exitCode"}}.\n`;
}

/** True when the command line asks for JSON: errors then go to stderr as JSON too. */
const wantsJson = () => process.argv.includes('--json');

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function exitCodeOf(error: unknown): number {
  return error instanceof TpmprepError ? EXIT_CODE_OF[error.code] : 1;
}

/** Runs a command body; a failure prints one clear message on stderr and sets the exit code. */
export function action<A extends unknown[]>(body: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (error) {
      process.exitCode = exitCodeOf(error);
      if (wantsJson()) {
        const known = error instanceof TpmprepError;
        const message = known ? error.message : `unexpected failure; please report it with this detail: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        process.stderr.write(`${JSON.stringify({ error: { code: known ? error.code : 'internal', message, exitCode: process.exitCode } })}\n`);
        return;
      }
      if (error instanceof TpmprepError) {
        process.stderr.write(`error: ${error.message}\n`);
      } else {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        process.stderr.write(`error: unexpected failure; please report it with this detail:\n${detail}\n`);
      }
    }
  };
}

/** Pads a table of rows into aligned columns for the terminal. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n');
}

export const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);
export const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text);
