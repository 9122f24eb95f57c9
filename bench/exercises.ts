/**
 * Exercise grading: a full eight-section design attempt (eight coach analyses) and a metric case
 * attempt (numeric checks plus one open answer), after the coach's one-time warm-up.
 *
 *   node --import tsx bench/run.ts exercises
 */
import { warmUpCoach } from '../src/coach/index.js';
import { gradeCase } from '../src/app/exercises/grade-case.js';
import { gradeDesign } from '../src/app/exercises/grade-design.js';
import { gradeProgram } from '../src/app/exercises/grade-program.js';
import { loadExercises } from '../src/content/exercises.js';
import { defaultContentRoot } from '../src/content/index.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

/** About 80 words per section, written from the model outline, so every section is answered and matched. */
const designAttempt = (sections: ReadonlyArray<{ id: string; outline: string[] }>) => ({
  sections: Object.fromEntries(sections.map((s) => [s.id, s.outline.join(' ')])),
});

export async function benchExercises(): Promise<BenchRow[]> {
  // Only the exercises: the rest of the content is not needed to grade them.
  const content = loadExercises(defaultContentRoot());
  warmUpCoach();
  const design = content.designs.find((d) => d.id === 'scalable-ecommerce-platform');
  const launch = content.cases.find((c) => c.id === 'launch-sales-complaints');
  const program = content.programs.find((p) => p.id === 'migration-40-services');
  if (!design || !launch || !program) throw new Error('the benchmark needs the shipped exercises');

  const attempt = designAttempt(design.sections);
  const words = Object.values(attempt.sections).join(' ').split(/\s+/).length;
  const designTimes = await timeRuns(() => gradeDesign(design, attempt), 100, 10);

  const answers: Record<string, string | number> = {};
  for (const q of launch.questions) answers[q.id] = q.kind === 'numeric' ? q.answer : q.outline.join(' ');
  const caseTimes = await timeRuns(() => gradeCase(launch, { answers }), 300, 20);

  const plan = { risks: [{ risk: 'Teams lack capacity for wave 2', likelihood: 'high' as const, impact: 'high' as const, owner: 'VP engineering', mitigation: 'Migration time in quarterly plans' }], tasks: program.tasks, notes: program.outline.join(' ') };
  const programTimes = await timeRuns(() => gradeProgram(program, plan), 300, 20);

  return [
    { name: `grade a full design attempt, 8 sections, ${words} words (p50)`, value: percentile(designTimes, 50), unit: 'ms', target: '< 100 ms' },
    { name: 'grade a full design attempt (p99)', value: percentile(designTimes, 99), unit: 'ms' },
    { name: 'grade a metric case attempt, 6 numeric + 1 open (p50)', value: percentile(caseTimes, 50), unit: 'ms', target: '< 20 ms' },
    { name: 'grade a program attempt: CPM + register + rubric (p50)', value: percentile(programTimes, 50), unit: 'ms', target: '< 20 ms' },
  ];
}
