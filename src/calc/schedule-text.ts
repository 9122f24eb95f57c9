import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { InvalidInputError } from '../core/errors.js';
import { CALC_LIMITS, atMost } from './limits.js';
import { readTask, type TaskSpec } from './schedule-task.js';

export const SCHEDULE_FORMATS = ['yaml', 'csv'] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMATS)[number];

/** Project settings a YAML file may carry next to its tasks; request options override them. */
export interface ScheduleFileOptions {
  start?: unknown;
  calendar?: unknown;
  deadline?: unknown;
}

export interface ParsedSchedule extends ScheduleFileOptions {
  format: ScheduleFormat;
  tasks: TaskSpec[];
}

const MAX_PROBLEMS_SHOWN = 10;
const CSV_COLUMNS = ['id', 'name', 'duration', 'depends', 'optimistic', 'likely', 'pessimistic'] as const;
const CSV_ALIASES: Record<string, (typeof CSV_COLUMNS)[number]> = { 'most likely': 'likely', most_likely: 'likely', mostlikely: 'likely', dependencies: 'depends', 'depends on': 'depends', task: 'id' };
const FILE_KEYS = ['tasks', 'start', 'calendar', 'deadline'];

function fail(problems: string[]): never {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = problems.length > shown.length ? `\n(and ${problems.length - shown.length} more)` : '';
  throw new InvalidInputError(`the schedule has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${shown.join('\n')}${more}`);
}

/** CSV when the first line reads like a header of columns, YAML otherwise. */
export function detectFormat(text: string): ScheduleFormat {
  const first = text.split(/\r?\n/).find((line) => line.trim() && !line.trim().startsWith('#')) ?? '';
  return /^\s*"?(id|task)"?\s*,/i.test(first) ? 'csv' : 'yaml';
}

export function parseScheduleText(text: string, format: ScheduleFormat = detectFormat(text)): ParsedSchedule {
  if (text.length > CALC_LIMITS.maxScheduleChars) fail([`the text is too long: ${atMost('maxScheduleChars', 'characters')}`]);
  const parsed = format === 'csv' ? parseCsvTasks(text) : parseYamlTasks(text);
  if (parsed.tasks.length === 0) fail(['it has no tasks; give at least one']);
  if (parsed.tasks.length > CALC_LIMITS.maxTasks) fail([`it has ${parsed.tasks.length} tasks: ${atMost('maxTasks', 'tasks')}`]);
  return parsed;
}

function collectTasks(items: Array<{ raw: unknown; line: number }>): TaskSpec[] {
  if (items.length > CALC_LIMITS.maxTasks) fail([`it has ${items.length} tasks: ${atMost('maxTasks', 'tasks')}`]);
  const problems: string[] = [];
  const tasks: TaskSpec[] = [];
  for (const { raw, line } of items) {
    const { task, problems: found } = readTask(raw, line);
    const label = raw && typeof raw === 'object' && 'id' in raw ? ` task "${String((raw as { id: unknown }).id)}":` : '';
    for (const problem of found) problems.push(`line ${line}:${label} ${problem}`);
    if (task) tasks.push(task);
  }
  if (problems.length > 0) fail(problems);
  return tasks;
}

function parseYamlTasks(text: string): ParsedSchedule {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    fail(doc.errors.map((e) => `line ${lineCounter.linePos(e.pos[0]).line}: YAML: ${e.message.split('\n')[0]}`));
  }
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const root = doc.contents;
  let list: Node | null | undefined = root;
  const options: ScheduleFileOptions = {};
  if (isMap(root)) {
    const problems: string[] = [];
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (!FILE_KEYS.includes(key)) problems.push(`line ${lineOf(pair.key as Node)}: unknown key "${key}"; a schedule file has ${FILE_KEYS.join(', ')}`);
    }
    if (problems.length > 0) fail(problems);
    list = root.get('tasks', true) as Node | undefined;
    const json = root.toJSON() as Record<string, unknown>;
    for (const key of ['start', 'calendar', 'deadline'] as const) if (json[key] !== undefined) options[key] = json[key];
  }
  if (!isSeq(list)) {
    fail([`line ${lineOf(list ?? root)}: expected a list of tasks (or a "tasks:" key holding one), each with an id, a duration or estimate, and depends`]);
  }
  const items = list.items.map((item) => ({ raw: (item as Node).toJSON(), line: lineOf(item as Node) }));
  return { format: 'yaml', tasks: collectTasks(items), ...options };
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. Returns each row's first line. */
export function parseCsvRows(text: string): Array<{ cells: string[]; line: number }> {
  const rows: Array<{ cells: string[]; line: number }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      rowLine = ++line;
    } else {
      cell += c;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows.filter((row) => row.cells.some((c) => c.trim()) && !row.cells[0]?.trim().startsWith('#'));
}

function parseCsvTasks(text: string): ParsedSchedule {
  const [header, ...rows] = parseCsvRows(text);
  if (!header) fail(['it is empty; give a header row id,name,duration,depends and one row per task']);
  const columns = header.cells.map((c) => {
    const name = c.trim().toLowerCase();
    return CSV_ALIASES[name] ?? name;
  });
  const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0 || !columns.includes('id')) {
    fail([`line ${header.line}: the header must name the columns id,name,duration,depends (and optionally optimistic,likely,pessimistic)${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}`]);
  }
  const items = rows.map(({ cells, line }) => {
    const record: Record<string, string> = {};
    columns.forEach((column, i) => (record[column] = (cells[i] ?? '').trim()));
    const raw: Record<string, unknown> = { id: record.id };
    if (record.name) raw.name = record.name;
    if (record.depends) raw.depends = record.depends;
    const number = (value: string) => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : value);
    if (record.duration) raw.duration = number(record.duration);
    if (record.optimistic || record.likely || record.pessimistic) raw.estimate = [number(record.optimistic ?? ''), number(record.likely ?? ''), number(record.pessimistic ?? '')];
    return { raw, line };
  });
  return { format: 'csv', tasks: collectTasks(items) };
}
