import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_TABLES } from '../app/data/export-format.js';
import { MIGRATIONS } from './migrations/index.js';
import { openSqliteDb } from './sqlite.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-migrations-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const AT = '2026-03-02T09:00:00.000Z';
/** Rows each migration's tables can hold, written as soon as the migration has run. */
const ROWS_AFTER: Record<string, Array<[string, Record<string, string | number | null>]>> = {
  '001-checklist': [['checklist', { item_id: 'practice-coding', done_at: AT }]],
  '002-attempts': [['attempts', { id: 1, question_id: 'design-a-chatbot', answer: 'I led it.', seconds: 60, analysis: null, created_at: AT }]],
  '003-cards': [
    ['cards', { card_id: 'cap-theorem', due: AT, stability: 2.5, difficulty: 5.1, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 1, lapses: 0, state: 'review', last_review: AT }],
    ['reviews', { id: 1, card_id: 'cap-theorem', rating: 'good', reviewed_at: AT, state_before: 'new', state_after: 'review', due_before: null, due_after: AT, stability_before: null, stability_after: 2.5, difficulty_before: null, difficulty_after: 5.1, elapsed_days: 0, scheduled_days: 2 }],
    ['settings', { key: 'flashcards.desired_retention', value: '0.85', updated_at: AT }],
  ],
  '004-submissions': [['submissions', { id: 1, problem_id: 'lru-cache', lang: 'ts', mode: 'submit', code: 'x', verdict: 'accepted', passed: 3, total: 3, time_ms: 1.5, result: '{}', created_at: AT }]],
  '005-exercise-attempts': [['exercise_attempts', { id: 1, kind: 'design', exercise_id: 'url-shortener', submitted: '{}', grading: '{}', seconds: 60, created_at: AT }]],
  '006-plans': [['plan_settings', { id: 1, interview_date: null, weeks: 3, hours_per_week: 5, start_date: '2026-03-02', rest_days: 'sun', updated_at: AT }]],
  '007-mocks-and-stories': [
    ['mock_sessions', { id: 1, loop_id: 'product-manager', state: '{}', status: 'paused', started_at: AT, updated_at: AT, finished_at: null }],
    ['stories', { id: 1, title: 'T', situation: 'S', task: 'T', action: 'A', result: 'R', competencies: '["conflict"]', created_at: AT, updated_at: AT }],
    ['story_links', { id: 1, story_id: 1, attempt_id: 1, mock_id: null, item_key: null, created_at: AT }],
  ],
  '008-attempt-audio': [
    ['attempt_audio', { attempt_id: 1, file: 'attempt-1.webm', mime: 'audio/webm', bytes: 1000, engine: 'pocketsphinx', heard: 'i led it', words: '[]', keywords: '[]', delivery: '{}', created_at: AT }],
  ],
  '009-story-drills': [['drills', { id: 1, story_id: 1, state: '{}', status: 'open', started_at: AT, updated_at: AT }]],
  '010-mock-audio': [
    ['mock_audio', { mock_id: 1, item_key: '1.1', file: 'mock-1-1-1.webm', mime: 'audio/webm', bytes: 900, engine: 'pocketsphinx', heard: 'we cut scope', words: '[]', keywords: '[]', delivery: '{}', created_at: AT }],
  ],
};
const NAMES = Object.keys(MIGRATIONS);

/** A database left at `last` by an older version, with rows in every table it had. */
async function databaseLeftAt(last: string, label = 'old'): Promise<string> {
  const file = path.join(dir, `${label}-at-${last}.sqlite`);
  const database = new Database(file);
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
  const migrator = new Migrator({ db: kysely, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateTo(last);
  if (error) throw error;
  for (const name of NAMES.slice(0, NAMES.indexOf(last) + 1)) {
    for (const [table, row] of ROWS_AFTER[name] ?? []) {
      const columns = Object.keys(row);
      database.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`).run(...Object.values(row));
    }
  }
  await kysely.destroy();
  return file;
}

describe('migrations', () => {
  it('every migration has sample rows', () => {
    expect(Object.keys(ROWS_AFTER)).toEqual(NAMES);
  });

  for (const last of NAMES.slice(0, -1)) {
    it(`upgrades a database left at ${last}, keeping its rows`, async () => {
      const file = await databaseLeftAt(last);
      const db = await openSqliteDb(file);
      const applied = await db.kysely.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
      expect(applied.map((r) => (r as { name: string }).name)).toEqual(NAMES);
      for (const name of NAMES.slice(0, NAMES.indexOf(last) + 1)) {
        for (const [table, row] of ROWS_AFTER[name] ?? []) {
          expect(await db.kysely.selectFrom(table as 'checklist').selectAll().execute()).toEqual([row]);
        }
      }
      // The tables added by the upgrade are there and usable.
      await db.kysely.insertInto('stories').values({ title: 'New', situation: 'S', task: 'T', action: 'A', result: 'R', competencies: '[]', created_at: AT, updated_at: AT }).execute();
      await db.close();
    });
  }

  it('refuses a database from a newer version, naming the file and the unknown migration', async () => {
    const file = await databaseLeftAt(NAMES.at(-1) ?? '', 'newer');
    const database = new Database(file);
    database.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('099-from-the-future', AT);
    database.close();
    await expect(openSqliteDb(file)).rejects.toThrow(
      `the database ${file} was written by a newer version of tpmprep (it has migration 099-from-the-future; this version knows up to ${NAMES.at(-1)}). Update tpmprep, or restore a backup made by this version with: tpmprep restore FILE`,
    );
  });

  it('the export format has every user table and column of the latest schema', async () => {
    const file = await databaseLeftAt(NAMES.at(-1) ?? '', 'latest');
    const database = new Database(file, { readonly: true });
    const tables = (database.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(tables).toEqual(Object.keys(EXPORT_TABLES).sort());
    for (const table of tables) {
      const columns = (database.prepare(`pragma table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
      expect([table, columns.sort()]).toEqual([table, Object.keys(EXPORT_TABLES[table as keyof typeof EXPORT_TABLES].shape).sort()]);
    }
    database.close();
  });
});
