import type { ExerciseAttempt, ExerciseList, ExerciseView, RubricGrade } from '../app/exercises/exercises.js';
import { bold, dim, table } from './output.js';

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function renderList(list: ExerciseList): string {
  const rows = [...list.designs, ...list.cases, ...list.programs].map((e) => [
    e.kind,
    e.id,
    e.difficulty,
    `${e.minutes}m`,
    e.attempts > 0 ? `${e.attempts}x best ${e.best}` : '',
    e.title,
  ]);
  if (rows.length === 0) return 'No exercises of that kind.';
  return `${table(rows)}\n${dim(`\n${rows.length} exercise${rows.length === 1 ? '' : 's'}. Open one with: tpmprep exercises show <id>`)}`;
}

export function renderView(view: ExerciseView, dataFile?: string): string {
  const lines = [bold(view.title), dim(`${view.kind} · ${view.difficulty} · ${view.minutes} min · ${view.id}`), '', view.summary, ''];
  if (view.kind === 'design') {
    lines.push(view.brief, '');
    view.sections.forEach((s, i) => {
      lines.push(bold(`${i + 1}. ${s.title}`), `   ${s.prompt}`);
      if (s.calculators.length) lines.push(dim(`   calculators: ${s.calculators.map((c) => `tpmprep calc ${c}`).join(', ')}`));
      lines.push(dim(`   a strong answer covers: ${s.points.join('; ')}`));
    });
  } else if (view.kind === 'case') {
    lines.push(view.situation, '', bold('Data'), `   ${view.rows.length} rows${dataFile ? ` in ${dataFile}` : ''}`);
    for (const c of view.columns) lines.push(`   ${c.name} (${c.type}): ${c.description}`);
    lines.push('', bold('Questions'));
    view.questions.forEach((q, i) => lines.push(`${i + 1}. [${q.id}] ${q.prompt}${q.kind === 'numeric' ? dim(` (number, ${q.unit})`) : dim(' (open)')}`));
  } else {
    lines.push(view.situation, '', bold('Known tasks (working days)'));
    lines.push(table(view.tasks.map((t) => [`   ${t.id}`, `${t.duration}d`, t.team, t.name])));
    if (view.deadline !== undefined) lines.push(dim(`   the date that matters: day ${view.deadline}${view.start ? ` (the plan starts ${view.start})` : ''}`));
  }
  return lines.join('\n');
}

function rubricLines(grade: RubricGrade, indent: string): string[] {
  if (!grade.answered) return [`${indent}${dim('not answered')}`];
  return grade.rubric.map((r) => `${indent}${mark(r.covered)} ${r.point}${r.covered ? dim(` (said: ${r.signals.slice(0, 3).join(', ')})`) : dim(` — ${r.shows}`)}`);
}

export function renderAttempt(attempt: ExerciseAttempt): string {
  const g = attempt.grading;
  const lines = [bold(`${attempt.exerciseTitle}: ${g.score}/100 · ${g.level}`), dim(`saved as attempt ${attempt.id} at ${attempt.createdAt}`), ''];
  if (g.kind === 'design') {
    for (const s of g.sections) {
      lines.push(`${bold(s.title)}  ${s.answered ? `${s.score}/100 · ${s.covered} of ${s.total} points` : dim('skipped')}`);
      lines.push(...rubricLines(s, '  '));
    }
  } else if (g.kind === 'case') {
    lines.push(`numeric answers: ${g.numeric.correct} of ${g.numeric.total} correct`, '');
    for (const q of g.questions) {
      if (q.kind === 'numeric') {
        const given = q.given === null ? 'blank' : `${q.given} ${q.unit}`;
        lines.push(`${mark(q.correct)} ${q.id}: ${given}; expected ${q.expected} ${q.unit} (± ${q.tolerance})`, dim(`  ${q.explanation}`));
      } else {
        lines.push(`${bold(q.id)}  ${q.answered ? `${q.score}/100 · ${q.covered} of ${q.total} points` : dim('not answered')}`, ...rubricLines(q, '  '));
      }
    }
  } else {
    lines.push(`rubric ${g.parts.rubric} · critical path ${g.parts.plan} · register ${g.parts.register}`);
    lines.push(`your critical path (${g.plan.result.duration} days): ${g.plan.result.criticalPath.join(' → ')}`);
    lines.push(`reference (${g.plan.reference.duration} days):   ${g.plan.reference.criticalPath.join(' → ')}`, '', bold('Feedback'));
    for (const f of g.feedback) lines.push(`  ${f.severity.padEnd(8)} ${f.message}`);
    lines.push('', bold('Rubric'), ...rubricLines(g.rubric, '  '));
  }
  return lines.join('\n');
}
