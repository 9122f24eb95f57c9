import fs from 'node:fs';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, printJson } from '../output.js';
import { withApp } from '../open-app.js';

interface AddOptions {
  file?: string;
  title?: string;
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  themes?: string;
  json?: boolean;
}

/** A story from a YAML or JSON file (YAML reads both), or from the flags; flags win over the file. */
async function storyInput(options: AddOptions): Promise<Record<string, unknown>> {
  let base: Record<string, unknown> = {};
  if (options.file) {
    if (!fs.existsSync(options.file)) throw new InvalidInputError(`no file at ${options.file}; give a YAML or JSON file with title, situation, task, action, result and competencies`);
    const { parse } = await import('yaml');
    const parsed: unknown = parse(fs.readFileSync(options.file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidInputError(`${options.file} must hold one story: a mapping with title, situation, task, action, result and competencies`);
    base = parsed as Record<string, unknown>;
  }
  const flags = {
    title: options.title,
    situation: options.situation,
    task: options.task,
    action: options.action,
    result: options.result,
    competencies: options.themes?.split(',').map((t) => t.trim()).filter(Boolean),
  };
  return { ...base, ...Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) };
}

export function registerStories(program: Command): void {
  const stories = program.command('stories').description('your story bank: 8-15 STAR stories tagged by behavioral theme');
  const json = (cmd: Command) => cmd.option('--json', 'print one JSON document');
  const render = () => import('../render-stories.js');

  json(stories.command('list').description('list your stories with the coach\'s score of each')).action(
    action(async (options: { json?: boolean }) =>
      withApp(async (app) => {
        const bank = await app.stories.list();
        if (options.json) return printJson(bank);
        console.log((await render()).renderStoryList(bank));
      }),
    ),
  );

  json(
    stories
      .command('add')
      .description('add a story from a YAML/JSON file or from flags')
      .option('--file <path>', 'a YAML or JSON file with title, situation, task, action, result, competencies')
      .option('--title <text>', 'a short title')
      .option('--situation <text>', 'S: the context and what was at stake')
      .option('--task <text>', 'T: what you had to do')
      .option('--action <text>', 'A: what you did')
      .option('--result <text>', 'R: what changed, with numbers')
      .option('--themes <ids>', 'comma-separated themes (tpmprep stories matrix lists them)'),
  ).action(
    action(async (options: AddOptions) =>
      withApp(async (app) => {
        const created = await app.stories.create(await storyInput(options));
        if (options.json) return printJson(created);
        console.log(`Added story ${created.story.id}: ${created.story.title} (coach: ${created.story.check.score}, ${created.story.check.level}).`);
        if (created.warning) console.log(created.warning);
      }),
    ),
  );

  json(stories.command('show').argument('<id>', 'the story id').description('show one story and where you used it')).action(
    action(async (id: string, options: { json?: boolean }) =>
      withApp(async (app) => {
        const story = await app.stories.get(id);
        if (options.json) return printJson(story);
        console.log((await render()).renderStory(story));
      }),
    ),
  );

  json(stories.command('check').argument('<id>', 'the story id').description('the coach\'s check of the story, told as a behavioral answer')).action(
    action(async (id: string, options: { json?: boolean }) =>
      withApp(async (app) => {
        const check = await app.stories.check(id);
        if (options.json) return printJson(check);
        const { renderCoach } = await import('../render-coach.js');
        console.log(`${check.title}\n\n${renderCoach(check.analysis, check.text)}`);
      }),
    ),
  );

  json(stories.command('matrix').description('which behavioral themes have a story, and which have none')).action(
    action(async (options: { json?: boolean }) =>
      withApp(async (app) => {
        const matrix = await app.stories.matrix();
        if (options.json) return printJson(matrix);
        console.log((await render()).renderMatrix(matrix));
      }),
    ),
  );

  json(stories.command('remove').argument('<id>', 'the story id').description('delete a story')).action(
    action(async (id: string, options: { json?: boolean }) =>
      withApp(async (app) => {
        const removed = await app.stories.remove(id);
        if (options.json) return printJson(removed);
        console.log(`Deleted story ${removed.id}. ${removed.count} left.${removed.warning ? ` ${removed.warning}` : ''}`);
      }),
    ),
  );

  json(stories.command('link').argument('<id>', 'the story id').requiredOption('--attempt <id>', 'the practice attempt that told this story').description('link a practice attempt to a story')).action(
    action(async (id: string, options: { attempt: string; json?: boolean }) =>
      withApp(async (app) => {
        const link = await app.stories.link(id, { attemptId: Number(options.attempt) });
        if (options.json) return printJson(link);
        console.log(`Linked attempt ${link.attemptId} to story ${link.storyId}.`);
      }),
    ),
  );
}
