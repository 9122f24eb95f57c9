import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, type ContentProblem } from '../core/errors.js';
import { AREA_IDS, DIFFICULTY_IDS, SKILL_IDS } from '../core/taxonomy.js';
import type { AreaId, Difficulty, SkillId } from '../core/taxonomy.js';
import { displayPath, ID_PATTERN, type LoadResult } from './collection.js';
import { lineOf, parseMarkdown, parseYaml, validate, type LocatedYaml } from './front-matter.js';

/**
 * Code problems: content/problems/<slug>/ holds problem.md (front-matter + statement), starter.ts,
 * starter.py, solution.ts, solution.py and tests.yaml. The judge (src/judge) runs them.
 */

/** What a problem may take away from the language, enforced by the judge. */
export const PROBLEM_RESTRICTIONS = [
  { id: 'no-builtin-sort', title: 'Built-in sorting (Array.prototype.sort, sorted, list.sort, heapq, bisect) is unavailable' },
] as const;
export type ProblemRestriction = (typeof PROBLEM_RESTRICTIONS)[number]['id'];
const RESTRICTION_IDS = PROBLEM_RESTRICTIONS.map((r) => r.id) as [ProblemRestriction, ...ProblemRestriction[]];

export const PROBLEM_KINDS = ['function', 'class'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

const FILES = ['problem.md', 'starter.ts', 'starter.py', 'solution.ts', 'solution.py', 'tests.yaml'] as const;
const REQUIRED_SECTIONS = ['## Examples', '## Constraints'] as const;

const text = z.string().trim().min(1);
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an identifier');
const perLanguage = <T extends z.ZodType>(schema: T) => z.strictObject({ ts: schema, py: schema });

const limitsSchema = z.strictObject({
  timePerTestMs: z.number().int().positive().optional(),
  totalTimeMs: z.number().int().positive().optional(),
  memoryMb: z.number().int().positive().optional(),
  outputKb: z.number().int().positive().optional(),
});
export type ProblemLimitOverrides = z.infer<typeof limitsSchema>;

/**
 * How far a returned float may be from the expected one (src/judge/compare.ts). Without it floats
 * compare exactly; integers always do. The judge shows it beside the statement.
 */
const toleranceSchema = z
  .strictObject({
    absolute: z.number().nonnegative().max(1).optional(),
    relative: z.number().nonnegative().max(0.01).optional(),
  })
  .refine((t) => t.absolute !== undefined || t.relative !== undefined, 'declare absolute, relative or both');
export interface ProblemTolerance {
  absolute: number;
  relative: number;
}

const metaSchema = z.strictObject({
  title: text,
  difficulty: z.enum(DIFFICULTY_IDS),
  areas: z.array(z.enum(AREA_IDS)).min(1).max(4),
  skills: z.array(z.enum(SKILL_IDS)).min(1).max(3),
  kind: z.enum(PROBLEM_KINDS),
  entry: perLanguage(identifier),
  methods: z.array(identifier).min(1).optional(),
  signature: perLanguage(text),
  limits: limitsSchema.optional(),
  tolerance: toleranceSchema.optional(),
  restrictions: z.array(z.enum(RESTRICTION_IDS)).optional(),
});
type Meta = z.infer<typeof metaSchema>;

const testName = text.max(120);
const functionTestSchema = z.strictObject({
  name: testName,
  visible: z.boolean().optional(),
  args: z.array(z.unknown()),
  expected: z.unknown(),
});
const classTestSchema = z.strictObject({
  name: testName,
  visible: z.boolean().optional(),
  ops: z.array(identifier).min(1),
  args: z.array(z.array(z.unknown())),
  expected: z.array(z.unknown()),
});
const generatedTestSchema = z.strictObject({
  name: testName,
  visible: z.literal(false).optional(),
  generate: z.looseObject({ generator: text, seed: z.number().int() }),
});

/** The arguments of one call (function problems) or a LeetCode-style operation list (class problems). */
export type TestInput = { args: unknown[] } | { ops: string[]; args: unknown[][] };

interface TestBase {
  name: string;
  visible: boolean;
  /** Where the test is written, for errors found later (a generator rejecting its parameters). */
  source: { path: string; line: number };
}
export type ProblemTest =
  | (TestBase & { type: 'explicit'; input: TestInput; expected: unknown })
  | (TestBase & { type: 'generated'; generator: string; params: Record<string, unknown> & { seed: number } });

export interface Problem {
  id: string;
  title: string;
  difficulty: Difficulty;
  areas: AreaId[];
  skills: SkillId[];
  kind: ProblemKind;
  /** The function or class name a solution declares at top level; JavaScript uses `ts`. */
  entry: { ts: string; py: string };
  /** Class problems: the methods an operation list may call (same names in every language). */
  methods: string[];
  signature: { ts: string; py: string };
  limits: ProblemLimitOverrides;
  /** Declared by problems whose answers are floats; absent means exact comparison. */
  tolerance?: ProblemTolerance;
  restrictions: ProblemRestriction[];
  /** The statement in Markdown, with its Examples and Constraints sections. */
  statement: string;
  starter: { ts: string; py: string };
  solution: { ts: string; py: string };
  tests: ProblemTest[];
  /** Folder relative to the repository, e.g. content/problems/lru-cache. */
  dir: string;
}

/** Loads every problem under `<root>/problems`, reporting every broken file as path:line. */
export function loadProblems(root: string): LoadResult<Problem> {
  const dir = path.join(root, 'problems');
  const result: LoadResult<Problem> = { items: [], problems: [] };
  if (!fs.existsSync(dir)) return result;
  for (const slug of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, slug);
    if (!fs.statSync(folder).isDirectory()) continue;
    const one = loadProblemFolder(root, folder);
    if (one.problem) result.items.push(one.problem);
    result.problems.push(...one.problems);
  }
  return result;
}

