import type { CaseChart, CaseColumn, CaseRow, Design, MetricCase, ProgramScenario } from '../../content/index.js';
import type { CalculatorId, ExerciseKind } from '../../content/exercise-fields.js';
import type { AreaId, Difficulty, SkillId } from '../../core/taxonomy.js';
import type { CaseGrading } from './grade-case.js';
import type { DesignGrading } from './grade-design.js';
import type { ProgramGrading } from './grade-program.js';

/**
 * What a candidate sees before answering: each exercise without its answers. Expected values,
 * rubrics' signals, model outlines and the reference plan come back only in a grading.
 */

export type ExerciseGrading = DesignGrading | CaseGrading | ProgramGrading;

interface Common {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  minutes: number;
  skills: SkillId[];
  areas: AreaId[];
  fromGuide: boolean;
}

export interface DesignView extends Common {
  kind: 'design';
  brief: string;
  related: string[];
  calculators: CalculatorId[];
  /** Each section's prompt, its calculators and the titles of its rubric points (what a strong answer covers). */
  sections: Array<{ id: Design['sections'][number]['id']; title: string; prompt: string; calculators: CalculatorId[]; points: string[] }>;
}

export interface CaseView extends Common {
  kind: 'case';
  situation: string;
  columns: CaseColumn[];
  charts: CaseChart[];
  rows: CaseRow[];
  questions: Array<{ id: string; kind: 'numeric' | 'open'; prompt: string; unit?: string }>;
}

export interface ProgramView extends Common {
  kind: 'program';
  situation: string;
  start?: string;
  deadline?: number;
  /** The known tasks without their dependencies: finding those is the exercise. */
  tasks: Array<{ id: string; name: string; team: string; duration: number }>;
}

export type ExerciseView = DesignView | CaseView | ProgramView;

export interface ExerciseSummary extends Common {
  kind: ExerciseKind;
  /** Sections, questions or known tasks. */
  parts: number;
  attempts: number;
  best: number | null;
  lastAttemptAt: string | null;
}

const common = (e: Design | MetricCase | ProgramScenario): Common => ({
  id: e.id,
  title: e.title,
  summary: e.summary,
  difficulty: e.difficulty,
  minutes: e.minutes,
  skills: e.skills,
  areas: e.areas,
  fromGuide: e.fromGuide,
});

export function designView(d: Design): DesignView {
  return {
    kind: 'design',
    ...common(d),
    brief: d.brief,
    related: d.related,
    calculators: d.calculators,
    sections: d.sections.map((s) => ({ id: s.id, title: s.title, prompt: s.prompt, calculators: s.calculators, points: s.rubric.map((p) => p.point) })),
  };
}

export function caseView(c: MetricCase): CaseView {
  return {
    kind: 'case',
    ...common(c),
    situation: c.situation,
    columns: c.columns,
    charts: c.charts,
    rows: c.rows,
    questions: c.questions.map((q) => (q.kind === 'numeric' ? { id: q.id, kind: q.kind, prompt: q.prompt, unit: q.unit } : { id: q.id, kind: q.kind, prompt: q.prompt })),
  };
}

export function programView(p: ProgramScenario): ProgramView {
  return {
    kind: 'program',
    ...common(p),
    situation: p.situation,
    ...(p.start ? { start: p.start } : {}),
    ...(p.deadline !== undefined ? { deadline: p.deadline } : {}),
    tasks: p.tasks.map((t) => ({ id: t.id, name: t.name, team: t.team, duration: t.duration })),
  };
}

export function summaryOf(kind: ExerciseKind, e: Design | MetricCase | ProgramScenario, stats?: { attempts: number; best: number; last: string }): ExerciseSummary {
  const parts = 'sections' in e ? e.sections.length : 'questions' in e ? e.questions.length : e.tasks.length;
  return { kind, ...common(e), parts, attempts: stats?.attempts ?? 0, best: stats?.best ?? null, lastAttemptAt: stats?.last ?? null };
}
