import type { Command } from 'commander';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

export function registerProgress(program: Command): void {
  program
    .command('progress')
    .description('readiness per skill and area, the trend, your streak, time spent and what to practise next')
    .option('--track <track>', 'readiness for one job: product or program (program adds its competencies to the overall), or all; default: the track in your settings')
    .option('--json', 'print one JSON document')
    .action(
      action(async (options: { json?: boolean; track?: string }) =>
        withApp(async (app) => {
          const progress = await app.progress.get({ track: options.track });
          if (options.json) return printJson(progress);
          const { renderProgress } = await import('../render-progress.js');
          console.log(renderProgress(progress));
        }),
      ),
    );
}
