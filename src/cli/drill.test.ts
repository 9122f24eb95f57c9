import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersOf } from './commands/drill.js';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-drill-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (args: string[], input?: string) => runCli(args, { home, input });

const ANSWERS = [
  'I chose a strangler pattern over a rewrite because four teams shipped into the monolith every week. I considered a big-bang cutover, but the holiday freeze left no room to roll back, so I routed 5% of traffic first and grew it weekly.',
  'The first cutover broke refunds: the new service rounded currency differently. I caught it from the reconciliation alert within two hours, I rolled traffic back to 0%, and I added a contract test that compares both paths on every build.',
  'It cost six engineers for two quarters and a two-week slip that I negotiated with finance, about $400k of time. We gave up the loyalty feature that quarter.',
];

describe('tpmprep drill', () => {
  it('splits an answers file on lines holding only ---', () => {
    expect(answersOf('one\n---\ntwo\nlines\n---  \n\n---\nthree\n')).toEqual(['one', 'two\nlines', 'three']);
  });

  it('runs a story through three follow-ups from an answers file, coaching and saving each', () => {
    const added = cli(['stories', 'add', '--json', '--title', 'Checkout migration', '--situation', 'Our payments org ran checkout on a ten-year-old monolith.', '--task', 'I owned moving checkout to its own service before the freeze.', '--action', 'I split the work into three milestones and I ran a weekly dependency review.', '--result', 'We cut over with no downtime and p95 fell from 900 ms to 300 ms.', '--themes', 'technical-decision']);
    expect(added.status).toBe(0);
    const file = path.join(home, 'answers.txt');
    fs.writeFileSync(file, ANSWERS.join('\n---\n'));
    const run = cli(['drill', '1', '--answers', file, '--level', 'senior', '--json']);
    expect(run.status).toBe(0);
    const view = JSON.parse(run.stdout);
    expect(view).toMatchObject({ id: 1, storyId: 1, targetLevel: 'senior', status: 'open' });
    expect(view.answers.map((a: { answer: string }) => a.answer)).toEqual(ANSWERS);
    expect(view.answers.map((a: { kind: string; depth: number }) => `${a.kind}/${a.depth}`)).toEqual(['design/1', 'broke/1', 'cost/1']);
    for (const a of view.answers) expect(a.analysis).toMatchObject({ type: 'deep-dive', scope: { target: 'senior' } });
    expect(view.answers.map((a: { specificity: number; quantified: boolean }) => [a.specificity, a.quantified])).toEqual([
      [75, false],
      [100, true],
      [83, true],
    ]);
    // Six engineers, two quarters and $400k on one team: numbers without reach read as mid-level.
    expect(view.answers[2].analysis.scope).toMatchObject({ readsAs: 'mid', verdict: 'below' });
    expect(view.next).toMatchObject({ kind: 'change', depth: 1 });
    // The questions went to stderr, in order.
    expect(run.stderr).toContain('Drill 1 on "Checkout migration"');
    expect(run.stderr.indexOf('1. Why that design')).toBeLessThan(run.stderr.indexOf('2. What broke'));
    expect(run.stderr).toContain('3. What it cost');
    expect(run.stderr).toContain('Drill stopped: 3 answers saved with the coach\'s analysis.');
  });

  it('reads typed answers until a line with a dot, and a dot alone stops', () => {
    const run = cli(['drill', '1'], `${ANSWERS[0]}\n.\n.\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1. Why that design');
    expect(run.stdout).toContain('Drill stopped: 1 answer saved');
  });

  it('refuses a story that is not in the bank and a missing answers file', () => {
    const missing = cli(['drill', '9']);
    expect([missing.status, missing.stderr]).toEqual([3, 'error: no story 9; list them with `tpmprep stories list`\n']);
    const noFile = cli(['drill', '1', '--answers', path.join(home, 'nope.txt')]);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toBe(`error: no file at ${path.join(home, 'nope.txt')}; give a text file with answers separated by lines holding only "---"\n`);
  });
});
