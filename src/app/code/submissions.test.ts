import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../testing.js';

/** Submissions go through the judge and are saved with the verdict the host decided, nothing else. */
let app: Awaited<ReturnType<typeof openTestApp>>;

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date('2026-03-10T12:00:00.000Z') });
});
afterAll(() => app.close());

// Replaces what the harness used to run as __main__, and returns a wrong answer.
const FORGER = `import sys

main = sys.modules["__main__"]
fake = '{"status": "ok", "verdict": "<img src=x onerror=alert(1)>", "passed": 99, "timeMs": -8997500}'
main._run = lambda *args: fake
main._dumps = lambda *args, **kwargs: fake
main._perf_counter = lambda: -1e9


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return 0

    def put(self, key, value):
        return None
`;

describe('saving a submission that tries to set its own verdict', () => {
  it('saves the verdict, counts and time the host decided', async () => {
    const saved = await app.submissions.create({ problemId: 'lru-cache', lang: 'py', code: FORGER, mode: 'submit' });
    expect(saved).toMatchObject({ verdict: 'wrong_answer', passed: 0, problemId: 'lru-cache', mode: 'submit' });
    expect(saved.message).toBe('test 1 "evicts the least recently used key": expected [null,null,null,1,null,-1,null,-1,3,4], got [null,null,null,0,null,0,null,0,0,0]');
    const row = await app.db.kysely.selectFrom('submissions').selectAll().where('id', '=', saved.id).executeTakeFirstOrThrow();
    expect({ verdict: row.verdict, passed: row.passed, total: row.total }).toEqual({ verdict: 'wrong_answer', passed: 0, total: saved.total });
    expect(row.time_ms).toBeGreaterThanOrEqual(0);
    expect(row.result).not.toContain('<img');
    expect(JSON.parse(row.result)).toMatchObject({ verdict: 'wrong_answer', passed: 0 });
    expect(await app.submissions.get(saved.id)).toMatchObject({ status: 'done', verdict: 'wrong_answer' });
  }, 60_000);

  it('then saves a correct submission as accepted', async () => {
    const reference = app.problems.require('lru-cache').solution.py;
    const saved = await app.submissions.create({ problemId: 'lru-cache', lang: 'py', code: reference, mode: 'submit' });
    expect(saved).toMatchObject({ verdict: 'accepted', passed: saved.total });
    const row = await app.db.kysely.selectFrom('submissions').select(['verdict', 'passed', 'total']).where('id', '=', saved.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ verdict: 'accepted', passed: saved.total, total: saved.total });
  }, 60_000);
});
