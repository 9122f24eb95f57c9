import { calculateSchedule, criticalPath, scheduleInputSchema, type ScheduleResult } from '../../calc/index.js';
import { levelOf, type LevelId, type LevelTitle, type Severity } from '../../coach/index.js';
import type { ProgramScenario, ProgramTask } from '../../content/index.js';
import type { ProgramAttemptInput, RiskRow } from './exercise-inputs.js';
import { gradeText, type RubricGrade } from './grade-rubric.js';
import { parseInput } from '../validate.js';

export interface ProgramFeedback {
  severity: Severity;
  message: string;
}

export interface ProgramGrading {
  kind: 'program';
  /** 0-100: 40% rubric coverage of the register and notes, 35% critical path, 25% register hygiene. */
  score: number;
  level: LevelTitle;
  levelId: LevelId;
  parts: { rubric: number; plan: number; register: number };
  plan: {
    /** The candidate's plan through the critical path method (with dates from the scenario's start). */
    result: ScheduleResult;
    reference: { duration: number; criticalPath: string[]; tasks: ProgramTask[] };
    /** The candidate's plan has the reference critical path among its critical paths. */
    matches: boolean;
    /** Reference critical tasks that are critical in the candidate's plan too; missing: not critical there; extra: critical only there. */
    shared: string[];
    missing: string[];
    extra: string[];
    /** Known tasks the plan leaves out. */
    missingTasks: string[];
    deadline?: { days: number; late: number };
  };
  register: { count: number; withoutOwner: number[]; withoutMitigation: number[]; severe: number };
  rubric: RubricGrade;
  outline: string[];
  feedback: ProgramFeedback[];
}

const NO_OWNER = new Set(['', 'tbd', 'tba', '?', 'unknown', 'n/a', 'na', 'none', '-', 'everyone', 'all', 'team', 'the team', 'us']);
const NO_MITIGATION = new Set(['', 'tbd', 'tba', '?', 'none', 'n/a', 'na', '-', 'nothing', 'monitor']);
const hasOwner = (r: RiskRow) => !NO_OWNER.has(r.owner.trim().toLowerCase());
const hasMitigation = (r: RiskRow) => !NO_MITIGATION.has(r.mitigation.trim().toLowerCase());
/** A register this long covers the material risks of a scenario of this size. */
const FULL_REGISTER = 4;

const rowNumbers = (indexes: number[]) => `${indexes.length === 1 ? 'Risk' : 'Risks'} ${indexes.map((i) => i + 1).join(', ')}`;

/**
 * The register and notes as one text for the coach: each row's risk and mitigation in the candidate's
 * words. Column labels are left out on purpose, so "owner" or "mitigation" only count when written.
 */
function registerText(input: Pick<ProgramAttemptInput, 'risks' | 'notes'>): string {
  const rows = input.risks.map((r) => [r.risk, r.mitigation].filter(Boolean).map((t) => t.replace(/[.\s]+$/, '')).join('. '));
  return [...rows.map((r) => `${r}.`), input.notes].filter((t) => t.trim()).join('\n');
}

/**
 * Grades a risk register and a dependency plan: the plan goes through the schedule calculator's
 * critical path method and is compared with the scenario's reference; the register is checked for
 * owners, mitigations and the risks on the critical path, and read by the coach against the rubric.
 */
