import { describe, expect, it } from 'vitest';
import { cliSandbox } from './cli-sandbox.js';
import { runCli } from './run-cli.js';

const { home, cli, json } = cliSandbox('settings');
const withInput = (input: string, ...args: string[]) => runCli(args, { home, input });

// The tests share one data folder and run in order.
// Each test runs the real command several times; on a busy machine one run takes seconds.
describe('tpmprep init and settings', { timeout: 90_000 }, () => {
  it('init with flags asks nothing, saves the answers, builds the plan and says what to do first', () => {
    const result = json('init', '--track', 'program', '--level', 'senior', '--weeks', '4', '--hours', '8');
    expect(result.settings).toMatchObject({ track: 'program', level: 'senior', weeks: 4, interviewDate: null, hoursPerWeek: 8, companyStyle: null, firstRunDone: true });
    expect(result.plan.weeks).toBe(4);
    expect(result.plan.budgetPerWeek).toBe(480);
    expect(result.firstDay).toBe(result.plan.days.find((d: { rest: boolean; items: unknown[] }) => !d.rest && d.items.length > 0).date);
    expect(result.firstSteps.length).toBeGreaterThan(0);
    for (const step of result.firstSteps) {
      expect(step.command).toMatch(/^tpmprep (practice \S+|problems show \S+|review|mock)$/);
      expect(step.href).toMatch(/^\/(practice\/\S+|code\/\S+|flashcards|mock)$/);
    }
  });

  it('init asks the first-run questions one per line, and an empty answer keeps what is set', () => {
    const result = withInput('product\n\n3\n10\ngoogle-style\n', 'init');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Track: product (Technical Product Manager) or program (Technical Program Manager)? [program] product\n');
    expect(result.stdout).toContain('Target level: mid, senior, staff? [senior] \n');
    expect(result.stdout).toContain('Saved. Technical Product Manager, senior level, 10 h a week, google-style loop.\n');
    expect(result.stdout).toMatch(/\nDo first \(\d{4}-\d{2}-\d{2}\)\n {2}\S/);
    expect(json('settings')).toMatchObject({ track: 'product', level: 'senior', weeks: 3, hoursPerWeek: 10, companyStyle: 'google-style', firstRunDone: true });
  });

  it('init refuses a bad answer with the reason and exit code 2', () => {
    const bad = cli('init', '--track', 'project', '--level', 'senior', '--weeks', '4', '--hours', '8');
    expect([bad.status, bad.stderr]).toEqual([2, 'error: invalid first-run answers: track: track is product (Technical Product Manager) or program (Technical Program Manager)\n']);
    const both = cli('init', '--weeks', '4', '--date', '2030-01-01');
    expect([both.status, both.stderr]).toEqual([2, 'error: give --weeks or --date (the interview date), not both\n']);
  });

  it('settings lists every key; get and set change one, "none" clears it, and the key is never printed', () => {
    const list = cli('settings');
    expect(list.stdout).toMatch(/^theme +system\ntrack +product\nlevel +senior\ninterviewDate +none\nweeks +3\n/);
    expect(list.stdout).toContain(`\nData folder: ${home}\n`);
    expect(cli('settings', 'set', 'theme', 'dark').stdout).toBe('theme = dark\n');
    expect(cli('settings', 'get', 'theme').stdout).toBe('dark\n');
    expect(json('settings', 'get', 'hoursPerWeek')).toEqual({ key: 'hoursPerWeek', value: 10 });
    expect(cli('settings', 'set', 'companyStyle', 'none').stdout).toBe('companyStyle = none\n');
    expect(cli('settings', 'set', 'llm.apiKey', 'sk-abcdefghijklmnop1234').stdout).toBe('llm.apiKey = ••••1234\n');
    expect(JSON.stringify(json('settings'))).not.toContain('sk-abcdefghijklmnop1234');
  });

  it('settings refuses an unknown key (3) and a bad value (2), as JSON on stderr under --json', () => {
    const unknown = cli('settings', 'get', 'colour');
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toMatch(/^error: no setting "colour"; the settings are: theme, track, level, /);
    const bad = cli('settings', 'set', 'theme', 'blue', '--json');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(JSON.parse(bad.stderr)).toEqual({ error: { code: 'invalid_input', message: 'invalid settings: theme: theme is one of system, light, dark', exitCode: 2 } });
  });
});

describe('tpmprep help, search, attempts and guide', { timeout: 90_000 }, () => {
  it('--help lists the exit codes', () => {
    const help = cli('--help').stdout;
    expect(help).toContain('\nExit codes:\n  0   success\n  1   unexpected failure');
    expect(help).toContain('\n  3   not found: no such question, problem, setting, mock or file\n');
    expect(help).toContain('\n  9   judge only: the code ran but was not accepted\n');
  });

  it('questions list --search and problems list --search find by the guide\'s phrasing', () => {
    expect(json('questions', 'list', '--search', 'monolithic')[0].id).toBe('monolith-vs-microservices');
    expect(json('questions', 'list', '--search', 'improve the user experience of a mobile app')[0].id).toBe('improve-mobile-app-ux');
    expect(json('problems', 'list', '--search', 'design a caching system')[0].id).toBe('lru-cache');
    expect(json('problems', 'list', '--search', 'implementing a sorting algorithm')[0].id).toBe('sort-array');
    expect(cli('problems', 'list', '--search', 'zzyzx').stdout).toBe('No problems match. Loosen a filter or change the search.\n');
  });

  it('practice prints the attempt id, and attempts list and show find it', () => {
    const practised = withInput('I would pick Postgres for orders because joins and transactions matter.\n.\n', 'practice', 'relational-vs-nosql', '--seconds', '120');
    expect(practised.status).toBe(0);
    const id = /Saved as attempt (\d+)\. Time: 2 min 0 s/.exec(practised.stdout)?.[1];
    expect(id).toBe('1');
    expect(practised.stdout).toContain('\nSee it again with: tpmprep attempts show 1\n');
    const list = cli('attempts', 'list');
    expect(list.stdout).toMatch(/^id +when +time +score +question\n1 +\d{4}-\d{2}-\d{2} \d{2}:\d{2} +2:00 +\d+ +\S.*\n\n1 answer\. Read one with: tpmprep attempts show <id>\n$/);
    expect(json('attempts', 'list').map((a: { id: number; questionId: string }) => [a.id, a.questionId])).toEqual([[1, 'relational-vs-nosql']]);
    expect(json('attempts', 'show', '1')).toMatchObject({ id: 1, questionId: 'relational-vs-nosql', seconds: 120 });
    const missing = cli('attempts', 'show', '9');
    expect([missing.status, missing.stderr]).toEqual([3, 'error: no attempt 9; list them with `tpmprep attempts list`\n']);
  });

  it('guide shows the FAQ answers, not only the questions', () => {
    const out = cli('guide').stdout;
    expect(out).toContain('\n  1. What is the average salary for a Technical Product Manager?\n     For the Technical Product Manager role the guide gives an average of about $140,000 a year,\n     with a typical range of $100,000 to $200,000. Technical Program Manager roles have pay\n');
    expect(out).toContain('\n     - Company: its size and stage, and how it splits pay between base salary, bonus and equity.\n');
  });

  it('flashcards stats counts the reviews made today', () => {
    const reviewed = withInput('\n3\n\n3\n', 'review', '--limit', '2', '--json');
    expect(JSON.parse(reviewed.stdout).reviewed).toHaveLength(2);
    expect(cli('flashcards', 'stats').stdout).toMatch(/^Reviews today: 2\n/);
  });
});
