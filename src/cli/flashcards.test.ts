import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-cards-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (args: string[], input?: string) => runCli(args, { home, input });

// The tests share one data folder and run in order: each builds on the reviews before it.
describe('tpmprep review and flashcards', () => {
  it('review reads answers from piped input: Enter reveals, 1-4 rates, anything else asks again, q quits', () => {
    const result = cli(['review', '--limit', '3'], '\n3\n\nmaybe\n4\nq\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^3 cards: 0 due, 20 new today\.\nEnter shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy; q quits\.\n/);
    expect(out).toContain('\n[1/3] APIs and protocols · new · rest-principles\nWhat makes an API RESTful?\n');
    expect(out).toContain('1 Again (1m)   2 Hard (6m)   3 Good (10m)   4 Easy (6d)\n');
    expect(out).toContain('Good: back in 10m\n');
    expect(out).toContain('[2/3] Availability and latency · new · nines-table-per-year');
    expect(out).toContain('Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), or q to quit.\n');
    expect(out).toContain('Easy: back in 9d\n');
    expect(out).toContain('[3/3] Data stores · new · relational-vs-nosql');
    expect(out).toMatch(/Reviewed 2 cards\. 0 again, 0 hard, 1 good, 1 easy\.\n1 left in this session; run tpmprep review to continue\.\n$/);
  });

  it('review --json shows the cards on stderr and prints one summary document, ending at the end of input', () => {
    const result = cli(['review', '--deck', 'experimentation', '--json'], '\n1\n\n2\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('[1/18] Experimentation · new · ab-test-design-elements');
    const summary = JSON.parse(result.stdout);
    expect(summary.reviewed.map((r: { cardId: string; rating: string; state: string; interval: string }) => [r.cardId, r.rating, r.state, r.interval])).toEqual([
      ['ab-test-design-elements', 'again', 'learning', '1m'],
      [expect.any(String), 'hard', 'learning', '6m'],
    ]);
    // The card rated Again went to the back of the session's pile: 17 of 19 still to see.
    expect(result.stderr).toContain('Again: it comes back later in this session\n');
    expect(result.stderr).toContain('[2/19] Experimentation');
    expect([summary.remaining, summary.quit]).toEqual([17, true]);
    expect(Date.parse(summary.nextDue)).toBeGreaterThan(Date.now());
  });

  it('flashcards list and stats count what was reviewed', () => {
    const list = JSON.parse(cli(['flashcards', 'list', '--json']).stdout);
    expect(list.totals).toEqual({ total: 170, new: 166, newToday: 16, due: 0, learning: 3, learned: 1 });
    expect(list.decks.find((d: { id: string }) => d.id === 'experimentation')).toMatchObject({ new: 19, newToday: 16, learned: 0 });
    const stats = JSON.parse(cli(['flashcards', 'stats', '--json']).stdout);
    expect(stats).toMatchObject({ reviewsToday: 4, learned: 1, total: 170, retention: { days: 30, reviews: 0, rate: null } });
    const text = cli(['flashcards', 'stats']);
    expect(text.stdout).toMatch(/^Reviews today: 4\nRetention, last 30 days: no reviews yet\nLearned: 1 of 170 cards\n/);
  });

  it('review brings a card rated Again back in the same session', () => {
    const result = cli(['review', '--deck', 'apis-and-protocols', '--limit', '1', '--json'], '\n1\n\n3\n');
    expect(result.status).toBe(0);
    const first = /\[1\/1\] APIs and protocols · \S+ · (\S+)/.exec(result.stderr)?.[1];
    expect(first).toBeDefined();
    expect(result.stderr).toContain(`[2/2] APIs and protocols · learning · ${first}`);
    const summary = JSON.parse(result.stdout);
    expect(summary.reviewed.map((r: { cardId: string; rating: string }) => [r.cardId, r.rating])).toEqual([[first, 'again'], [first, 'good']]);
    expect([summary.remaining, summary.quit]).toEqual([0, false]);
  });

  it('flashcards settings shows and changes the desired retention, and names the limit when refused', () => {
    expect(JSON.parse(cli(['flashcards', 'settings', '--json']).stdout)).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 });
    expect(cli(['flashcards', 'settings', '--retention', '0.95']).stdout).toBe('Desired retention: 0.95\nNew cards per day: 20\n');
    const refused = cli(['flashcards', 'settings', '--retention', '1.5']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('error: invalid flashcard settings: desiredRetention: desired retention is at most 0.99; above that reviews pile up for little gain\n');
    expect(JSON.parse(cli(['flashcards', 'settings', '--new-per-day', '0', '--json']).stdout)).toEqual({ desiredRetention: 0.95, newCardsPerDay: 0 });
  });

  it('review says when there is nothing to do, and refuses an unknown deck', () => {
    const result = cli(['review', '--deck', 'data-stores', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ reviewed: [], remaining: 0, quit: false, nextDue: null });
    expect(result.stderr).toBe('Nothing to review now.\n');
    const unknown = cli(['review', '--deck', 'astrology']);
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toMatch(/^error: no flashcard deck "astrology"; the decks are: apis-and-protocols, /);
  });

  it('flashcards export writes the Anki file', () => {
    const file = path.join(home, 'anki.txt');
    const result = cli(['flashcards', 'export', file, '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ file, cards: 170 });
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:3', '#deck column:4']);
    expect(lines[4]).toMatch(/^What makes an API RESTful\?\tResources identified by URLs .*\ttpmprep::rest tpmprep::apis tpmprep::http tpmprep::area::technical-skills\ttpmprep::APIs and protocols$/);
    const missing = cli(['flashcards', 'export', path.join(home, 'no', 'such', 'dir.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`error: no folder ${path.join(home, 'no', 'such')}; create it or write the file elsewhere\n`);
  });
});
