import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

interface MockOptions {
  loop?: string;
  resume?: boolean;
  list?: boolean;
  loops?: boolean;
  seed?: string;
  track?: string;
  lang?: string;
  json?: boolean;
}

const LANGS = ['ts', 'js', 'py'] as const;

export function registerMock(program: Command): void {
  program
    .command('mock')
    .description('run a mock interview loop in the terminal, stage by stage, with a debrief at the end')
    .option('--loop <id>', 'the loop to run (default: generic; see --loops)')
    .option('--resume', 'continue the paused (or unfinished) mock')
    .option('--loops', 'list the loops and exit')
    .option('--list', 'list your past mocks and exit')
    .option('--track <track>', 'choose questions for this job (product or program; default: the track in your settings, else the loop\'s own); with --loops, list this track\'s loops (all: every loop)')
    .option('--seed <n>', 'choose the questions with this seed (the same seed and history give the same loop)')
    .option('--lang <lang>', 'the language of coding answers: ts, js or py (default ts)')
    .option('--json', 'print one JSON document at the end; the interview itself goes to stderr')
    .action(
      action(async (options: MockOptions) =>
        withApp(async (app) => {
          const render = await import('../render-mock.js');
          if (options.loops) {
            const list = await app.mocks.loopList({ track: options.track });
            return options.json ? printJson(list) : console.log(render.renderLoops(list.loops));
          }
          if (options.list) {
            const mocks = await app.mocks.list();
            return options.json ? printJson({ mocks }) : console.log(render.renderMockList(mocks));
          }
          if (options.resume && options.loop) throw new InvalidInputError('--resume continues the unfinished mock; leave out --loop');
          const lang = options.lang ?? 'ts';
          if (!(LANGS as readonly string[]).includes(lang)) throw new InvalidInputError(`--lang is ts, js or py, not "${lang}"`);
          const seed = options.seed === undefined ? undefined : Number(options.seed);
          if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) throw new InvalidInputError(`--seed is a whole number of 0 or more, not "${options.seed}"`);
          const { runMockSession } = await import('../mock-session.js');
          const result = await runMockSession(app, {
            loop: options.loop,
            resume: options.resume,
            seed,
            track: options.track,
            lang: lang as (typeof LANGS)[number],
            out: options.json ? process.stderr : process.stdout,
          });
          if (options.json) printJson(result);
        }),
      ),
    );
}