export function gradeProgram(program: ProgramScenario, input: Pick<ProgramAttemptInput, 'risks' | 'tasks' | 'notes'>): ProgramGrading {
  // Scenario tasks carry their team; a plan copied from them may too, and the calculator need not see it.
  const tasks = input.tasks.map((t) => {
    if (t === null || typeof t !== 'object' || !('team' in t)) return t;
    const { team: _team, ...rest } = t as Record<string, unknown>;
    return rest;
  });
  const result = calculateSchedule(
    parseInput(scheduleInputSchema, { tasks, calendar: 'working', ...(program.start ? { start: program.start } : {}), ...(program.deadline ? { deadline: program.deadline } : {}) }, 'dependency plan'),
  );
  const reference = criticalPath(program.tasks);
  const referencePath = program.criticalPath;
  const critical = new Set(result.tasks.filter((t) => t.critical).map((t) => t.id));
  const planIds = new Set(result.tasks.map((t) => t.id));
  const shared = referencePath.filter((id) => critical.has(id));
  const missing = referencePath.filter((id) => !critical.has(id));
  const extra = [...critical].filter((id) => !referencePath.includes(id));
  const matches = result.criticalPaths.some((p) => p.join('\u0000') === referencePath.join('\u0000'));
  const missingTasks = program.tasks.filter((t) => !planIds.has(t.id)).map((t) => t.id);
  const union = new Set([...referencePath, ...critical]).size;
  const planScore = matches ? 100 : Math.round((shared.length / Math.max(1, union)) * 100);

  const withoutOwner = input.risks.flatMap((r, i) => (hasOwner(r) ? [] : [i]));
  const withoutMitigation = input.risks.flatMap((r, i) => (hasMitigation(r) ? [] : [i]));
  const complete = input.risks.reduce((sum, r) => sum + (hasOwner(r) ? 0.5 : 0) + (hasMitigation(r) ? 0.5 : 0), 0);
  const registerScore = input.risks.length === 0 ? 0 : Math.round((complete / input.risks.length) * Math.min(1, input.risks.length / FULL_REGISTER) * 100);
  const severe = input.risks.filter((r) => r.likelihood === 'high' && r.impact === 'high');

  const rubric = gradeText(registerText(input), program.rubric, program.situation.slice(0, 3_000), 'program-sense');
  const score = Math.round(0.4 * rubric.score + 0.35 * planScore + 0.25 * registerScore);
  const level = levelOf(score);
  const nameOf = (id: string) => program.tasks.find((t) => t.id === id)?.name ?? result.tasks.find((t) => t.id === id)?.name ?? id;

  const feedback: ProgramFeedback[] = [];
  const say = (severity: Severity, message: string) => feedback.push({ severity, message });
  if (missingTasks.length > 0) say('warning', `Your plan leaves out ${missingTasks.map(nameOf).join(', ')}. Every known task belongs in the plan, even the ones with slack.`);
  if (matches) {
    say('strength', `Your critical path matches the reference: ${referencePath.map(nameOf).join(' → ')} (${result.duration} days).`);
  } else {
    say('warning', `Your critical path is ${result.criticalPath.map(nameOf).join(' → ')} (${result.duration} days); the reference is ${referencePath.map(nameOf).join(' → ')} (${reference.duration} days).${missing.length ? ` Check the dependencies of ${missing.map(nameOf).join(', ')}.` : ''}`);
  }
  if (program.deadline !== undefined && result.duration > program.deadline) {
    say('info', `Your plan ends on day ${result.duration}, ${result.duration - program.deadline} days after the date that matters (day ${program.deadline}). Say what gives: scope, date, or people.`);
  }
  const registerWords = input.risks.map((r) => `${r.risk} ${r.mitigation}`.toLowerCase());
  for (const w of program.watch) {
    if (!critical.has(w.task) && !referencePath.includes(w.task)) continue;
    const covered = registerWords.some((text) => w.keywords.some((k) => text.includes(k)));
    if (covered) say('strength', `Your register covers ${nameOf(w.task)}, which is on the critical path.`);
    else say('warning', w.message);
  }
  if (input.risks.length === 0) say('problem', 'The register is empty. List the risks that could move the date, the cost or the quality, each with an owner and a mitigation.');
  else if (input.risks.length < FULL_REGISTER) say('info', `${input.risks.length} risk${input.risks.length === 1 ? '' : 's'} listed; a program like this usually has at least ${FULL_REGISTER} that matter.`);
  if (withoutOwner.length > 0) say('warning', `${rowNumbers(withoutOwner)} ${withoutOwner.length === 1 ? 'has' : 'have'} no named owner. A risk without an owner is nobody's job: name a person or a role.`);
  if (withoutMitigation.length > 0) say('warning', `${rowNumbers(withoutMitigation)} ${withoutMitigation.length === 1 ? 'has' : 'have'} no mitigation. Say what you will do to make it less likely or less harmful, and when.`);
  const severeOpen = severe.filter((r) => !hasMitigation(r));
  if (severeOpen.length > 0) say('problem', `${severeOpen.length} high-likelihood, high-impact risk${severeOpen.length === 1 ? ' has' : 's have'} no mitigation: these are issues waiting to happen.`);
  if (input.risks.length > 0 && withoutOwner.length === 0 && withoutMitigation.length === 0) say('strength', 'Every risk has an owner and a mitigation.');

  return {
    kind: 'program',
    score,
    level: level.title,
    levelId: level.id,
    parts: { rubric: rubric.score, plan: planScore, register: registerScore },
    plan: {
      result,
      reference: { duration: reference.duration, criticalPath: referencePath, tasks: program.tasks },
      matches,
      shared,
      missing,
      extra,
      missingTasks,
      ...(program.deadline !== undefined ? { deadline: { days: program.deadline, late: Math.max(0, result.duration - program.deadline) } } : {}),
    },
    register: { count: input.risks.length, withoutOwner, withoutMitigation, severe: severe.length },
    rubric,
    outline: program.outline,
    feedback,
  };
}
