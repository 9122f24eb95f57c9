import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { llmConfigFromEnv } from './coach.js';
import { openTestApp } from '../testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(() => app.close());

const STORY =
  'In my last role our checkout service failed during peak sales. I was asked to lead the fix before the holiday launch. ' +
  'I met with the payments team and I proposed a queue in front of the fraud check instead of adding servers, because it cost less. ' +
  'As a result, checkout errors dropped by 40% within two weeks.';

describe('coach operations', () => {
  it('analyzes against a question and its rubric', () => {
    const result = app.coach.analyze({ text: STORY, questionId: 'design-a-chatbot' });
    expect(result.questionId).toBe('design-a-chatbot');
    expect(result.type).toBe('product-sense');
    expect(result.rubric.map((r) => r.point)).toEqual(app.questions.get('design-a-chatbot').rubric.map((r) => r.point));
  });

  it('defaults to a behavioral (STAR) analysis', () => {
    const result = app.coach.analyze({ text: STORY });
    expect(result.questionId).toBeNull();
    expect(result.type).toBe('behavioral');
    expect(Object.values(result.star).map((p) => p.present)).toEqual([true, true, true, true]);
    expect(result.quantified.present).toBe(true);
    expect(STORY.slice(...(result.star.result.spans[0] as [number, number]))).toContain('40%');
  });

  it('refuses a type that contradicts the question, and unknown questions', () => {
    expect(() => app.coach.analyze({ text: STORY, questionId: 'design-a-chatbot', type: 'behavioral' })).toThrow(
      'question "design-a-chatbot" is a product-sense question; leave out the type or use product-sense',
    );
    expect(() => app.coach.analyze({ text: STORY, questionId: 'nope' })).toThrow('no question "nope"');
    expect(() => app.coach.analyze({ text: 'x'.repeat(20_001) })).toThrow('an answer is limited to 20000 characters');
  });

  it('stores the analysis with each attempt', async () => {
    const attempt = await app.attempts.create({ questionId: 'a-data-driven-decision', answer: STORY, seconds: 80 });
    expect(attempt.analysis?.score).toBe(app.coach.analyze({ text: STORY, questionId: 'a-data-driven-decision' }).score);
    const [listed] = await app.attempts.list({ questionId: 'a-data-driven-decision' });
    expect(listed?.analysis).toEqual(attempt.analysis);
  });

  it('has no language model unless one is configured', async () => {
    expect(await app.coach.status()).toEqual({ llm: { configured: false } });
    await expect(app.coach.critique({ text: STORY })).rejects.toThrow(/no language model is configured; add one in Settings/);
    expect(llmConfigFromEnv({})).toBeUndefined();
    expect(() => llmConfigFromEnv({ TPMPREP_LLM_URL: 'ftp://x', TPMPREP_LLM_MODEL: 'm' })).toThrow(/TPMPREP_LLM_URL.*baseUrl must be an http/);
  });
});

describe('coach with a configured language model', () => {
  let server: http.Server;
  let baseUrl = '';
  const requests: unknown[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        requests.push(JSON.parse(body));
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: '- Name the alternative you rejected.' } }] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('adds the model critique, labelled as the model’s', async () => {
    const withModel = createApp({ db: app.db, content: app.content, llm: llmConfigFromEnv({ TPMPREP_LLM_URL: baseUrl, TPMPREP_LLM_MODEL: 'local-test' }) });
    expect(await withModel.coach.status()).toEqual({ llm: { configured: true, model: 'local-test' } });
    const critique = await withModel.coach.critique({ text: STORY, questionId: 'a-data-driven-decision' });
    expect(critique).toEqual({ source: 'model', label: "Model's critique (local-test)", model: 'local-test', text: '- Name the alternative you rejected.' });
    expect(requests).toHaveLength(1);
    expect(JSON.stringify(requests[0])).toContain('local-test');
  });

  it('says clearly when the endpoint is down', async () => {
    const down = createApp({ db: app.db, content: app.content, llm: { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2000 } });
    await expect(down.coach.critique({ text: STORY })).rejects.toThrow(/The language model at http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions is not reachable/);
  });
});
