import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../core/errors.js';
import { displayPath, ID_PATTERN, type LoadResult } from './collection.js';
import { lineOf, parseYaml, validate } from './front-matter.js';
import type { Question } from './questions.js';

/**
 * The closed set of behavioral themes a story bank covers (content/stories/themes.yaml), each mapped
 * to the behavioral questions it answers: by id, and by keywords found in a question's title.
 */

const text = z.string().trim().min(1);
const themeSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'ids are lowercase words joined by "-"'),
  title: text,
  description: text,
  questions: z.array(z.string().regex(ID_PATTERN)).default([]),
  keywords: z.array(text.refine((s) => s === s.toLowerCase(), 'keywords are lowercase')).default([]),
});
const fileSchema = z.strictObject({ themes: z.array(themeSchema).min(6) });

export interface StoryTheme {
  id: string;
  title: string;
  description: string;
  /** The behavioral questions of the bank this theme answers, listed or matched by keyword, sorted. */
  questions: string[];
  keywords: string[];
}

export const STORY_THEMES_FILE = path.join('stories', 'themes.yaml');

/** The themes a question belongs to: the themes that list it, and those with a keyword in its title. */
export function themesOfQuestion(themes: readonly StoryTheme[], question: Pick<Question, 'id' | 'title'>): string[] {
  const title = question.title.toLowerCase();
  return themes.filter((t) => t.questions.includes(question.id) || t.keywords.some((k) => title.includes(k))).map((t) => t.id);
}

export function loadStoryThemes(root: string, questions: readonly Question[]): LoadResult<StoryTheme> {
  const file = path.join(root, STORY_THEMES_FILE);
  const shown = displayPath(root, file);
  // Without the file there are no themes (a trimmed content folder in a test, say); nothing to check.
  if (!fs.existsSync(file)) return { items: [], problems: [] };
  const parsed = parseYaml(shown, fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return { items: [], problems: parsed.problems };
  const valid = validate(parsed.value.yaml, parsed.value.data, fileSchema);
  if (!valid.ok) return { items: [], problems: valid.problems };

  const problems: ContentProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const themes: StoryTheme[] = [];
  valid.value.themes.forEach((theme, t) => {
    if (seen.has(theme.id)) problems.push({ path: shown, line: lineOf(parsed.value.yaml, ['themes', t, 'id']), message: `the theme id "${theme.id}" is used twice` });
    seen.add(theme.id);
    theme.questions.forEach((id, q) => {
      const question = byId.get(id);
      const line = lineOf(parsed.value.yaml, ['themes', t, 'questions', q]);
      if (!question) problems.push({ path: shown, line, message: `theme "${theme.id}" lists "${id}", which is not a question in the bank` });
      else if (question.type !== 'behavioral') problems.push({ path: shown, line, message: `theme "${theme.id}" lists "${id}", a ${question.type} question; themes list behavioral questions` });
    });
    themes.push({ ...theme, questions: [] });
  });
  for (const question of questions.filter((q) => q.type === 'behavioral')) {
    const ids = themesOfQuestion(valid.value.themes.map((t) => ({ ...t })), question);
    if (ids.length === 0) {
      problems.push({ path: shown, line: 1, message: `the behavioral question "${question.id}" belongs to no theme: list it under one, or add a keyword from its title` });
    }
    for (const id of ids) themes.find((t) => t.id === id)?.questions.push(question.id);
  }
  themes.forEach((t) => t.questions.sort());
  return { items: problems.length > 0 ? [] : themes, problems };
}
