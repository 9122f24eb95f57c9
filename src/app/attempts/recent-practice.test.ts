import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOneOfEverything } from '../data/sample-data.js';
import { openTestApp, steppingClock } from '../testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp({ now: steppingClock('2026-03-02T09:00:00.000Z') });
  await addOneOfEverything(app);
}, 60_000);
afterAll(() => app.close());

describe('recent practice', () => {
  it('lists answers, code, exercises and mocks together, newest first, with a run labelled "Examples passed"', async () => {
    const items = await app.recent.list();
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['answer', 'code', 'exercise', 'mock']));
    const sorted = [...items].sort((a, b) => b.at.localeCompare(a.at));
    expect(items.map((i) => i.at)).toEqual(sorted.map((i) => i.at));
    const code = items.find((i) => i.kind === 'code');
    // The sample run uses the built-in sort, which this problem forbids.
    expect(code).toMatchObject({ title: 'Sort an array', outcome: 'Runtime error · 0/3 examples', href: '/code/sort-array' });
    expect(items.find((i) => i.kind === 'mock')).toMatchObject({ outcome: 'In progress · 1 of 11 answered', href: expect.stringMatching(/^\/mock\/\d+$/) });
    expect((await app.recent.list({ limit: '2' })).length).toBe(2);
    await expect(app.recent.list({ limit: '0' })).rejects.toThrow('invalid recent practice: limit: limit is a whole number from 1 to 50');
  });

  it('labels a passing submit "Accepted" and a passing run "Examples passed", at the source', async () => {
    const code = app.content.problems.find((p) => p.id === 'sort-array')?.solution.ts ?? '';
    const run = await app.submissions.create({ problemId: 'sort-array', lang: 'ts', code, mode: 'run', seconds: 300 });
    const submit = await app.submissions.create({ problemId: 'sort-array', lang: 'ts', code, mode: 'submit' });
    expect([run.verdict, run.label]).toEqual(['accepted', 'Examples passed']);
    expect([submit.verdict, submit.label]).toEqual(['accepted', 'Accepted']);
    expect(await app.submissions.get(run.id)).toMatchObject({ label: 'Examples passed', workSeconds: 300 });
    await expect(app.submissions.create({ problemId: 'sort-array', lang: 'ts', code, seconds: 99_999 })).rejects.toThrow('invalid submission: seconds: seconds is at most 14400 (a sitting of 4 hours)');
  }, 60_000);
});
