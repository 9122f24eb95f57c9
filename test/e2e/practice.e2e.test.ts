import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('practice in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('shows live coach feedback with STAR highlights while typing', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/a-data-driven-decision`);
    const story =
      'Last year our signup funnel lost half of new users at the email step. I was asked to find out why. ' +
      'I pulled the funnel data, um, and I ran an A/B test of a shorter form. As a result, completion rose by 18%.';
    await page.getByRole('textbox', { name: 'Your answer' }).fill(story);
    await page.locator('.coach-panel .coach-level').waitFor();
    expect(await page.locator('.hl-mirror mark.hl-result').count()).toBeGreaterThan(0);
    expect(await page.locator('.hl-mirror mark.hl-filler').allTextContents()).toEqual(['um']);
    expect(await page.locator('.split-legend li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Situation \d+%$/), expect.stringMatching(/^Result \d+%$/)]),
    );
    const level = await page.locator('.coach-panel .coach-level').textContent();
    expect(['Very weak', 'Weak', 'Mixed', 'Strong', 'Very strong']).toContain(level);
    await page.getByRole('textbox', { name: 'Your answer' }).fill('');
  });

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
    expect(await page.locator('.attempt-score').first().textContent()).toMatch(/^\d+ · (Very weak|Weak|Mixed|Strong|Very strong)$/);
    await page.locator('.attempt-row').first().click();
    expect(await page.locator('.answer-text').textContent()).toBe(answer);
    await page.locator('.coach-column .coach-panel').waitFor();
  });
});
