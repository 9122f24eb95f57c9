import { analyzeAnswer, levelOf, type LevelId, type LevelTitle, type RubricCoverage, type Span } from '../../coach/index.js';
import type { QuestionType } from '../../core/taxonomy.js';
import type { ExerciseRubricPoint } from '../../content/exercise-fields.js';

/** One piece of text graded against its rubric: what the coach found, trimmed to what an exercise shows. */
export interface RubricGrade {
  answered: boolean;
  words: number;
  /** 0-100: the coach's rubric-coverage score (a point counts fully at two distinct signals). */
  score: number;
  level: LevelTitle;
  levelId: LevelId;
  covered: number;
  total: number;
  /** Each point with the signals found and where; `shows` says what a strong answer does. */
  rubric: Array<RubricCoverage & { shows: string }>;
  /** Amounts the answer names ("52.6 minutes", "10x"), with their spans. */
  numbers: Array<{ text: string; span: Span }>;
  /** The text does not seem to address the prompt. */
  offTopic: boolean;
}

/** Grades one text with the coach's rubric engine; empty text is unanswered and scores 0. */
export function gradeText(text: string, rubric: readonly ExerciseRubricPoint[], prompt: string, type: QuestionType): RubricGrade {
  const empty = !text.trim();
  const analysis = empty ? undefined : analyzeAnswer(text, { type, rubric, prompt, claims: false });
  const coverage = analysis?.rubric ?? rubric.map((p) => ({ point: p.point, covered: false, evidence: [], signals: [] }));
  const score = analysis?.dimensions.find((d) => d.id === 'rubric')?.score ?? 0;
  const level = levelOf(score);
  return {
    answered: !empty,
    words: analysis?.words ?? 0,
    score,
    level: level.title,
    levelId: level.id,
    covered: coverage.filter((c) => c.covered).length,
    total: rubric.length,
    rubric: coverage.map((c, i) => ({ ...c, shows: rubric[i]?.shows ?? '' })),
    numbers: (analysis?.quantities ?? []).map((q) => ({ text: q.text, span: q.span })),
    offTopic: analysis?.relevance.offTopic ?? false,
  };
}

/** The mean of scores, rounded; an empty list scores 0. */
export function meanScore(scores: readonly number[]): number {
  return scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
}
