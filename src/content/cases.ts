import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../core/errors.js';
import type { AreaId, Difficulty, SkillId } from '../core/taxonomy.js';
import { parseCaseCsv, COLUMN_TYPES, type CaseRow, type ColumnType } from './case-csv.js';
import { displayPath, ID_PATTERN, readMarkdownEntry, type LoadResult } from './collection.js';
import { exerciseMetaFields, outlineSchema, rubricSchema, text, type ExerciseRubricPoint } from './exercise-fields.js';
import { lineOf } from './front-matter.js';

/**
 * Metric cases: content/cases/<slug>/case.md (front-matter: columns, charts, questions; body: the
 * situation) and data.csv, generated from a seed by scripts/generate-cases.ts.
 */

const id = z.string().regex(ID_PATTERN, 'ids are lowercase words joined by "-"');
const columnName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'column names are lowercase words joined by "_"');

const columnSchema = z.strictObject({ name: columnName, type: z.enum(COLUMN_TYPES), description: text });

/** line and bar plot y per x (summed or averaged); histogram counts rows per range of a numeric x. */
export const CHART_TYPES = ['line', 'bar', 'histogram'] as const;
/** How rows that share an x (and series) combine: the sum or mean of y, or the number of rows. */
export const AGGREGATES = ['sum', 'mean', 'count'] as const;
const chartSchema = z.strictObject({
  type: z.enum(CHART_TYPES),
  title: text,
  x: columnName,
  /** Columns to plot; "a/b" plots the ratio of the sums of a and b per point. */
  y: z.array(z.string().regex(/^[a-z][a-z0-9_]*(\/[a-z][a-z0-9_]*)?$/, 'a y value is a column, or "a/b" for a ratio of two columns')).min(1).max(4).optional(),
  /** Histograms: the number of ranges x is cut into. */
  bins: z.number().int().min(4).max(60).optional(),
  /** Histograms: the range shown; values outside fall in the first or last bin. */
  range: z.tuple([z.number(), z.number()]).refine(([lo, hi]) => lo < hi, 'range is [low, high] with low < high').optional(),
  /** One line or bar colour per value of this column. */
  series: columnName.optional(),
  aggregate: z.enum(AGGREGATES).default('sum'),
  percent: z.boolean().default(false),
  unit: text.optional(),
});

const numericQuestionSchema = z.strictObject({
  id,
  kind: z.literal('numeric'),
  prompt: text,
  /** The exact value the data gives (scripts/generate-cases.ts checks it). */
  answer: z.number(),
  /** Answers within ± tolerance (in `unit`) count as correct. */
  tolerance: z.number().min(0),
  unit: text,
  /** How the answer follows from the data, shown after grading. */
  explanation: text,
});
const openQuestionSchema = z.strictObject({ id, kind: z.literal('open'), prompt: text, rubric: rubricSchema, outline: outlineSchema });

const caseSchema = z.strictObject({
  ...exerciseMetaFields,
  columns: z.array(columnSchema).min(2).max(12),
  charts: z.array(chartSchema).min(1).max(4),
  questions: z.array(z.discriminatedUnion('kind', [numericQuestionSchema, openQuestionSchema])).min(2).max(8),
});

export type CaseColumn = z.output<typeof columnSchema>;
export type CaseChart = z.output<typeof chartSchema>;
export type NumericCaseQuestion = z.output<typeof numericQuestionSchema>;
export interface OpenCaseQuestion {
  id: string;
  kind: 'open';
  prompt: string;
  rubric: ExerciseRubricPoint[];
  outline: string[];
}
export type CaseQuestion = NumericCaseQuestion | OpenCaseQuestion;

export interface MetricCase {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  minutes: number;
  skills: SkillId[];
  areas: AreaId[];
  fromGuide: boolean;
  /** The situation, in Markdown. */
  situation: string;
  columns: CaseColumn[];
  charts: CaseChart[];
  questions: CaseQuestion[];
  rows: CaseRow[];
  file: string;
  dataFile: string;
}

export function loadCases(root: string): LoadResult<MetricCase> {
  const dir = path.join(root, 'cases');
  const result: LoadResult<MetricCase> = { items: [], problems: [] };
  if (!fs.existsSync(dir)) return result;
  for (const slug of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, slug);
    if (!fs.statSync(folder).isDirectory()) continue;
    const one = loadCaseFolder(root, folder);
    if (one.item) result.items.push(one.item);
    result.problems.push(...one.problems);
  }
  return result;
}

