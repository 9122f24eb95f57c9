import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_BANK } from '../app/stories/stories.js';
import { openTestServer, type TestApp } from './testing.js';

let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer());
});
afterAll(() => close());

const story = (title: string) => ({ title, situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['conflict'] });
const post = (url: string, payload: object) => server.inject({ method: 'POST', url, payload });
const ONLY = 'only newlines and tabs are allowed';

describe('stored text refuses control characters, naming the field', () => {
  it('in an answer, a story, code and a mock answer', async () => {
    const attempt = await post('/api/attempts', { questionId: app.content.questions[0]?.id ?? '', answer: 'I led it.\u0000', seconds: 5 });
    expect([attempt.statusCode, attempt.json()]).toEqual([
      400,
      { error: { code: 'invalid_input', message: `invalid attempt: answer: contains the control character U+0000 at character 10; ${ONLY}` } },
    ]);
    const title = await post('/api/stories', story('\u001b[31mRed'));
    expect(title.json().error.message).toBe(`invalid story: title: contains the control character U+001B at character 1; ${ONLY}`);
    const result = await post('/api/stories', { ...story('Fine'), result: 'We shipped.\u0007' });
    expect(result.json().error.message).toBe(`invalid story: result: contains the control character U+0007 at character 12; ${ONLY}`);
    const code = await post('/api/submissions', { problemId: 'lru-cache', lang: 'js', code: 'let a = 1;\u0000' });
    expect(code.json().error.message).toBe(`invalid submission: code: contains the control character U+0000 at character 11; ${ONLY}`);
    expect((await app.stories.list()).count).toBe(0);
    expect(await app.attempts.list()).toEqual([]);
  });

  it('keeps newlines, Windows newlines and tabs', async () => {
    const res = await post('/api/stories', { ...story('Tabs\tand lines'), situation: 'One.\r\nTwo.\nThree.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().story.situation).toBe('One.\r\nTwo.\nThree.');
  });
});

describe('the story cap', () => {
  it('answers 409 once the bank is full', async () => {
    const have = (await app.stories.list()).count;
    for (let i = have; i < STORY_BANK.max; i += 1) expect((await post('/api/stories', story(`Story ${i}`))).statusCode).toBe(201);
    const full = await post('/api/stories', story('One more'));
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toEqual({
      code: 'conflict',
      message: `the story bank holds at most ${STORY_BANK.max} stories and has ${STORY_BANK.max}: ${STORY_BANK.min}-${STORY_BANK.max} rehearsed stories cover every theme, more are not remembered under pressure. Merge or delete one first (tpmprep stories list)`,
    });
  });
});

describe('critique', () => {
  it('validates the request before it checks for a model', async () => {
    const bad = await post('/api/coach/critique', { text: 42 });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'invalid_input']);
    const unknown = await post('/api/coach/critique', { text: 'hi', questionId: 'no-such-question' });
    expect(unknown.statusCode).toBe(404);
    const good = await post('/api/coach/critique', { text: 'hi' });
    expect([good.statusCode, good.json().error.code]).toEqual([503, 'unavailable']);
  });
});