/** Like loadProblems, but throws a ContentError listing every problem found. */
export function requireProblems(root: string): Problem[] {
  const { items, problems } = loadProblems(root);
  if (problems.length > 0) throw new ContentError(problems);
  return items;
}

export function loadProblemFolder(root: string, folder: string): { problem?: Problem; problems: ContentProblem[] } {
  const id = path.basename(folder);
  const shownDir = displayPath(root, folder);
  const problems: ContentProblem[] = [];
  if (!ID_PATTERN.test(id)) {
    problems.push({ path: shownDir, line: 1, message: `folder name "${id}" must be lowercase words joined by "-" (it is the problem id)` });
  }
  for (const file of FILES) {
    if (!fs.existsSync(path.join(folder, file))) {
      problems.push({ path: `${shownDir}/${file}`, line: 1, message: `missing file: every problem has ${FILES.join(', ')}` });
    }
  }
  if (problems.length > 0) return { problems };
  const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8').replace(/\r\n/g, '\n');

  const mdPath = `${shownDir}/problem.md`;
  const parsed = parseMarkdown(mdPath, read('problem.md'));
  if (!parsed.ok) return { problems: parsed.problems };
  const meta = validate(parsed.value.yaml, parsed.value.data ?? {}, metaSchema);
  if (!meta.ok) return { problems: meta.problems };
  problems.push(...checkMeta(parsed.value.yaml, meta.value));
  problems.push(...checkStatement(mdPath, parsed.value.body, parsed.value.bodyLine));

  const sources = {
    starter: { ts: read('starter.ts'), py: read('starter.py') },
    solution: { ts: read('solution.ts'), py: read('solution.py') },
  };
  for (const [role, files] of Object.entries(sources)) {
    for (const lang of ['ts', 'py'] as const) {
      const missing = declarationMissing(files[lang], lang, meta.value.entry[lang], meta.value.kind);
      if (missing) problems.push({ path: `${shownDir}/${role}.${lang}`, line: 1, message: missing });
    }
  }

  const tests = loadTests(`${shownDir}/tests.yaml`, read('tests.yaml'), meta.value);
  problems.push(...tests.problems);
  if (problems.length > 0) return { problems };
  const m = meta.value;
  return {
    problems,
    problem: {
      id,
      title: m.title,
      difficulty: m.difficulty,
      areas: m.areas,
      skills: m.skills,
      kind: m.kind,
      entry: m.entry,
      methods: m.methods ?? [],
      signature: m.signature,
      limits: m.limits ?? {},
      ...(m.tolerance ? { tolerance: { absolute: m.tolerance.absolute ?? 0, relative: m.tolerance.relative ?? 0 } } : {}),
      restrictions: m.restrictions ?? [],
      statement: parsed.value.body.trim(),
      ...sources,
      tests: tests.items,
      dir: shownDir,
    },
  };
}

function checkMeta(yaml: LocatedYaml, meta: Meta): ContentProblem[] {
  const at = (key: string, message: string) => ({ path: yaml.path, line: lineOf(yaml, [key]), message });
  if (meta.kind === 'class' && !meta.methods) return [at('kind', 'a class problem lists its methods: methods: [get, put]')];
  if (meta.kind === 'function' && meta.methods) return [at('methods', 'only class problems list methods')];
  return [];
}

function checkStatement(file: string, body: string, bodyLine: number): ContentProblem[] {
  const lines = body.split('\n');
  if (!body.trim()) return [{ path: file, line: bodyLine, message: 'the statement (the text after the front-matter) is empty' }];
  return REQUIRED_SECTIONS.filter((heading) => !lines.some((line) => line.trim() === heading)).map((heading) => ({
    path: file,
    line: bodyLine,
    message: `the statement needs a "${heading}" section`,
  }));
}

