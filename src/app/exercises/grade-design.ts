import { levelOf, type LevelId, type LevelTitle } from '../../coach/index.js';
import type { Design, DesignSectionId } from '../../content/index.js';
import type { DesignAttemptInput } from './exercise-inputs.js';
import { gradeText, meanScore, type RubricGrade } from './grade-rubric.js';

export interface DesignSectionGrade extends RubricGrade {
  id: DesignSectionId;
  title: string;
  /** The model outline for the section, shown once graded. */
  outline: string[];
}

export interface DesignGrading {
  kind: 'design';
  /** 0-100: the mean of the eight section scores; an unanswered section scores 0. */
  score: number;
  level: LevelTitle;
  levelId: LevelId;
  answered: number;
  sections: DesignSectionGrade[];
}

/**
 * Grades each section against its own rubric with the coach. Sections not in the attempt are
 * listed as unanswered, so a partial attempt (or a live check of one section) shows what is left.
 */
export function gradeDesign(design: Design, input: Pick<DesignAttemptInput, 'sections'>): DesignGrading {
  const sections = design.sections.map((section) => ({
    id: section.id,
    title: section.title,
    ...gradeText(input.sections[section.id] ?? '', section.rubric, section.prompt, 'system-design'),
    outline: section.outline,
  }));
  const score = meanScore(sections.map((s) => s.score));
  const level = levelOf(score);
  return { kind: 'design', score, level: level.title, levelId: level.id, answered: sections.filter((s) => s.answered).length, sections };
}
