import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../core/errors.js';
import { LOOP_STAGE_LIMITS, LOOP_STYLES, MAX_CODING_PER_STAGE, MOCK_DIMENSION_IDS, type LoopTemplate, type MockDimensionId } from '../core/mock-types.js';
import { QUESTION_TYPE_IDS, ROUND_KIND_IDS, TRACK_IDS, type QuestionType } from '../core/taxonomy.js';
import { displayPath, ID_PATTERN, type LoadResult } from './collection.js';
import { lineOf, parseYaml, validate, type LocatedYaml } from './front-matter.js';
import type { Question } from './questions.js';
import type { StoryTheme } from './story-themes.js';

/**
 * Mock interview loop templates (content/loops/<id>.yaml) and what the mock's interviewer says beyond
 * the question bank (content/mock/interviewer.yaml). Each broken value is reported at its file and line.
 */

const text = z.string().trim().min(1);
const count = z.number().int().min(1).max(4);
const mixSchema = z.partialRecord(z.enum(QUESTION_TYPE_IDS), count);

const stageSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'stage ids are lowercase words joined by "-"'),
  title: text,
  kind: z.enum(ROUND_KIND_IDS),
  minutes: z.number().int().min(3).max(120),
  summary: text,
  mix: mixSchema.default({}),
  coding: z.number().int().min(0).max(MAX_CODING_PER_STAGE, `a stage has at most ${MAX_CODING_PER_STAGE} coding exercise`).default(0),
  written: z.strictObject({ instructions: text, types: z.array(z.enum(QUESTION_TYPE_IDS)).min(1) }).optional(),
  themes: z.array(z.string().regex(ID_PATTERN)).default([]),
  scores: z.array(z.enum(MOCK_DIMENSION_IDS)).min(2).max(6),
});

const loopSchema = z.strictObject({
  title: text,
  style: z.enum(LOOP_STYLES),
  track: z.enum(TRACK_IDS),
  summary: text,
  stages: z.array(stageSchema).min(1),
});

export const CODING_GAPS = ['does-not-compile', 'failing-test', 'too-slow', 'crashed', 'accepted'] as const;
export type CodingGap = (typeof CODING_GAPS)[number];

const interviewerSchema = z.strictObject({
  coding: z.strictObject(Object.fromEntries(CODING_GAPS.map((g) => [g, text])) as Record<CodingGap, typeof text>),
  advice: z.strictObject(Object.fromEntries(MOCK_DIMENSION_IDS.map((d) => [d, text])) as Record<MockDimensionId, typeof text>),
});
export type Interviewer = z.infer<typeof interviewerSchema>;

export interface Loop extends LoopTemplate {
  minutes: number;
}

export const INTERVIEWER_FILE = path.join('mock', 'interviewer.yaml');

