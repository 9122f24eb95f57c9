import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-mock-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (args: string[], input?: string) => runCli(args, { home, input });

const STAR =
  'At my last company we were launching a new checkout for 2 million users. I was responsible for the launch plan. ' +
  'I met each team lead, I proposed a phased rollout and I tracked the risks weekly. As a result we shipped on time and conversion rose 4%.';
const TECH = 'A cache trades freshness for latency. I would use a read-through cache with a five minute TTL, invalidate on writes, and measure the hit rate and p99 latency.';

// The tests share one data folder and run in order: each builds on the mocks before it.
// Each run starts a real process (about a second on a quiet machine), so the tests get a longer timeout.
describe('tpmprep mock', { timeout: 60_000 }, () => {
  it('lists the loops', () => {
    const result = cli(['mock', '--loops', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).loops.map((l: { id: string; minutes: number }) => [l.id, l.minutes])).toEqual([
      ['generic', 195],
      ['amazon-style', 270],
      ['program-amazon-style', 285],
      ['google-style', 225],
      ['program-google-style', 180],
      ['meta-style', 180],
      ['program-meta-style', 225],
      ['microsoft-style', 195],
      ['quick', 15],
    ]);
  });

  it('runs the quick loop from piped input: timer on each prompt, a follow-up after each answer, the debrief at the end', () => {
    const input = ['', STAR, '.', 'Conversion rose 4% in the first month and support tickets fell.', '.', '', TECH, '.', '.', ''].join('\n');
    const result = cli(['mock', '--loop', 'quick', '--seed', '3'], input);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^Quick practice loop \(quick, product track, 15 min\)\n  Phone screen warm-up 5 min → Technical concept 10 min\n/);
    expect(out).toContain('Stage 1 of 2: Phone screen warm-up (5 min, 1 question)\n');
    expect(out).toMatch(/\[Stage 1\/2 · Phone screen warm-up · question 1\/1 · 0:0\d \/ 5:00\]\n/);
    expect(out).toMatch(/\[Stage 2\/2 · Technical concept · question 1\/1 · 0:0\d \/ 10:00\]\n/);
    expect(out.match(/\nInterviewer: /g)).toHaveLength(2);
    expect(out).toMatch(/\nDebrief · Quick practice loop \(mock 1\)\nHire signal: (Strong hire|Hire|Lean no hire|No hire|Not enough to call) · overall \d+\/100 · 2 of 2 answered\n/);
    expect(out).toContain('\nStages\n  Phone screen warm-up');
    expect(out).toContain('\nDimensions\n  Structure');
    expect(out).toContain('\nPractise next\n');
  });

  it('pauses on "pause" or at the end of the input, and --resume continues after a restart', () => {
    const first = cli(['mock', '--loop', 'quick', '--seed', '8'], ['', STAR, '.', 'pause', ''].join('\n'));
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/\nInterviewer: .+\n.*\n\nPaused\. The clock is stopped\. Resume with: tpmprep mock --resume\n$/);
    const refused = cli(['mock', '--loop', 'quick']);
    expect([refused.status, refused.stderr]).toEqual([6, 'error: mock 2 (Quick practice loop) is still paused: resume it (tpmprep mock --resume) or finish it before starting another\n']);

    const second = cli(['mock', '--resume'], ['I measured conversion weekly.', '.', ''].join('\n'));
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^Resuming Quick practice loop \(mock 2\)\n/);
    expect(second.stdout).toContain('Stage 2 of 2: Technical concept');
    expect(second.stdout).toMatch(/Paused\. The input ended\. Resume with: tpmprep mock --resume\n$/);

    const third = cli(['mock', '--resume', '--json'], ['', TECH, '.', '.', ''].join('\n'));
    expect(third.status).toBe(0);
    expect(third.stderr).toContain('Interviewer: ');
    const result = JSON.parse(third.stdout);
    expect([result.paused, result.mock.id, result.mock.status, result.debrief.id, result.debrief.answered, result.debrief.items]).toEqual([false, 2, 'finished', 2, 2, 2]);
    expect(result.debrief.stages.map((s: { id: string; reached: boolean }) => [s.id, s.reached])).toEqual([
      ['warm-up', true],
      ['concepts', true],
    ]);
  });

  it('lists past mocks and says what to do when there is nothing to resume or the loop is unknown', () => {
    const list = JSON.parse(cli(['mock', '--list', '--json']).stdout);
    expect(list.mocks.map((m: { id: number; status: string }) => [m.id, m.status])).toEqual([
      [2, 'finished'],
      [1, 'finished'],
    ]);
    expect(cli(['mock', '--list']).stdout).toMatch(/^id +loop +status +answered +overall +signal +started\n2 +Quick practice loop +finished +2\/2 /);
    const none = cli(['mock', '--resume']);
    expect([none.status, none.stderr]).toEqual([3, 'error: there is no unfinished mock to resume; start one with `tpmprep mock --loop quick`\n']);
    const unknown = cli(['mock', '--loop', 'acme']);
    expect([unknown.status, unknown.stderr]).toEqual([3, 'error: no loop "acme"; the loops are: generic, amazon-style, program-amazon-style, google-style, program-google-style, meta-style, program-meta-style, microsoft-style, quick\n']);
    expect(cli(['mock', '--seed', 'x']).stderr).toBe('error: --seed is a whole number of 0 or more, not "x"\n');
  });
});

