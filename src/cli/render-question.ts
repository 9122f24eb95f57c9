import type { Question } from '../content/index.js';
import { bold, dim } from './output.js';

export function renderHeader(q: Question): string {
  return [
    bold(q.title),
    dim(`${q.type} · ${q.difficulty} · ${q.minutes} min · ${q.id}`),
    dim(`skills: ${q.skills.join(', ')} · areas: ${q.areas.join(', ')} · stages: ${q.stages.join(', ')}`),
    dim(`tracks: ${q.tracks.join(', ')}${q.competencies.length > 0 ? ` · program competencies: ${q.competencies.join(', ')}` : ''}`),
    '',
    q.prompt,
  ].join('\n');
}

export function renderReview(q: Question): string {
  const lines: string[] = [bold('Rubric: what a strong answer shows')];
  q.rubric.forEach((r, i) => {
    lines.push(`  ${i + 1}. ${r.point}`, `     ${r.shows}`, dim(`     listen for: ${r.signals.join(', ')}`));
  });
  lines.push('', bold('Model answer outline'));
  q.outline.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  if (q.levels) {
    lines.push('', bold('What a strong answer looks like at each level'));
    lines.push(`  Mid-level: ${q.levels.mid}`, `  Senior: ${q.levels.senior}`, `  Staff: ${q.levels.staff}`);
  }
  lines.push('', bold('Follow-up questions'));
  q.followups.forEach((f) => lines.push(`  - ${f}`));
  lines.push('', bold('Common pitfalls'));
  q.pitfalls.forEach((p) => lines.push(`  - ${p}`));
  return lines.join('\n');
}