/** A cheap check that a starter or solution declares the entry at top level, as the judge requires. */
function declarationMissing(source: string, lang: 'ts' | 'py', entry: string, kind: ProblemKind): string | undefined {
  const keyword = lang === 'py' ? (kind === 'class' ? 'class' : 'def') : kind === 'class' ? 'class' : 'function';
  const pattern =
    lang === 'py'
      ? new RegExp(`^${keyword} ${entry}\\b`, 'm')
      : new RegExp(`^(export )?(${keyword} ${entry}\\b|(const|let) ${entry}\\s*=)`, 'm');
  return pattern.test(source) ? undefined : `declare \`${keyword} ${entry}\` at top level`;
}

function loadTests(file: string, source: string, meta: Meta): LoadResult<ProblemTest> {
  const parsed = parseYaml(file, source);
  if (!parsed.ok) return { items: [], problems: parsed.problems };
  const { yaml, data } = parsed.value;
  const top = validate(yaml, data ?? {}, z.strictObject({ tests: z.array(z.unknown()).min(2) }));
  if (!top.ok) return { items: [], problems: top.problems };
  const result: LoadResult<ProblemTest> = { items: [], problems: [] };
  const names = new Set<string>();
  top.value.tests.forEach((raw, index) => {
    const one = loadTest(yaml, raw, index, meta);
    if (!one.ok) return result.problems.push(...one.problems);
    if (names.has(one.value.name)) {
      result.problems.push({ path: file, line: one.value.source.line, message: `tests[${index}]: the name "${one.value.name}" is used twice` });
    }
    names.add(one.value.name);
    result.items.push(one.value);
  });
  const rules: [boolean, string][] = [
    [result.items.some((t) => t.visible), 'at least one test must be visible (an example shown with Run)'],
    [result.items.some((t) => !t.visible), 'at least one test must be hidden'],
    [result.items.some((t) => t.type === 'generated'), 'at least one test must be a large generated input (generate: ...)'],
  ];
  if (result.problems.length === 0) {
    for (const [ok, message] of rules) if (!ok) result.problems.push({ path: file, line: 1, message });
  }
  return result;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

function loadTest(yaml: LocatedYaml, raw: unknown, index: number, meta: Meta): Loaded<ProblemTest> {
  const keyPath = ['tests', index];
  const source = { path: yaml.path, line: lineOf(yaml, keyPath) };
  const fail = (key: (string | number)[], message: string): Loaded<ProblemTest> => ({
    ok: false,
    problems: [{ path: yaml.path, line: lineOf(yaml, [...keyPath, ...key]), message: `tests[${index}]: ${message}` }],
  });
  const isObject = typeof raw === 'object' && raw !== null;
  if (isObject && 'generate' in raw) {
    const test = validateAt(yaml, keyPath, raw, generatedTestSchema);
    if (!test.ok) return test;
    const { generator, ...params } = test.value.generate;
    return { ok: true, value: { type: 'generated', name: test.value.name, visible: false, source, generator, params } };
  }
  if (!isObject || !('expected' in raw)) return fail([], 'a test has `expected` (or `generate` for a generated input)');
  if (meta.kind === 'function') {
    const test = validateAt(yaml, keyPath, raw, functionTestSchema);
    if (!test.ok) return test;
    const { name, visible = false, args, expected } = test.value;
    return { ok: true, value: { type: 'explicit', name, visible, source, input: { args }, expected } };
  }
  const test = validateAt(yaml, keyPath, raw, classTestSchema);
  if (!test.ok) return test;
  const { name, visible = false, ops, args, expected } = test.value;
  if (args.length !== ops.length || expected.length !== ops.length) {
    return fail(['ops'], `ops, args and expected must have the same length (${ops.length}, ${args.length}, ${expected.length})`);
  }
  if (ops[0] !== meta.entry.ts) return fail(['ops', 0], `the first operation constructs the class: "${meta.entry.ts}"`);
  const unknown = ops.slice(1).findIndex((op) => !(meta.methods ?? []).includes(op));
  if (unknown >= 0) return fail(['ops', unknown + 1], `"${ops[unknown + 1]}" is not one of the methods: ${(meta.methods ?? []).join(', ')}`);
  return { ok: true, value: { type: 'explicit', name, visible, source, input: { ops, args }, expected } };
}

function validateAt<T>(yaml: LocatedYaml, prefix: (string | number)[], data: unknown, schema: z.ZodType<T>): Loaded<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const keyPath = [...prefix, ...(issue.path as (string | number)[])];
      return { path: yaml.path, line: lineOf(yaml, keyPath), message: `${formatKeyPath(keyPath)}: ${issue.message}` };
    }),
  };
}

function formatKeyPath(keyPath: readonly (string | number)[]): string {
  return keyPath.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
