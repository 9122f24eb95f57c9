import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

/** An OpenAI-compatible endpoint on loopback that quotes the start of the answer it was sent. */
function fakeModel(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const messages = (JSON.parse(body) as { messages: { content: string }[] }).messages;
      const quoted = /(Plan A|Plan B)/.exec(messages.map((m) => m.content).join('\n'))?.[1] ?? 'nothing';
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: `Critique of ${quoted}.` } }] }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, close: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

describe.runIf(browserAvailable())('the model critique', () => {
  let session: Session;
  let model: Awaited<ReturnType<typeof fakeModel>>;
  beforeAll(async () => {
    model = await fakeModel();
    session = await openSession();
    const saved = await fetch(`${session.url}/api/settings`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: session.url },
      body: JSON.stringify({ llm: { baseUrl: model.url, model: 'fake-model' } }),
    });
    expect(saved.status).toBe(200);
  });
  afterAll(async () => {
    await session?.close();
    await model?.close();
  });

  it('stays with the attempt it was asked for', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/relational-vs-nosql`);
    const answerBox = page.getByRole('textbox', { name: 'Your answer' });
    const ask = page.getByRole('button', { name: 'Ask fake-model for a second opinion' });

    await answerBox.fill('Plan A: keep orders in PostgreSQL for transactions and joins.');
    await page.getByRole('button', { name: 'Submit and review' }).click();
    await ask.click();
    await page.locator('.critique-text').waitFor();
    expect(await page.locator('.critique-text').textContent()).toBe('Critique of Plan A.');

    await page.getByRole('button', { name: 'Answer again' }).click();
    await answerBox.fill('Plan B: a document store for the catalogue, where writes scale out.');
    await page.getByRole('button', { name: 'Submit and review' }).click();
    await ask.waitFor();
    expect(await page.locator('.critique-text').count()).toBe(0);
    await ask.click();
    await page.locator('.critique-text').waitFor();
    expect(await page.locator('.critique-text').textContent()).toBe('Critique of Plan B.');

    // Back to the first attempt from the history: its own critique is not carried over from the second.
    await page.locator('.attempt-row', { hasText: 'Plan A' }).click();
    await ask.waitFor();
    expect(await page.locator('.critique-text').count()).toBe(0);
  });
});
