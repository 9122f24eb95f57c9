import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openSqliteDb } from './sqlite.js';
import { MIGRATIONS } from './migrations/index.js';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-store-'));
  dirs.push(dir);
  return path.join(dir, 'nested', 'tpmprep.sqlite');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('openSqliteDb', () => {
  it('creates the file and its folder, in WAL mode, with every migration applied', async () => {
    const file = tempFile();
    const db = await openSqliteDb(file);
    expect(fs.existsSync(file)).toBe(true);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db.kysely);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
    await db.close();
  });

  it('keeps data across a reopen and does not re-run migrations', async () => {
    const file = tempFile();
    const first = await openSqliteDb(file);
    await first.kysely.insertInto('checklist').values({ item_id: 'practice-star', done_at: '2026-01-01T00:00:00.000Z' }).execute();
    await first.close();
    const second = await openSqliteDb(file);
    const rows = await second.kysely.selectFrom('checklist').selectAll().execute();
    expect(rows).toEqual([{ item_id: 'practice-star', done_at: '2026-01-01T00:00:00.000Z' }]);
    const count = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(second.kysely);
    expect(count.rows[0]?.n).toBe(Object.keys(MIGRATIONS).length);
    await second.close();
  });

  it('names migrations with increasing numbers', () => {
    const names = Object.keys(MIGRATIONS);
    names.forEach((name, i) => expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(3, '0')}-[a-z-]+$`)));
  });
});
