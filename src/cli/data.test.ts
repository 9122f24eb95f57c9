import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_TABLE_NAMES, EXPORT_VERSION } from '../app/data/export-format.js';
import { createApp } from '../app/app.js';
import { loadContent } from '../content/index.js';
import { openSqliteDb } from '../store/index.js';
import { addOneOfEverything } from '../app/data/sample-data.js';
import { cliSandbox } from './cli-sandbox.js';

const source = cliSandbox('export-from');
const target = cliSandbox('export-to');

async function fill(home: string): Promise<void> {
  const app = createApp({ db: await openSqliteDb(path.join(home, 'tpmprep.sqlite')), content: loadContent() });
  try {
    await addOneOfEverything(app);
  } finally {
    await app.close();
  }
}

describe('tpmprep export and import', () => {
  it('round trip: export, import into an empty data folder, export again gives the same data', async () => {
    await fill(source.home);
    const file = path.join(source.home, 'export.json');
    const written = source.json('export', '--out', file);
    expect(written).toMatchObject({ file, version: EXPORT_VERSION });
    for (const name of EXPORT_TABLE_NAMES) expect([name, written.rows[name] > 0]).toEqual([name, true]);
    const first = JSON.parse(fs.readFileSync(file, 'utf8'));

    const imported = target.json('import', file);
    expect(imported).toEqual({ imported: written.rows, replaced: false, recordings: 2 });
    const again = target.cli('export');
    expect(again.status).toBe(0);
    const second = JSON.parse(again.stdout);
    expect(second.tables).toEqual(first.tables);
    // The recordings (a practice answer's and a mock answer's) came across byte for byte.
    expect(Object.keys(second.audio)).toEqual([first.tables.attempt_audio[0].file, first.tables.mock_audio[0].file]);
    expect(second.audio).toEqual(first.audio);
    expect(second.tables.attempts[0].answer).toBe('I led the launch.\nWe shipped\tearly.');
  }, 120_000);

  it('refuses to import over existing data unless --replace, and then replaces it', () => {
    const file = path.join(source.home, 'export.json');
    const again = target.cli('import', file);
    expect(again.status).toBe(6);
    expect(again.stderr).toMatch(/^error: the database already holds data \(1 checklist, 1 settings, 1 plan_settings, 1 cards, 1 reviews, 2 attempts, 1 attempt_audio, 1 submissions, 1 exercise_attempts, 1 mock_sessions, 1 mock_audio, 1 stories, 1 story_links, 1 drills\); import into an empty data folder, or replace everything with --replace \(take a backup first: tpmprep backup\)\n$/);
    const replaced = target.json('import', file, '--replace');
    expect(replaced.replaced).toBe(true);
    expect(target.json('stories', 'list').count).toBe(1);
  }, 60_000);

  it('refuses a newer format version, a foreign file and a broken document, changing nothing', () => {
    const document = JSON.parse(fs.readFileSync(path.join(source.home, 'export.json'), 'utf8'));
    const newer = target.file('newer.json', JSON.stringify({ ...document, version: EXPORT_VERSION + 1 }));
    const res = target.cli('import', newer, '--replace');
    expect([res.status, res.stderr]).toEqual([2, `error: this export has format version ${EXPORT_VERSION + 1}, made by a newer tpmprep; this version reads format ${EXPORT_VERSION}. Update tpmprep, then import it again\n`]);
    const foreign = target.cli('import', target.file('foreign.json', '{"hello": 1}'), '--replace');
    expect(foreign.stderr).toBe('error: invalid export document: format: this is not a tpmprep export (format is not "tpmprep-export"); version: Invalid input: expected number, received undefined\n');
    const notJson = target.cli('import', target.file('not.json', 'hello'), '--replace');
    expect(notJson.stderr).toMatch(/^error: \S+not\.json is not JSON \(Unexpected token .*\); give the file `tpmprep export --out FILE` wrote\n$/);
    // A link to a story the document does not hold: the whole import is rolled back.
    const dangling = structuredClone(document);
    dangling.tables.stories = [];
    const broken = target.cli('import', target.file('dangling.json', JSON.stringify(dangling)), '--replace');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe('error: invalid export document: tables.story_links: foreign key constraint failed (a repeated id, or a link to a row the document does not hold)\n');
    const bad = structuredClone(document);
    bad.tables.attempts[0].seconds = 'ninety';
    expect(target.cli('import', target.file('bad.json', JSON.stringify(bad)), '--replace').stderr).toBe(
      'error: invalid export document: tables.attempts.0.seconds: Invalid input: expected number, received string\n',
    );
    expect(target.json('stories', 'list').count).toBe(1);
    expect(JSON.parse(target.cli('export').stdout).tables).toEqual(document.tables);
  }, 120_000);
});
