import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('practice in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('finds a question by search, answers it, reloads and finds the attempt in the history', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice`);
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('relational nosql');
    const first = page.locator('.question-list li').first();
    await page.waitForFunction(() => document.querySelector('.question-list .question-title')?.textContent?.toLowerCase().includes('nosql'));
    await first.getByRole('link').click();
    await page.waitForURL('**/practice/relational-vs-nosql');

    const answer = 'Relational databases give me transactions and joins; a document store scales writes horizontally but I lose joins.';
    await page.getByRole('textbox', { name: 'Your answer' }).fill(answer);
    await page.getByRole('button', { name: 'Submit and review' }).click();
    await page.getByRole('heading', { name: 'Rubric: what a strong answer shows' }).waitFor();
    expect(await page.locator('.answer-text').textContent()).toBe(answer);

    await page.reload();
    await page.locator('.attempt-row').first().waitFor();
    expect(await page.locator('.attempt-row').count()).toBe(1);
    expect(await page.locator('.attempt-preview').first().textContent()).toBe(answer.slice(0, 90));
    await page.locator('.attempt-row').first().click();
    expect(await page.locator('.answer-text').textContent()).toBe(answer);
  });
});