export function loadInterviewer(root: string): LoadResult<Interviewer> {
  const file = path.join(root, INTERVIEWER_FILE);
  const shown = displayPath(root, file);
  if (!fs.existsSync(file)) return { items: [], problems: [] };
  const parsed = parseYaml(shown, fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return { items: [], problems: parsed.problems };
  const valid = validate(parsed.value.yaml, parsed.value.data, interviewerSchema);
  return valid.ok ? { items: [valid.value], problems: [] } : { items: [], problems: valid.problems };
}

/** Checks one loop against the rules no schema can say: stage counts, unique ids, themes and the bank's size. */
function checkLoop(yaml: LocatedYaml, id: string, loop: z.infer<typeof loopSchema>, available: (type: QuestionType, themes: string[]) => number, problems: number, themes: ReadonlySet<string>): ContentProblem[] {
  const out: ContentProblem[] = [];
  const at = (keyPath: (string | number)[], message: string) => out.push({ path: yaml.path, line: lineOf(yaml, keyPath), message });
  const limits = LOOP_STAGE_LIMITS[loop.style];
  if (loop.stages.length < limits.min || loop.stages.length > limits.max) {
    at(['stages'], `a ${loop.style} loop has ${limits.min}-${limits.max} stages; this one has ${loop.stages.length}`);
  }
  if (loop.style === 'company-style' && (!id.endsWith('-style') || !loop.title.includes('-style'))) {
    at(['title'], 'a company-style loop is a format, not a claim about a company: name it "<company>-style" (file and title)');
  }
  const stageIds = new Set<string>();
  const wanted = new Map<QuestionType, number>();
  let coding = 0;
  loop.stages.forEach((stage, s) => {
    if (stageIds.has(stage.id)) at(['stages', s, 'id'], `the stage id "${stage.id}" is used twice in this loop`);
    stageIds.add(stage.id);
    const questions = Object.values(stage.mix).reduce((a, b) => a + (b ?? 0), 0);
    if (questions + stage.coding + (stage.written ? 1 : 0) === 0) at(['stages', s], `stage "${stage.id}" asks nothing: give it a mix, a coding exercise or a written exercise`);
    if (stage.coding > 0 && !stage.scores.includes('correctness')) at(['stages', s, 'scores'], `stage "${stage.id}" has a coding exercise: add "correctness" to what it scores`);
    if (stage.coding === 0 && stage.scores.includes('correctness')) at(['stages', s, 'scores'], `stage "${stage.id}" scores "correctness" without a coding exercise`);
    stage.themes.forEach((theme, t) => {
      if (!themes.has(theme)) at(['stages', s, 'themes', t], `unknown theme "${theme}"; the themes are in content/stories/themes.yaml: ${[...themes].join(', ')}`);
    });
    for (const [type, n] of Object.entries(stage.mix) as Array<[QuestionType, number]>) {
      wanted.set(type, (wanted.get(type) ?? 0) + n);
      if (type === 'behavioral' && stage.themes.length > 0 && available(type, stage.themes) < n) {
        at(['stages', s, 'mix', type], `stage "${stage.id}" asks for ${n} behavioral questions on its themes and the bank has ${available(type, stage.themes)}`);
      }
    }
    coding += stage.coding;
  });
  for (const [type, n] of wanted) {
    if (available(type, []) < n) at(['stages'], `the loop asks for ${n} ${type} questions and the bank has ${available(type, [])}`);
  }
  if (coding > problems) at(['stages'], `the loop asks for ${coding} coding exercises and there are ${problems} problems`);
  return out;
}

export function loadLoops(root: string, questions: readonly Question[], problemCount: number, themes: readonly StoryTheme[]): LoadResult<Loop> {
  const dir = path.join(root, 'loops');
  const result: LoadResult<Loop> = { items: [], problems: [] };
  if (!fs.existsSync(dir)) return result;
  const themeIds = new Set(themes.map((t) => t.id));
  const onThemes = (questionId: string, wanted: string[]) => themes.some((t) => wanted.includes(t.id) && t.questions.includes(questionId));
  const available = (type: QuestionType, wanted: string[]) => questions.filter((q) => q.type === type && (wanted.length === 0 || onThemes(q.id, wanted))).length;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = path.join(dir, name);
    const shown = displayPath(root, file);
    const id = path.basename(name, '.yaml');
    if (!ID_PATTERN.test(id)) {
      result.problems.push({ path: shown, line: 1, message: `file name "${id}" must be lowercase words joined by "-" (it is the loop id)` });
      continue;
    }
    const parsed = parseYaml(shown, fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      result.problems.push(...parsed.problems);
      continue;
    }
    const loop = validate(parsed.value.yaml, parsed.value.data, loopSchema);
    if (!loop.ok) {
      result.problems.push(...loop.problems);
      continue;
    }
    const problems = checkLoop(parsed.value.yaml, id, loop.value, available, problemCount, themeIds);
    result.problems.push(...problems);
    if (problems.length > 0) continue;
    result.items.push({
      id,
      title: loop.value.title,
      style: loop.value.style,
      track: loop.value.track,
      summary: loop.value.summary,
      minutes: loop.value.stages.reduce((sum, s) => sum + s.minutes, 0),
      stages: loop.value.stages.map((s) => ({ ...s, written: s.written ?? null })),
    });
  }
  // Generic first, then company-style formats, then practice loops; by title within each.
  result.items.sort((a, b) => LOOP_STYLES.indexOf(a.style) - LOOP_STYLES.indexOf(b.style) || a.title.localeCompare(b.title));
  return result;
}
