import path from 'node:path';
import { z } from 'zod';
import type { AreaId, Difficulty, SkillId } from '../core/taxonomy.js';
import { readMarkdownFolder, type LoadResult } from './collection.js';
import { lineOf } from './front-matter.js';
import {
  calculatorsSchema, exerciseMetaFields, outlineSchema, rubricSchema, text, type CalculatorId, type ExerciseRubricPoint,
} from './exercise-fields.js';

/**
 * System-design exercises: content/designs/<slug>.md. Every design has the same skeleton, the eight
 * sections below, each with its own prompt, rubric and model outline; the body is the brief.
 */
export const DESIGN_SECTIONS = [
  { id: 'requirements', title: 'Requirements' },
  { id: 'estimation', title: 'Estimation' },
  { id: 'api', title: 'API' },
  { id: 'data-model', title: 'Data model' },
  { id: 'architecture', title: 'Architecture' },
  { id: 'scaling', title: 'Scaling' },
  { id: 'trade-offs', title: 'Trade-offs' },
  { id: 'risks', title: 'Risks' },
] as const;
export type DesignSectionId = (typeof DESIGN_SECTIONS)[number]['id'];
export const DESIGN_SECTION_IDS = DESIGN_SECTIONS.map((s) => s.id) as [DesignSectionId, ...DesignSectionId[]];

const sectionSchema = z.strictObject({
  prompt: text,
  calculators: calculatorsSchema.optional(),
  rubric: rubricSchema,
  outline: outlineSchema,
});

const designSchema = z.strictObject({
  ...exerciseMetaFields,
  /** Question-bank ids with the spoken version of this design. */
  related: z.array(text).max(4).optional(),
  sections: z.strictObject(Object.fromEntries(DESIGN_SECTION_IDS.map((id) => [id, sectionSchema])) as Record<DesignSectionId, typeof sectionSchema>),
});

export interface DesignSection {
  id: DesignSectionId;
  title: string;
  prompt: string;
  /** Calculators that help with this section (ids of `tpmprep calc`). */
  calculators: CalculatorId[];
  rubric: ExerciseRubricPoint[];
  outline: string[];
}

export interface Design {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  minutes: number;
  skills: SkillId[];
  areas: AreaId[];
  fromGuide: boolean;
  related: string[];
  /** The brief as the interviewer gives it, in Markdown. */
  brief: string;
  /** In the order of DESIGN_SECTIONS. */
  sections: DesignSection[];
  /** Every calculator a section names, in first-use order. */
  calculators: CalculatorId[];
  file: string;
}

/** Loads every design; with `questionIds`, each related question must exist in the bank. */
export function loadDesigns(root: string, questionIds?: ReadonlySet<string>): LoadResult<Design> {
  const entries = readMarkdownFolder(root, path.join(root, 'designs'), designSchema);
  const result: LoadResult<Design> = { items: [], problems: [...entries.problems] };
  for (const entry of entries.items) {
    const m = entry.meta;
    const problems = (m.related ?? []).flatMap((id, k) =>
      questionIds && !questionIds.has(id) ? [{ path: entry.file, line: lineOf(entry.parsed.yaml, ['related', k]), message: `related: no question "${id}" in content/questions` }] : [],
    );
    const brief = entry.body.trim();
    if (!brief) problems.push({ path: entry.file, line: entry.bodyLine, message: 'the brief (the text after the front-matter) is empty' });
    result.problems.push(...problems);
    if (problems.length > 0) continue;
    const sections = DESIGN_SECTIONS.map(({ id, title }) => {
      const s = m.sections[id];
      return { id, title, prompt: s.prompt, calculators: s.calculators ?? [], rubric: s.rubric, outline: s.outline };
    });
    result.items.push({
      id: entry.id,
      title: m.title,
      summary: m.summary,
      difficulty: m.difficulty,
      minutes: m.minutes,
      skills: m.skills,
      areas: m.areas,
      fromGuide: m.fromGuide,
      related: m.related ?? [],
      brief,
      sections,
      calculators: [...new Set(sections.flatMap((s) => s.calculators))],
      file: entry.file,
    });
  }
  return result;
}
