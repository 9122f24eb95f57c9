import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AREA_IDS, SKILL_IDS, STAGE_IDS } from '../core/taxonomy.js';
import type { ContentProblem } from '../core/errors.js';
import { checkClosedSet, displayPath, markdownFiles, readMarkdownEntry, readMarkdownFolder, type LoadResult } from './collection.js';

const text = z.string().trim().min(1);
const order = z.number().int().min(1);
const skillIds = z.array(z.enum(SKILL_IDS)).min(1);
const areaIds = z.array(z.enum(AREA_IDS)).min(1);

const skillSchema = z.strictObject({ title: text, order, summary: text, signals: z.array(text).min(1) });
const areaSchema = z.strictObject({ title: text, order, summary: text, skills: skillIds });
const stageSchema = z.strictObject({
  title: text,
  order,
  summary: text,
  duration: text,
  tests: z.array(text).min(1),
  skills: skillIds,
});
const checklistSchema = z.strictObject({ title: text, order, areas: areaIds });
const mistakeSchema = z.strictObject({ title: text, order, fix: text });
const faqSchema = z.strictObject({ question: text, order });
const processSchema = z.strictObject({
  title: text,
  minWeeks: z.number().positive(),
  maxWeeks: z.number().positive(),
  averageWeeks: z.number().positive(),
  minStages: z.number().int().positive(),
  maxStages: z.number().int().positive(),
});

export interface GuideItem {
  id: string;
  title: string;
  description: string;
}
export interface GuideSkill extends GuideItem { summary: string; signals: string[] }
export interface GuideArea extends GuideItem { summary: string; skills: string[] }
export interface GuideStage extends GuideItem { summary: string; duration: string; tests: string[]; skills: string[] }
export interface GuideChecklistItem extends GuideItem { areas: string[] }
export interface GuideMistake extends GuideItem { fix: string }
export interface GuideFaq { id: string; question: string; answer: string }
export interface GuideProcess extends z.infer<typeof processSchema> { description: string }

export interface Guide {
  skills: GuideSkill[];
  areas: GuideArea[];
  stages: GuideStage[];
  checklist: GuideChecklistItem[];
  mistakes: GuideMistake[];
  faq: GuideFaq[];
  process: GuideProcess;
}

export function loadGuide(root: string): LoadResult<Guide> {
  const dir = path.join(root, 'guide');
  const problems: ContentProblem[] = [];
  const folder = <M extends { order: number }>(name: string, schema: z.ZodType<M>) => {
    const result = readMarkdownFolder(root, path.join(dir, name), schema);
    problems.push(...result.problems);
    return result.items.sort((a, b) => a.meta.order - b.meta.order || a.id.localeCompare(b.id));
  };
  const shown = (name: string) => displayPath(root, path.join(dir, name));
  // The closed sets are checked against the files present, so a file that fails validation is not also reported missing.
  const present = (name: string) =>
    markdownFiles(path.join(dir, name)).map((file) => ({ id: path.basename(file, '.md'), file: displayPath(root, file) }));

  const skills = folder('skills', skillSchema);
  problems.push(...checkClosedSet(shown('skills'), present('skills'), SKILL_IDS, 'skill'));
  const areas = folder('areas', areaSchema);
  problems.push(...checkClosedSet(shown('areas'), present('areas'), AREA_IDS, 'area'));
  const stages = folder('stages', stageSchema);
  problems.push(...checkClosedSet(shown('stages'), present('stages'), STAGE_IDS, 'stage'));
  const checklist = folder('checklist', checklistSchema);
  const mistakes = folder('mistakes', mistakeSchema);
  const faq = folder('faq', faqSchema);
  for (const [name, items] of [['checklist', checklist], ['mistakes', mistakes], ['faq', faq]] as const) {
    if (items.length === 0) problems.push({ path: shown(name), line: 1, message: `the guide needs at least one ${name} file` });
  }

  const processFile = path.join(dir, 'process.md');
  let process: GuideProcess | undefined;
  if (fs.existsSync(processFile)) {
    const result = readMarkdownEntry(root, processFile, processSchema);
    problems.push(...result.problems);
    const entry = result.items[0];
    if (entry) process = { ...entry.meta, description: entry.body.trim() };
  } else {
    problems.push({ path: shown('process.md'), line: 1, message: 'the guide needs process.md (how the interview process runs)' });
  }

  if (problems.length > 0 || !process) return { items: [], problems };
  const base = (e: { id: string; meta: { title: string }; body: string }) => ({
    id: e.id,
    title: e.meta.title,
    description: e.body.trim(),
  });
  return {
    problems: [],
    items: [
      {
        skills: skills.map((e) => ({ ...base(e), summary: e.meta.summary, signals: e.meta.signals })),
        areas: areas.map((e) => ({ ...base(e), summary: e.meta.summary, skills: e.meta.skills })),
        stages: stages.map((e) => ({
          ...base(e),
          summary: e.meta.summary,
          duration: e.meta.duration,
          tests: e.meta.tests,
          skills: e.meta.skills,
        })),
        checklist: checklist.map((e) => ({ ...base(e), areas: e.meta.areas })),
        mistakes: mistakes.map((e) => ({ ...base(e), fix: e.meta.fix })),
        faq: faq.map((e) => ({ id: e.id, question: e.meta.question, answer: e.body.trim() })),
        process,
      },
    ],
  };
}