function loadCaseFolder(root: string, folder: string): { item?: MetricCase; problems: ContentProblem[] } {
  const slug = path.basename(folder);
  const shownDir = displayPath(root, folder);
  const problems: ContentProblem[] = [];
  if (!ID_PATTERN.test(slug)) problems.push({ path: shownDir, line: 1, message: `folder name "${slug}" must be lowercase words joined by "-" (it is the case id)` });
  for (const file of ['case.md', 'data.csv']) {
    if (!fs.existsSync(path.join(folder, file))) problems.push({ path: `${shownDir}/${file}`, line: 1, message: 'missing file: every case has case.md and data.csv' });
  }
  if (problems.length > 0) return { problems };

  const entry = readMarkdownEntry(root, path.join(folder, 'case.md'), caseSchema);
  const found = entry.items[0];
  if (!found) return { problems: entry.problems };
  const meta = found.meta;
  const yaml = found.parsed.yaml;
  const at = (keyPath: (string | number)[], message: string) => problems.push({ path: found.file, line: lineOf(yaml, keyPath), message });

  const names = meta.columns.map((c) => c.name);
  meta.columns.forEach((c, i) => names.indexOf(c.name) !== i && at(['columns', i, 'name'], `the column "${c.name}" is declared twice`));
  const typeOf = new Map<string, ColumnType>(meta.columns.map((c) => [c.name, c.type]));
  meta.charts.forEach((chart, i) => {
    if (!typeOf.has(chart.x)) at(['charts', i, 'x'], `x: no column "${chart.x}"; the columns are: ${names.join(', ')}`);
    if ((chart.type === 'histogram' || chart.aggregate === 'count') && chart.y) at(['charts', i, 'y'], 'this chart counts rows: leave out y');
    if (chart.type === 'histogram' && typeOf.has(chart.x) && !['integer', 'number'].includes(typeOf.get(chart.x) as string)) at(['charts', i, 'x'], `x: a histogram needs a numeric column; "${chart.x}" is ${typeOf.get(chart.x)}`);
    if (chart.type !== 'histogram' && chart.aggregate !== 'count' && !chart.y) at(['charts', i, 'type'], `a ${chart.type} chart needs y: the columns to plot (or aggregate: count)`);
    if (chart.series && !typeOf.has(chart.series)) at(['charts', i, 'series'], `series: no column "${chart.series}"; the columns are: ${names.join(', ')}`);
    (chart.y ?? []).forEach((y, k) => {
      for (const part of y.split('/')) {
        const type = typeOf.get(part);
        if (!type) at(['charts', i, 'y', k], `y: no column "${part}"; the columns are: ${names.join(', ')}`);
        else if (type !== 'integer' && type !== 'number') at(['charts', i, 'y', k], `y: the column "${part}" is ${type}; plot numbers`);
      }
    });
  });
  const questionIds = meta.questions.map((q) => q.id);
  meta.questions.forEach((q, i) => questionIds.indexOf(q.id) !== i && at(['questions', i, 'id'], `the question id "${q.id}" is used twice`));
  if (!meta.questions.some((q) => q.kind === 'numeric')) at(['questions'], 'a case has at least one numeric question');
  if (!meta.questions.some((q) => q.kind === 'open')) at(['questions'], 'a case has at least one open question');

  const situation = found.body.trim();
  if (!situation) problems.push({ path: found.file, line: found.bodyLine, message: 'the situation (the text after the front-matter) is empty' });

  const dataFile = `${shownDir}/data.csv`;
  const data = parseCaseCsv(dataFile, fs.readFileSync(path.join(folder, 'data.csv'), 'utf8'), meta.columns);
  problems.push(...data.problems);
  if (problems.length > 0) return { problems };
  return {
    problems,
    item: {
      id: slug,
      title: meta.title,
      summary: meta.summary,
      difficulty: meta.difficulty,
      minutes: meta.minutes,
      skills: meta.skills,
      areas: meta.areas,
      fromGuide: meta.fromGuide,
      situation,
      columns: meta.columns,
      charts: meta.charts,
      questions: meta.questions,
      rows: data.rows,
      file: found.file,
      dataFile,
    },
  };
}
