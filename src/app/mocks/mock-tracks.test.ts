import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockState } from '../../core/mock-types.js';
import { openTestApp } from '../testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2026-03-02T09:00:00.000Z') });
});
afterAll(() => app.close());

async function itemsOf(id: number) {
  const row = await app.db.kysely.selectFrom('mock_sessions').select('state').where('id', '=', id).executeTakeFirstOrThrow();
  return (JSON.parse(row.state) as MockState).stages.map((s) => s.items.map((i) => ({ refId: i.refId, type: i.type })));
}
const trackOf = (id: string) => app.content.questions.find((q) => q.id === id)?.tracks ?? [];

describe('mock question choice per track', () => {
  it('fills the Meta-style program loop with deep-dive, partnership and program-track questions', async () => {
    const view = await app.mocks.start({ loopId: 'program-meta-style', seed: 11 });
    const stages = await itemsOf(view.id);
    expect(stages.map((s) => s.map((i) => i.type))).toEqual([
      ['deep-dive', 'deep-dive'],
      ['technical', 'system-design'],
      ['program-sense', 'program-sense'],
      ['partnership', 'partnership'],
      ['behavioral', 'behavioral'],
    ]);
    for (const item of stages.flat()) expect([item.refId, trackOf(item.refId).includes('program')]).toEqual([item.refId, true]);
    await app.db.kysely.deleteFrom('mock_sessions').execute();
  });

  it("follows a given track over the loop's own", async () => {
    const view = await app.mocks.start({ loopId: 'program-google-style', seed: 3, track: 'product' });
    const items = (await itemsOf(view.id)).flat();
    // The program-sense and estimation picks come from the product track when asked for it.
    for (const item of items) expect([item.refId, trackOf(item.refId).includes('product')]).toEqual([item.refId, true]);
    await app.db.kysely.deleteFrom('mock_sessions').execute();
    await expect(app.mocks.start({ loopId: 'quick', track: 'projects' })).rejects.toThrow('invalid mock start: track: track is one of product, program');
  });
});
