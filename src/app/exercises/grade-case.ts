import { levelOf, type LevelId, type LevelTitle } from '../../coach/index.js';
import { InvalidInputError } from '../../core/errors.js';
import type { MetricCase } from '../../content/index.js';
import type { CaseAttemptInput } from './exercise-inputs.js';
import { gradeText, meanScore, type RubricGrade } from './grade-rubric.js';

export interface NumericGrade {
  id: string;
  kind: 'numeric';
  prompt: string;
  /** The number read from the answer; null when the question was left blank. */
  given: number | null;
  expected: number;
  tolerance: number;
  unit: string;
  correct: boolean;
  /** given − expected, or null when blank. */
  difference: number | null;
  explanation: string;
}

export interface OpenGrade extends RubricGrade {
  id: string;
  kind: 'open';
  prompt: string;
  outline: string[];
}

export interface CaseGrading {
  kind: 'case';
  /** 0-100: the mean over questions, a numeric answer worth 100 when correct, an open one its rubric score. */
  score: number;
  level: LevelTitle;
  levelId: LevelId;
  numeric: { correct: number; total: number };
  questions: Array<NumericGrade | OpenGrade>;
}

// Rounding in the answer (31.97 written for 31.965...) must not fail an answer sitting exactly on the edge.
const EDGE = 1e-9;

/** Reads "31.9", "-32.95%", "+1,234", "−5" (a typographic minus) as numbers; blank is null. */
export function readNumericAnswer(raw: number | string | null | undefined, questionId: string): number | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new InvalidInputError(`answers.${questionId}: give a finite number`);
    return raw;
  }
  const text = raw.trim().replace(/\u2212/g, '-').replace(/,/g, '').replace(/\s*%$/, '');
  if (text === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    throw new InvalidInputError(`answers.${questionId}: "${raw}" is not a number; write digits such as 31.9 or -32.95`);
  }
  return Number(text);
}

/** Grades numeric answers against the data's exact value within the tolerance, and open ones by rubric. */
export function gradeCase(metricCase: MetricCase, input: Pick<CaseAttemptInput, 'answers'>): CaseGrading {
  const known = new Set(metricCase.questions.map((q) => q.id));
  const unknown = Object.keys(input.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InvalidInputError(`case "${metricCase.id}" has no question ${unknown.map((id) => `"${id}"`).join(', ')}; its questions are: ${[...known].join(', ')}`);
  }
  const questions = metricCase.questions.map((q): NumericGrade | OpenGrade => {
    const raw = input.answers[q.id];
    if (q.kind === 'numeric') {
      const given = readNumericAnswer(raw, q.id);
      const difference = given === null ? null : given - q.answer;
      return {
        id: q.id,
        kind: 'numeric',
        prompt: q.prompt,
        given,
        expected: q.answer,
        tolerance: q.tolerance,
        unit: q.unit,
        correct: difference !== null && Math.abs(difference) <= q.tolerance + EDGE,
        difference,
        explanation: q.explanation,
      };
    }
    const text = raw === undefined || raw === null ? '' : String(raw);
    return { id: q.id, kind: 'open', prompt: q.prompt, ...gradeText(text, q.rubric, q.prompt, 'metrics'), outline: q.outline };
  });
  const numeric = questions.filter((q): q is NumericGrade => q.kind === 'numeric');
  const score = meanScore(questions.map((q) => (q.kind === 'numeric' ? (q.correct ? 100 : 0) : q.score)));
  const level = levelOf(score);
  return {
    kind: 'case',
    score,
    level: level.title,
    levelId: level.id,
    numeric: { correct: numeric.filter((q) => q.correct).length, total: numeric.length },
    questions,
  };
}
