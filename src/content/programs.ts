import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../core/errors.js';
import type { AreaId, Difficulty, SkillId } from '../core/taxonomy.js';
import { readMarkdownFolder, type LoadResult } from './collection.js';
import { exerciseMetaFields, outlineSchema, rubricSchema, text, type ExerciseRubricPoint } from './exercise-fields.js';
import { lineOf } from './front-matter.js';

/**
 * Program-sense scenarios: content/programs/<slug>.md. The body is the situation; the front-matter
 * holds the known tasks with the reference dependencies, the reference critical path (a test checks
 * it is what the critical path method gives), the rubric for the risk register and dependency plan,
 * and the tasks whose risks a strong register must cover when they are critical.
 */

const taskId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'task ids are lowercase words joined by "-"');

const taskSchema = z.strictObject({
  id: taskId,
  name: text,
  team: text,
  /** Working days. */
  duration: z.number().min(0).max(365),
  depends: z.array(taskId).default([]),
});

const watchSchema = z.strictObject({
  task: taskId,
  /** Words that show a risk in the register is about this task (lowercase). */
  keywords: z.array(z.string().trim().min(1).refine((s) => s === s.toLowerCase(), 'keywords are lowercase')).min(1).max(8),
  /** What to tell the candidate when the task is critical and no risk covers it. */
  message: text,
});

const programSchema = z.strictObject({
  ...exerciseMetaFields,
  /** The first day of the plan, YYYY-MM-DD, for dates on the Gantt chart. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'start is a date YYYY-MM-DD').optional(),
  /** Working days from the start to the date that matters. */
  deadline: z.number().int().min(1).max(1000).optional(),
  tasks: z.array(taskSchema).min(4).max(30),
  criticalPath: z.array(taskId).min(2),
  watch: z.array(watchSchema).min(1).max(6),
  rubric: rubricSchema,
  outline: outlineSchema,
});

export type ProgramTask = z.output<typeof taskSchema>;
export type ProgramWatch = z.output<typeof watchSchema>;

export interface ProgramScenario {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  minutes: number;
  skills: SkillId[];
  areas: AreaId[];
  fromGuide: boolean;
  situation: string;
  start?: string;
  deadline?: number;
  /** The known tasks with the reference dependencies. */
  tasks: ProgramTask[];
  criticalPath: string[];
  watch: ProgramWatch[];
  rubric: ExerciseRubricPoint[];
  outline: string[];
  file: string;
}

export function loadPrograms(root: string): LoadResult<ProgramScenario> {
  const entries = readMarkdownFolder(root, path.join(root, 'programs'), programSchema);
  const result: LoadResult<ProgramScenario> = { items: [], problems: [...entries.problems] };
  for (const entry of entries.items) {
    const m = entry.meta;
    const yaml = entry.parsed.yaml;
    const problems: ContentProblem[] = [];
    const at = (keyPath: (string | number)[], message: string) => problems.push({ path: entry.file, line: lineOf(yaml, keyPath), message });
    const ids = m.tasks.map((t) => t.id);
    m.tasks.forEach((task, i) => {
      if (ids.indexOf(task.id) !== i) at(['tasks', i, 'id'], `the task id "${task.id}" is used twice`);
      task.depends.forEach((dep, k) => {
        if (!ids.includes(dep)) at(['tasks', i, 'depends', k], `task "${task.id}" depends on "${dep}", which is not a task`);
        if (dep === task.id) at(['tasks', i, 'depends', k], `task "${task.id}" cannot depend on itself`);
      });
    });
    m.criticalPath.forEach((id, k) => !ids.includes(id) && at(['criticalPath', k], `the critical path names "${id}", which is not a task`));
    m.watch.forEach((w, k) => !ids.includes(w.task) && at(['watch', k, 'task'], `watch names "${w.task}", which is not a task`));
    if (!entry.body.trim()) problems.push({ path: entry.file, line: entry.bodyLine, message: 'the situation (the text after the front-matter) is empty' });
    result.problems.push(...problems);
    if (problems.length > 0) continue;
    result.items.push({
      id: entry.id,
      title: m.title,
      summary: m.summary,
      difficulty: m.difficulty,
      minutes: m.minutes,
      skills: m.skills,
      areas: m.areas,
      fromGuide: m.fromGuide,
      situation: entry.body.trim(),
      ...(m.start ? { start: m.start } : {}),
      ...(m.deadline ? { deadline: m.deadline } : {}),
      tasks: m.tasks,
      criticalPath: m.criticalPath,
      watch: m.watch,
      rubric: m.rubric,
      outline: m.outline,
      file: entry.file,
    });
  }
  return result;
}
