import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../test/postgres/databases.js';
import { openTestApp } from '../app/testing.js';
import { NotFoundError } from '../core/errors.js';
import type { Db } from './db.js';
import { openPersonDb, openPostgresDb } from './postgres.js';

const withPostgres = inject('postgresUrl') ? describe : describe.skip;

withPostgres('one schema per person on a shared PostgreSQL server', () => {
  let server: Db;
  let ann: Awaited<ReturnType<typeof openTestApp>>;
  let bo: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    server = await openPostgresDb(await createTestDatabase());
    ann = await openTestApp({ db: await openPersonDb(server, 1) });
    bo = await openTestApp({ db: await openPersonDb(server, 2) });
  });
  afterAll(async () => {
    await ann.close();
    await bo.close();
    await server.close();
  });

  it('gives each person their own tables, numbered from 1', async () => {
    const a = await ann.attempts.create({ questionId: 'design-a-chatbot', answer: 'Ann: I led it.', seconds: 60 });
    const b = await bo.attempts.create({ questionId: 'design-a-chatbot', answer: 'Bo: I led it.', seconds: 61 });
    expect([a.id, b.id]).toEqual([1, 1]);
    expect((await ann.attempts.list()).map((x) => x.answer)).toEqual(['Ann: I led it.']);
    expect((await bo.attempts.list()).map((x) => x.answer)).toEqual(['Bo: I led it.']);
  });

  it("answers another person's row exactly as a row that does not exist", async () => {
    const story = await ann.stories.create({ title: 'Ann only', situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['ownership'] });
    const theirs = await bo.stories.get(story.story.id).catch((error: unknown) => error);
    const missing = await bo.stories.get(999).catch((error: unknown) => error);
    expect(theirs).toBeInstanceOf(NotFoundError);
    expect((theirs as Error).message).toBe((missing as Error).message.replace('999', String(story.story.id)));
  });

  it("imports into one person's schema without touching the other's, and ids continue after the import", async () => {
    const before = await bo.data.export();
    const exported = await ann.data.export();
    await ann.data.import(JSON.parse(JSON.stringify(exported)), { replace: true });
    const next = await ann.attempts.create({ questionId: 'design-a-chatbot', answer: 'Ann again.', seconds: 5 });
    expect(next.id).toBe(2);
    expect({ ...(await bo.data.export()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});