describe('tpmprep stories', { timeout: 60_000 }, () => {
  it('adds from a YAML file and from flags, and lists the bank', () => {
    const file = path.join(home, 'story.yaml');
    fs.writeFileSync(
      file,
      [
        'title: Search index',
        'situation: Our checkout team was two weeks from a launch for 2 million users when the tech lead and I disagreed.',
        'task: I was responsible for getting a decision before the design review.',
        'action: I met him one-on-one and I proposed a two-day spike to get data on the trade-off.',
        'result: As a result we shipped on time and p95 latency dropped 30%.',
        'competencies: [conflict, technical-decision]',
      ].join('\n'),
    );
    const added = cli(['stories', 'add', '--file', file]);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/^Added story 1: Search index \(coach: \d+, \w+\)\.\nYou have 1 story; aim for 8-15 so that every behavioral theme has one you have rehearsed\.\n$/);
    const flags = cli(['stories', 'add', '--json', '--title', 'Pricing', '--situation', 'Revenue was flat for two quarters.', '--task', 'I owned the pricing test.', '--action', 'I designed an A/B test with finance.', '--result', 'Revenue rose 6%.', '--themes', 'data-driven-decision']);
    expect(JSON.parse(flags.stdout).story).toMatchObject({ id: 2, title: 'Pricing', competencies: ['data-driven-decision'] });
    const list = cli(['stories', 'list']);
    expect(list.stdout).toMatch(/^id +title +coach +used +themes\n1 +Search index +\d+ \w+ +0 +conflict, technical-decision\n2 +Pricing/);
    expect(list.stdout).toContain('\n2 of 8-15 stories.\nYou have 2 stories; aim for 8-15');
  });

  it('shows and checks a story, draws the matrix and names an unknown theme', () => {
    expect(cli(['stories', 'show', '1']).stdout).toMatch(/^Search index \(story 1 · coach \d+, \w+ · conflict, technical-decision\)\n\nSituation\nOur checkout team/);
    const check = JSON.parse(cli(['stories', 'check', '1', '--json']).stdout);
    expect([check.id, check.analysis.type, check.analysis.star.result.present]).toEqual([1, 'behavioral', true]);
    const matrix = cli(['stories', 'matrix']);
    expect(matrix.stdout).toMatch(/^✓ +Conflict +1 Search index\n/);
    expect(matrix.stdout).toMatch(/\n3 of 14 themes have a story\. Missing: influence-without-authority, failure, /);
    const bad = cli(['stories', 'add', '--title', 'x', '--situation', 's', '--task', 't', '--action', 'a', '--result', 'r', '--themes', 'astrology']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: unknown theme "astrology"; the themes are: conflict, /);
  });

  it('a story told twice in one mock is warned about and the answer kept, not lost', () => {
    const input = ['', 'story: 1', STAR, '.', '.', '', 'story: 1', TECH, '.', '.', ''].join('\n');
    const result = cli(['mock', '--loop', 'quick', '--seed', '3'], input);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\nwarning: story 1 was already told in this loop \(Phone screen warm-up: ".+"\), so this answer is saved without it; an interviewer panel compares notes, so use a different story next time\n/);
    expect(result.stdout).toMatch(/\nDebrief · Quick practice loop \(mock 3\)\nHire signal: .+ · 2 of 2 answered\n/);
    const story = JSON.parse(cli(['stories', 'show', '1', '--json']).stdout);
    expect(story.usedIn.map((u: { kind: string; id: number; itemKey: string }) => [u.kind, u.id, u.itemKey])).toEqual([['mock', 3, '1.1']]);
  });
});
