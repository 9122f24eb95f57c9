import type { ContentProblem } from '../core/errors.js';

/** How a case's data column is read: whole numbers, decimals, dates (YYYY-MM-DD) or free text. */
export const COLUMN_TYPES = ['integer', 'number', 'date', 'text'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export type CaseRow = Record<string, string | number>;

/** At most this many data rows per case: a data set a person can read and chart in the browser. */
export const MAX_CASE_ROWS = 2000;

/** Splits one CSV line; fields may be quoted with "" for a quote inside. Newlines inside fields are not supported. */
export function splitCsvLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) return undefined;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i];
        i++;
      }
      fields.push(value);
      if (i < line.length && line[i] !== ',') return undefined;
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length : end;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

/** Writes one CSV field, quoting only when it must. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function readCell(raw: string, type: ColumnType): string | number | undefined {
  if (type === 'text') return raw;
  if (type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? raw : undefined;
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) return undefined;
  if (type === 'integer' && !Number.isInteger(value)) return undefined;
  return value;
}

const EXPECTED: Record<ColumnType, string> = {
  integer: 'a whole number',
  number: 'a number',
  date: 'a date YYYY-MM-DD',
  text: 'text',
};

/** Parses a case's data.csv against its declared columns; every problem names its line. */
export function parseCaseCsv(file: string, csv: string, columns: ReadonlyArray<{ name: string; type: ColumnType }>): { rows: CaseRow[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const rows: CaseRow[] = [];
  const lines = csv.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = splitCsvLine(lines[0] ?? '');
  const expected = columns.map((c) => c.name);
  if (!header || header.join(',') !== expected.join(',')) {
    return { rows, problems: [{ path: file, line: 1, message: `the header must be "${expected.join(',')}" (the columns case.md declares, in order); found "${lines[0] ?? ''}"` }] };
  }
  if (lines.length - 1 > MAX_CASE_ROWS) {
    problems.push({ path: file, line: MAX_CASE_ROWS + 2, message: `a case has at most ${MAX_CASE_ROWS} data rows; found ${lines.length - 1}` });
  }
  if (lines.length < 2) problems.push({ path: file, line: 1, message: 'the data has no rows' });
  for (let n = 1; n < lines.length && problems.length < 20; n++) {
    const fields = splitCsvLine(lines[n] ?? '');
    if (!fields || fields.length !== columns.length) {
      problems.push({ path: file, line: n + 1, message: `expected ${columns.length} fields (${expected.join(', ')}), found ${fields?.length ?? 'a broken quote'}` });
      continue;
    }
    const row: CaseRow = {};
    columns.forEach((column, k) => {
      const raw = fields[k] as string;
      const value = readCell(raw, column.type);
      if (value === undefined) problems.push({ path: file, line: n + 1, message: `column "${column.name}": "${raw}" is not ${EXPECTED[column.type]}` });
      else row[column.name] = value;
    });
    rows.push(row);
  }
  return { rows, problems };
}
