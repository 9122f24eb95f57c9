import type { Story, StoryBank, StoryUse, ThemeMatrix } from '../app/stories/stories.js';
import { bold, dim, table } from './output.js';

export function renderStoryList(bank: StoryBank): string {
  const lines: string[] = [];
  if (bank.stories.length === 0) lines.push('No stories yet. Add one with `tpmprep stories add --file story.yaml`.');
  else {
    lines.push(
      table([
        ['id', 'title', 'coach', 'used', 'themes'],
        ...bank.stories.map((s) => [String(s.id), s.title, `${s.check.score} ${s.check.level}`, String(s.uses), s.competencies.join(', ')]),
      ]),
    );
  }
  lines.push(dim(`\n${bank.count} of ${bank.target.min}-${bank.target.max} stories.`));
  if (bank.warning) lines.push(bank.warning);
  return lines.join('\n');
}

export function renderStory(story: Story & { usedIn: StoryUse[] }): string {
  const part = (label: string, text: string) => `${bold(label)}\n${text}`;
  return [
    `${bold(story.title)} ${dim(`(story ${story.id} · coach ${story.check.score}, ${story.check.level} · ${story.competencies.join(', ')})`)}`,
    part('Situation', story.situation),
    part('Task', story.task),
    part('Action', story.action),
    part('Result', story.result),
    story.usedIn.length === 0 ? dim('Not used yet.') : `${bold('Used in')}\n${story.usedIn.map((u) => `  - ${u.title} ${dim(u.at.slice(0, 10))}`).join('\n')}`,
  ].join('\n\n');
}

export function renderMatrix(matrix: ThemeMatrix): string {
  const rows = matrix.themes.map((t) => [t.stories.length > 0 ? '✓' : '·', t.title, t.stories.length > 0 ? t.stories.map((s) => `${s.id} ${s.title}`).join('; ') : dim('no story yet')]);
  return `${table(rows)}\n\n${matrix.covered} of ${matrix.total} themes have a story.${matrix.uncovered.length > 0 ? ` Missing: ${matrix.uncovered.join(', ')}.` : ''}`;
}
