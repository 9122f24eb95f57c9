import { TpmprepError, type ErrorCode } from '../core/errors.js';

/** Exit codes: 0 success, 1 unexpected, 2 bad input, then one per error kind. */
const EXIT_CODE_OF: Record<ErrorCode, number> = {
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
      if (error instanceof TpmprepError) {
        process.stderr.write(`error: ${error.message}\n`);
      } else {
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        process.stderr.write(`error: unexpected failure; please report it with this detail:\n${detail}\n`);
      }
      process.exitCode = exitCodeOf(error);
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
