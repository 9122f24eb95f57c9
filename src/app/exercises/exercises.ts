import { NotFoundError } from '../../core/errors.js';
import type { Content, Design, MetricCase, ProgramScenario } from '../../content/index.js';
import { EXERCISE_KINDS, type ExerciseKind } from '../../content/exercise-fields.js';
import type { Db } from '../../store/index.js';
import { attemptQuerySchema, caseAttemptSchema, designAttemptSchema, kindSchema, programAttemptSchema } from './exercise-inputs.js';
import { exerciseAttemptStore, type ExerciseAttempt } from './exercise-store.js';
import { caseView, designView, programView, summaryOf, type ExerciseGrading, type ExerciseSummary, type ExerciseView } from './exercise-views.js';
import { gradeCase } from './grade-case.js';
import { gradeDesign } from './grade-design.js';
import { gradeProgram } from './grade-program.js';
import { parseInput } from '../validate.js';

export type { ExerciseAttempt } from './exercise-store.js';
export type { CaseView, DesignView, ExerciseGrading, ExerciseSummary, ExerciseView, ProgramView } from './exercise-views.js';
export type { CaseGrading, NumericGrade, OpenGrade } from './grade-case.js';
export type { DesignGrading, DesignSectionGrade } from './grade-design.js';
export type { ProgramFeedback, ProgramGrading } from './grade-program.js';
export type { RubricGrade } from './grade-rubric.js';
export { EXERCISE_LIMITS, RISK_LEVELS, type RiskRow } from './exercise-inputs.js';

export interface ExerciseList {
  designs: ExerciseSummary[];
  cases: ExerciseSummary[];
  programs: ExerciseSummary[];
}

const PLURAL: Record<ExerciseKind, 'designs' | 'cases' | 'programs'> = { design: 'designs', case: 'cases', program: 'programs' };

/**
 * The toolkit's exercises: system designs, metric cases and program scenarios. Reading them never
 * shows the answers; grading does, and submitting saves the attempt with its grading.
 *
 * @example
 * const grading = app.exercises.grade('case', 'checkout-ab-test', { answers: { lift: 5 } });
 * grading.questions[1]; // { kind: 'numeric', given: 5, expected: 5.03, correct: true, ... }
 */
export function exerciseOperations({ db, content, now }: { db: Db; content: Content; now: () => Date }) {
  const byKind = {
    design: new Map(content.designs.map((d) => [d.id, d])),
    case: new Map(content.cases.map((c) => [c.id, c])),
    program: new Map(content.programs.map((p) => [p.id, p])),
  };
  const store = exerciseAttemptStore(db, (kind, id) => byKind[kind]?.get(id)?.title ?? id);

  function kindOf(raw: unknown): ExerciseKind {
    return parseInput(kindSchema, raw, 'exercise kind');
  }

  function exerciseOf(kind: ExerciseKind, id: string): Design | MetricCase | ProgramScenario {
    const found = byKind[kind].get(id);
    if (!found) throw new NotFoundError(`no ${kind} exercise "${id}"; list them with \`tpmprep exercises list --kind ${kind}\``);
    return found;
  }

  /** Every exercise by kind, with the person's attempt counts and best scores. */
  async function list(raw: unknown = {}): Promise<ExerciseList> {
    const { kind } = parseInput(attemptQuerySchema.pick({ kind: true }), raw ?? {}, 'exercise filter');
    const stats = await store.stats();
    const out: ExerciseList = { designs: [], cases: [], programs: [] };
    for (const k of EXERCISE_KINDS) {
      if (kind && k !== kind) continue;
      // The exercises the interview guide names come first, then by id.
      const ordered = [...byKind[k].values()].sort((a, b) => Number(b.fromGuide) - Number(a.fromGuide) || a.id.localeCompare(b.id));
      out[PLURAL[k]] = ordered.map((e) => summaryOf(k, e, stats.get(`${k}/${e.id}`)));
    }
    return out;
  }

  /** One exercise as a candidate sees it before answering. */
  function get(rawKind: unknown, id: string): ExerciseView {
    const kind = kindOf(rawKind);
    const found = exerciseOf(kind, id);
    if (kind === 'design') return designView(found as Design);
    if (kind === 'case') return caseView(found as MetricCase);
    return programView(found as ProgramScenario);
  }

  /** Finds an exercise by id alone (ids are unique across kinds), for the CLI. */
  function find(id: string): ExerciseView {
    for (const kind of EXERCISE_KINDS) if (byKind[kind].has(id)) return get(kind, id);
    const all = EXERCISE_KINDS.flatMap((k) => [...byKind[k].keys()]);
    const near = all.filter((other) => other.includes(id) || id.includes(other));
    throw new NotFoundError(`no exercise "${id}"${near.length ? `; did you mean ${near.slice(0, 3).join(', ')}?` : ''}; list them with \`tpmprep exercises list\``);
  }

  /** Grades an attempt without saving it (live feedback while writing). */
  function grade(rawKind: unknown, id: string, raw: unknown): ExerciseGrading {
    return evaluate(kindOf(rawKind), id, raw).grading;
  }

  function evaluate(kind: ExerciseKind, id: string, raw: unknown): { grading: ExerciseGrading; submitted: unknown; seconds: number } {
    const found = exerciseOf(kind, id);
    if (kind === 'design') {
      const input = parseInput(designAttemptSchema, raw, 'design attempt');
      return { grading: gradeDesign(found as Design, input), submitted: { sections: input.sections }, seconds: input.seconds };
    }
    if (kind === 'case') {
      const input = parseInput(caseAttemptSchema, raw, 'case attempt');
      return { grading: gradeCase(found as MetricCase, input), submitted: { answers: input.answers }, seconds: input.seconds };
    }
    const input = parseInput(programAttemptSchema, raw, 'program attempt');
    const { seconds, ...submitted } = input;
    return { grading: gradeProgram(found as ProgramScenario, input), submitted, seconds };
  }

  /** Grades an attempt and saves it with its grading. */
  async function submit(rawKind: unknown, id: string, raw: unknown): Promise<ExerciseAttempt> {
    const kind = kindOf(rawKind);
    const { grading, submitted, seconds } = evaluate(kind, id, raw);
    return store.save(kind, id, submitted, grading, seconds, now().toISOString());
  }

  /** Saved attempts, newest first, optionally for one kind or one exercise. */
  async function attempts(raw: unknown = {}): Promise<ExerciseAttempt[]> {
    const filter = parseInput(attemptQuerySchema, raw ?? {}, 'attempt query');
    if (filter.kind && filter.id) exerciseOf(filter.kind, filter.id);
    return store.list(filter);
  }

  return { list, get, find, grade, submit, attempts };
}

export type ExerciseOperations = ReturnType<typeof exerciseOperations>;
