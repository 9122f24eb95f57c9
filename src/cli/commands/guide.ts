import type { Command } from 'commander';
import { action, bold, dim, printJson } from '../output.js';

/** Wraps text at word boundaries to `width` columns, each line indented. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** A FAQ answer in Markdown (paragraphs and "- " lists) as indented, wrapped terminal text. */
function renderAnswer(markdown: string): string {
  const out: string[] = [];
  for (const block of markdown.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*- /.test(l))) {
      for (const item of lines) out.push(wrap(item.replace(/^\s*- /, '').trim(), 96, '       ').replace(/^ {7}/, '     - '));
    } else {
      out.push(wrap(block.replace(/\s+/g, ' ').trim(), 96, '     '));
    }
  }
  return out.join('\n');
}

export function registerGuide(program: Command): void {
  program
    .command('guide')
    .description('show the guide: skills, review areas, stages, checklist, mistakes and FAQ')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean }) => {
        const { openContent } = await import('../../app/open.js');
        const guide = openContent().guide;
        if (options.json) return printJson(guide);
        const section = (title: string, items: { title: string; summary?: string }[]) => {
          console.log(`\n${bold(title)}`);
          items.forEach((item, i) => console.log(`  ${i + 1}. ${item.title}${item.summary ? dim(` — ${item.summary}`) : ''}`));
        };
        section('The 5 skills', guide.skills);
        section('The 10 review areas', guide.areas);
        section(`Interview stages (${guide.process.minStages}-${guide.process.maxStages} over ${guide.process.minWeeks}-${guide.process.maxWeeks} weeks, ${guide.process.averageWeeks} on average)`,
          guide.stages.map((s) => ({ title: `${s.title} (${s.duration})`, summary: s.summary })));
        section('Preparation checklist', guide.checklist);
        section('Mistakes to avoid', guide.mistakes.map((m) => ({ title: m.title, summary: m.fix })));
        console.log(`\n${bold('FAQ')}`);
        for (const [i, f] of guide.faq.entries()) {
          console.log(`  ${i + 1}. ${f.question}`);
          console.log(`${renderAnswer(f.answer)}\n`);
        }
        console.log(dim('\nRead it all in the web app (npm start) or with --json.'));
      }),
    );
}
