import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from '../core/errors.js';
import { parseMarkdown, validate, type ParsedMarkdown } from './front-matter.js';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadResult<T> {
  items: T[];
  problems: ContentProblem[];
}

export interface MarkdownEntry<M> {
  id: string;
  /** Path relative to the content root, as shown in problems. */
  file: string;
  meta: M;
  body: string;
  bodyLine: number;
  parsed: ParsedMarkdown;
}

/** Lists `*.md` files in a folder, sorted, without recursing. A missing folder lists nothing. */
export function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function displayPath(root: string, file: string): string {
  return path.join('content', path.relative(root, file));
}

/** Reads one Markdown file with front-matter and validates the front-matter with `schema`. */
export function readMarkdownEntry<M>(root: string, file: string, schema: z.ZodType<M>): LoadResult<MarkdownEntry<M>> {
  const shown = displayPath(root, file);
  const id = path.basename(file, '.md');
  const problems: ContentProblem[] = [];
  if (!ID_PATTERN.test(id)) {
    problems.push({ path: shown, line: 1, message: `file name "${id}" must be lowercase words joined by "-" (it is the id)` });
  }
  const parsed = parseMarkdown(shown, fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return { items: [], problems: [...problems, ...parsed.problems] };
  const meta = validate(parsed.value.yaml, parsed.value.data ?? {}, schema);
  if (!meta.ok) return { items: [], problems: [...problems, ...meta.problems] };
  if (problems.length > 0) return { items: [], problems };
  const { body, bodyLine } = parsed.value;
  return { items: [{ id, file: shown, meta: meta.value, body, bodyLine, parsed: parsed.value }], problems: [] };
}

/** Reads every Markdown entry of a folder. */
export function readMarkdownFolder<M>(root: string, dir: string, schema: z.ZodType<M>): LoadResult<MarkdownEntry<M>> {
  const result: LoadResult<MarkdownEntry<M>> = { items: [], problems: [] };
  for (const file of markdownFiles(dir)) {
    const one = readMarkdownEntry(root, file, schema);
    result.items.push(...one.items);
    result.problems.push(...one.problems);
  }
  return result;
}

/** Reports ids that differ from a closed set: unknown ones, and missing ones. */
export function checkClosedSet(
  shownDir: string,
  entries: readonly { id: string; file: string }[],
  expected: readonly string[],
  what: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set(entries.map((e) => e.id));
  for (const entry of entries) {
    if (!expected.includes(entry.id)) {
      problems.push({ path: entry.file, line: 1, message: `unknown ${what} "${entry.id}"; the ${what}s are: ${expected.join(', ')}` });
    }
  }
  for (const id of expected) {
    if (!seen.has(id)) problems.push({ path: `${shownDir}/${id}.md`, line: 1, message: `the ${what} "${id}" has no file` });
  }
  return problems;
}
