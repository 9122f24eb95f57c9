import type { Command } from 'commander';
import { action, bold, dim, printJson } from '../output.js';

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
        section('FAQ', guide.faq.map((f) => ({ title: f.question })));
        console.log(dim('\nRead it all in the web app (npm start) or with --json.'));
      }),
    );
}
