import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, steppingClock } from '../app/testing.js';
import { MIGRATIONS } from './migrations/index.js';
import { writeTransaction } from './transaction.js';

// Runs in both test projects: on a SQLite file, and on PostgreSQL (TPMPREP_TEST_STORE=postgres).
const kind = process.env.TPMPREP_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp({ now: steppingClock('2026-03-02T09:00:00.000Z') });
});
afterAll(() => app.close());

describe(`the store on ${kind}`, () => {
  it('opens the database it was asked for, with every migration applied', async () => {
    expect(app.db.kind).toBe(kind);
    const rows = await app.db.kysely.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
    expect(rows.map((r) => (r as { name: string }).name)).toEqual(Object.keys(MIGRATIONS));
  });

  it('numbers rows by itself and keeps 8-byte floats exactly', async () => {
    const first = await app.attempts.create({ questionId: 'design-a-chatbot', answer: 'I led it.', seconds: 61 });
    const second = await app.attempts.create({ questionId: 'design-a-chatbot', answer: 'I led it again.', seconds: 62 });
    expect(second.id).toBe(first.id + 1);
    await app.db.kysely
      .insertInto('submissions')
      .values({ problem_id: 'lru-cache', lang: 'ts', mode: 'run', code: 'x', verdict: 'accepted', passed: 1, total: 1, time_ms: 0.123456789012, result: '{}', created_at: 'now' })
      .execute();
    const row = await app.db.kysely.selectFrom('submissions').select('time_ms').executeTakeFirstOrThrow();
    expect(row.time_ms).toBe(0.123456789012);
  });

  it('loses no increment when ten read-modify-write transactions race', async () => {
    await app.db.kysely.insertInto('settings').values({ key: 'counter', value: '0', updated_at: 'now' }).execute();
    await Promise.all(
      Array.from({ length: 10 }, () =>
        writeTransaction(app.db, async (trx) => {
          const { value } = await trx.selectFrom('settings').select('value').where('key', '=', 'counter').executeTakeFirstOrThrow();
          await trx.updateTable('settings').set({ value: String(Number(value) + 1) }).where('key', '=', 'counter').execute();
        }),
      ),
    );
    const { value } = await app.db.kysely.selectFrom('settings').select('value').where('key', '=', 'counter').executeTakeFirstOrThrow();
    expect(value).toBe('10');
  });

  it('exports every table and imports it back exactly, and new rows follow the imported ids', async () => {
    const story = await app.stories.create({ title: 'Cut p95 latency', situation: 'Checkout was slow.', task: 'I owned the fix.', action: 'I profiled it.', result: 'p95 fell 40%.', competencies: ['ownership'] });
    const exported = await app.data.export();
    await app.data.import(JSON.parse(JSON.stringify(exported)), { replace: true });
    const again = await app.data.export();
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    const next = await app.stories.create({ title: 'Another', situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['ownership'] });
    expect(next.story.id).toBe(story.story.id + 1);
  });

  it('refuses an import whose rows repeat an id, changing nothing', async () => {
    const before = await app.data.export();
    const document = JSON.parse(JSON.stringify(before));
    document.tables.attempts.push({ ...document.tables.attempts[0] });
    await expect(app.data.import(document, { replace: true })).rejects.toThrow(/invalid export document: tables\.attempts: .*\(a repeated id, or a link to a row the document does not hold\)/);
    expect({ ...(await app.data.export()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});
