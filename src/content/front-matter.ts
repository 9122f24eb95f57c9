import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from '../core/errors.js';

/** A YAML document with enough position information to point a person at the broken line. */
export interface LocatedYaml {
  path: string;
  doc: Document;
  lineCounter: LineCounter;
  /** File line of the YAML text's first line (2 for front-matter, 1 for a whole YAML file). */
  firstLine: number;
}

export interface ParsedMarkdown {
  yaml: LocatedYaml;
  data: unknown;
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

export function parseYaml(path: string, text: string, firstLine = 1): Parsed<{ yaml: LocatedYaml; data: unknown }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yaml = { path, doc, lineCounter, firstLine };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        path,
        line: lineCounter.linePos(error.pos[0]).line + firstLine - 1,
        message: `YAML: ${firstSentence(error.message)}`,
      })),
    };
  }
  return { ok: true, value: { yaml, data: doc.toJS() } };
}

/** Splits `---\n<yaml>\n---\n<body>` and parses the YAML part. */
export function parseMarkdown(path: string, text: string): Parsed<ParsedMarkdown> {
  const normalized = text.replace(/\r\n/g, '\n');
  if (!normalized.startsWith('---\n')) {
    return fail(path, 1, 'the file must start with a line "---" that opens the YAML front-matter');
  }
  const close = normalized.indexOf('\n---', 3);
  const afterClose = normalized.charAt(close + 4);
  if (close < 0 || (afterClose !== '\n' && afterClose !== '')) {
    return fail(path, 1, 'the front-matter is not closed: add a line "---" after it');
  }
  const yamlText = normalized.slice(4, close + 1);
  const parsed = parseYaml(path, yamlText, 2);
  if (!parsed.ok) return parsed;
  const bodyLine = yamlText.split('\n').length + 2;
  return {
    ok: true,
    value: { ...parsed.value, body: normalized.slice(close + 5), bodyLine },
  };
}

/** Validates parsed YAML with a zod schema; each issue is reported at the line of the offending value. */
export function validate<T>(yaml: LocatedYaml, data: unknown, schema: z.ZodType<T>): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: yaml.path,
      line: lineOf(yaml, issue.path as (string | number)[]),
      message: describeIssue(issue.path as (string | number)[], issue.message),
    })),
  };
}

/** The file line of the value at `keyPath`, or of its nearest existing parent. */
export function lineOf(yaml: LocatedYaml, keyPath: readonly (string | number)[]): number {
  for (let depth = keyPath.length; depth >= 0; depth--) {
    const node = depth === 0 ? yaml.doc.contents : yaml.doc.getIn(keyPath.slice(0, depth), true);
    if (isNode(node) && node.range) {
      return yaml.lineCounter.linePos(node.range[0]).line + yaml.firstLine - 1;
    }
  }
  return yaml.firstLine;
}

function describeIssue(keyPath: readonly (string | number)[], message: string): string {
  const where = keyPath.length > 0 ? keyPath.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[') : 'front-matter';
  return `${where}: ${message}`;
}

function firstSentence(message: string): string {
  return message.split('\n')[0] ?? message;
}

function fail<T>(path: string, line: number, message: string): Parsed<T> {
  return { ok: false, problems: [{ path, line, message }] };
}
