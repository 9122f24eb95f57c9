import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer } from '../testing.js';

let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, close } = await openTestServer());
});
afterAll(() => close());

const solution = fs.readFileSync('content/problems/lru-cache/solution.ts', 'utf8');

describe('problems API', () => {
  it('lists every problem with progress, including the three the guide names', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/problems' });
    const ids = res.json().problems.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['lru-cache', 'sort-array', 'page-load-report']));
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  it('shows a problem without its reference solutions or hidden tests', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/problems/lru-cache' });
    const problem = res.json();
    expect(Object.keys(problem).sort()).toEqual(
      ['areas', 'comparison', 'difficulty', 'examples', 'hiddenTests', 'id', 'kind', 'limits', 'restrictions', 'signature', 'skills', 'starter', 'statement', 'title', 'tolerance'].sort(),
    );
    expect([problem.tolerance, problem.comparison]).toEqual([null, 'Answers are compared exactly (numbers by value, integers digit for digit).']);
    expect(Object.keys(problem.starter)).toEqual(['ts', 'js', 'py']);
    expect(problem.starter.js).not.toContain(': number');
    expect(res.body).not.toContain(solution.slice(0, 200));
    expect(problem.examples[0]).toEqual({
      name: 'evicts the least recently used key',
      input: { ops: ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'put', 'get', 'get', 'get'], args: [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]] },
      expected: [null, null, null, 1, null, -1, null, -1, 3, 4],
    });
    expect((await server.inject({ method: 'GET', url: '/api/problems/nope' })).statusCode).toBe(404);
  });

  it('states the float tolerance of a problem that declares one', async () => {
    const problem = (await server.inject({ method: 'GET', url: '/api/problems/page-load-report' })).json();
    expect([problem.tolerance, problem.comparison]).toEqual([
      { absolute: 0.000001, relative: 0 },
      'Integers and strings are compared exactly; a float is accepted within 0.000001 absolute of the expected value.',
    ]);
    expect(problem.statement).toContain('an `improvementPct` value is accepted within 0.000001 of\n  the expected value');
  });
});

describe('submissions API', () => {
  it('judges, saves and reads back a submission', async () => {
    const created = await server.inject({ method: 'POST', url: '/api/submissions', payload: { problemId: 'lru-cache', lang: 'ts', code: solution, mode: 'submit' } });
    expect(created.statusCode).toBe(201);
    const submission = created.json();
    expect(submission).toMatchObject({ problemId: 'lru-cache', lang: 'ts', mode: 'submit', verdict: 'accepted' });
    expect(submission.passed).toBe(submission.total);
    const read = await server.inject({ method: 'GET', url: `/api/submissions/${submission.id}` });
    expect(read.json()).toEqual(submission);
    const list = await server.inject({ method: 'GET', url: '/api/problems' });
    expect(list.json().problems.find((p: { id: string }) => p.id === 'lru-cache')).toMatchObject({ solved: true, submissions: 1 });
  });

  it('runs only the visible examples in run mode and shows what came back', async () => {
    const res = await server.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { problemId: 'lru-cache', lang: 'js', code: 'class LRUCache { constructor(c) {} get(k) { return -1 } put(k, v) {} }', mode: 'run' },
    });
    const submission = res.json();
    expect(submission.verdict).toBe('wrong_answer');
    expect(submission.tests.every((t: { visible: boolean }) => t.visible)).toBe(true);
    expect(submission.tests[0]).toMatchObject({ passed: false, expected: [null, null, null, 1, null, -1, null, -1, 3, 4], actual: [null, null, null, -1, null, -1, null, -1, -1, -1] });
  });

  it('refuses bad submissions with clear errors', async () => {
    const lang = await server.inject({ method: 'POST', url: '/api/submissions', payload: { problemId: 'lru-cache', lang: 'rust', code: 'x' } });
    expect(lang.statusCode).toBe(400);
    expect(lang.json().error.message).toMatch(/^invalid submission: lang: /);
    const empty = await server.inject({ method: 'POST', url: '/api/submissions', payload: { problemId: 'lru-cache', lang: 'ts', code: '  ' } });
    expect(empty.json().error.message).toBe('invalid submission: code: the code is empty');
    const big = await server.inject({ method: 'POST', url: '/api/submissions', payload: { problemId: 'lru-cache', lang: 'ts', code: 'x'.repeat(70 * 1024) } });
    expect(big.json().error.message).toBe('invalid submission: code: code is limited to 64 KB');
    expect((await server.inject({ method: 'GET', url: '/api/submissions/abc' })).statusCode).toBe(400);
    expect((await server.inject({ method: 'GET', url: '/api/submissions/9999' })).statusCode).toBe(404);
  });
});
