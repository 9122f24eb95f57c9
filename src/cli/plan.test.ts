import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-plan-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (args: string[], input?: string) => runCli(args, { home, input });

interface JsonPlan {
  days: Array<{ date: string; rest: boolean; items: Array<{ kind: string; id: string; title: string; minutes: number; areas: string[] }> }>;
  totalMinutes: number;
  weekly: Array<{ budget: number; minutes: number }>;
  settings: Record<string, unknown>;
  saved: boolean;
}

// The tests share one data folder and run in order.
describe('tpmprep progress and plan', () => {
  it('progress shows every skill and area as unknown before any practice', () => {
    const result = cli(['progress']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Readiness: unknown: no scored practice yet\. Answer a question \(tpmprep practice\) to get a first reading\.\n/);
    expect(result.stdout).toContain('\nSkills\n  Technical expertise  ····················  unknown  no evidence yet\n');
    expect(result.stdout).toContain('\nStreak: 0 days\nTime: 0 min in total, 0 min in the last 7 days\n');
    expect(result.stdout).toContain('\nPractise next\n  1. Product development: No evidence yet: one answer gives a first reading.\n     tpmprep questions list --area product-development --attempted no\n');
  });

  it('progress --json changes after an answer: the question areas get a score, the rest stay unknown', () => {
    const answer = path.join(home, 'answer.txt');
    fs.writeFileSync(answer, 'Relational databases give transactions and joins; a document store scales writes horizontally but loses joins. I would pick Postgres for orders.');
    const practised = cli(['practice', 'relational-vs-nosql', '--file', answer, '--seconds', '180', '--json']);
    expect(practised.status).toBe(0);
    const attempt = JSON.parse(practised.stdout);
    const progress = JSON.parse(cli(['progress', '--json']).stdout);
    const scored = progress.areas.filter((a: { score: number | null }) => a.score !== null);
    expect(scored.map((a: { id: string }) => a.id).sort()).toEqual([...attempt.question.areas].sort());
    for (const area of scored) expect(area.score).toBe(attempt.attempt.analysis.score / 100);
    expect(progress.areas.length - scored.length).toBe(10 - attempt.question.areas.length);
    expect(progress.streak).toMatchObject({ days: 1, activeToday: true });
    expect(progress.time.totalSeconds).toBe(180);

    const text = cli(['progress']).stdout;
    expect(text).toMatch(/\nStreak: 1 day, practised today\nTime: 3 min in total, 3 min in the last 7 days \(answers 3 min\)\n/);
    expect(text).toMatch(/Readiness: no overall figure yet \(\d of 10 areas have evidence\)\. Still needed: evidence in \d more areas? \(\d of the 5 needed\); none yet in [A-Za-z ,]+; 4 more scored pieces of practice \(answers, code submissions, exercises or mock stages; 1 of 5 so far\)\.\n/);
  });

  it('plan --weeks 4 --hours-per-week 6 --json gives the days, items and total, with mocks as kind "mock"', () => {
    const result = cli(['plan', '--weeks', '4', '--hours-per-week', '6', '--start', '2026-03-02', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as JsonPlan;
    expect(plan.days).toHaveLength(28);
    expect(plan.days[0]?.date).toBe('2026-03-02');
    expect(plan.totalMinutes).toBe(plan.days.reduce((sum, d) => sum + d.items.reduce((s, i) => s + i.minutes, 0), 0));
    for (const week of plan.weekly) expect(week.minutes).toBeLessThanOrEqual(360);
    const items = plan.days.flatMap((d) => d.items);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['areas', 'id', 'kind', 'minutes', 'title']);
    const mocks = plan.days.filter((d) => d.items.some((i) => i.kind === 'mock')).map((d) => d.date);
    expect(mocks[0]).toBe('2026-03-19');
    expect(new Set(items.filter((i) => i.kind === 'question').flatMap((i) => i.areas)).size).toBe(10);
    expect(plan.days.filter((d) => d.rest).map((d) => d.date)).toEqual(['2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29']);
    expect(plan.settings).toMatchObject({ weeks: 4, hoursPerWeek: 6, startDate: '2026-03-02' });
    expect(plan.saved).toBe(true);
  });

  it('plan without options shows the saved plan as a readable week-by-week agenda', () => {
    const result = cli(['plan']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Study plan: 4 weeks, 2 Mar to 29 Mar, 6 h a week (360 min)',
      // The answered question gave its areas a score, so the unknown areas lead now.
      expect.stringMatching(/^First: .+ \(weakest or unknown areas lead\)$/),
      'Mock interviews from: 19 Mar',
    ]);
    expect(result.stdout).toMatch(/\nWeek 1 {2}2 Mar to 8 Mar {2}[█░]{16} \d+\/360 min\n {2}Mon 2 Mar {3} +\d+ min {2}Cards Flashcard review 10 min\n/);
    expect(result.stdout).toContain('\n  Sun 8 Mar   rest\n');
    expect(result.stdout).toMatch(/ Mock {2}Mock interview: Technical interview 60 min\n/);
    expect(result.stdout).toMatch(/minutes planned\. Saved; the plan follows your progress each time you open it\.\n$/);
  });

  it('plan --date ends the day before the interview; --no-save leaves the saved plan alone', () => {
    const dated = JSON.parse(cli(['plan', '--date', '2026-03-20', '--start', '2026-03-02', '--hours-per-week', '4.5', '--no-save', '--json']).stdout) as JsonPlan;
    expect(dated.days.at(-1)?.date).toBe('2026-03-19');
    expect(dated.settings).toMatchObject({ weeks: null, interviewDate: '2026-03-20', hoursPerWeek: 4.5 });
    expect(dated.saved).toBe(false);
    expect(JSON.parse(cli(['plan', '--json']).stdout).settings).toMatchObject({ weeks: 4, interviewDate: null, hoursPerWeek: 6 });
  });

  it('plan --ics writes a calendar file', () => {
    const file = path.join(home, 'plan.ics');
    const result = cli(['plan', '--ics', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote the calendar to ${file}: import it in Google Calendar, Apple Calendar or Outlook.\n`);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tpmprep//Study plan//EN\r\n')).toBe(true);
    expect(text.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(24);
    expect(JSON.parse(cli(['plan', '--ics', file, '--json']).stdout).ics).toBe(file);
    const missing = cli(['plan', '--ics', path.join(home, 'no', 'such', 'plan.ics')]);
    expect([missing.status, missing.stderr]).toEqual([2, `error: no folder ${path.join(home, 'no', 'such')}; create it or write the file elsewhere\n`]);
  });

  it('refuses invalid options with clear errors and exit code 2', () => {
    const refused = (args: string[]) => {
      const result = cli(['plan', ...args]);
      return [result.status, result.stderr];
    };
    expect(refused(['--weeks', '7'])).toEqual([2, 'error: invalid plan settings: weeks: weeks is 2 to 6: interview processes take 2-6 weeks\n']);
    expect(refused(['--weeks', '1'])).toEqual([2, 'error: invalid plan settings: weeks: weeks is 2 to 6: interview processes take 2-6 weeks\n']);
    expect(refused(['--weeks', 'four'])).toEqual([2, 'error: invalid plan settings: weeks: weeks is a whole number from 2 to 6\n']);
    expect(refused(['--hours-per-week', '2'])).toEqual([
      2,
      'error: invalid plan settings: hoursPerWeek: hours per week is at least 3: less does not fit a pass over every area and the mocks\n',
    ]);
    expect(refused(['--hours-per-week', '41'])).toEqual([2, 'error: invalid plan settings: hoursPerWeek: hours per week is at most 40\n']);
    expect(refused(['--start', '2026-02-30'])).toEqual([2, 'error: invalid plan settings: startDate: the start date is a date written YYYY-MM-DD, e.g. 2026-03-02; got "2026-02-30"\n']);
    expect(refused(['--date', 'next friday'])).toEqual([
      2,
      'error: invalid plan settings: interviewDate: the interview date is a date written YYYY-MM-DD, e.g. 2026-03-02; got "next friday"\n',
    ]);
    expect(refused(['--weeks', '3', '--date', '2026-04-01'])).toEqual([2, 'error: give --weeks or --date (the interview date), not both\n']);
    expect(refused(['--date', '2026-05-30'])).toEqual([2, 'error: the interview date 2026-05-30 is 89 days after the start 2026-03-02; a plan needs 7 to 42 days (1-6 weeks)\n']);
    expect(refused(['--date', '2026-02-20'])).toEqual([
      2,
      'error: the interview date 2026-02-20 is in the past: 10 days before the plan starts (2026-03-02); give the date of an interview still to come, or plan by weeks left instead\n',
    ]);
  });
});
