import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

const STORY = {
  title: 'Checkout migration',
  situation: 'Our payments org ran checkout on a ten-year-old monolith and four teams shipped into it.',
  task: 'I owned moving checkout to its own service before the holiday freeze.',
  action: 'I split the work into three milestones and I ran a weekly dependency review with the four teams.',
  result: 'We cut over in November with no downtime, and checkout p95 dropped from 900 ms to 300 ms.',
  competencies: ['technical-decision'],
};

describe.runIf(browserAvailable())('deep-dive drill in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('starts a drill from the story bank, answers the first follow-up and shows the coach and the next question', async () => {
    const { page } = session;
    await page.goto(`${session.url}/mock/stories`);
    const status = await page.evaluate(async (story) => (await fetch('/api/stories', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(story) })).status, STORY);
    expect(status).toBe(201);
    await page.reload();
    await page.getByRole('link', { name: 'Drill' }).click();
    await page.getByRole('button', { name: 'Start the drill' }).click();
    await page.waitForURL(/\/mock\/drills\/1$/);
    expect(await page.locator('#drill-next-title').textContent()).toBe('Why that design');
    expect(await page.locator('.drill-lines li').allTextContents()).toEqual(['Why that design', 'What broke', 'What it cost', 'What you would change', 'Who disagreed']);

    await page.getByLabel('Your answer').fill(
      'I chose a strangler pattern over a rewrite because four teams shipped into the monolith every week. I considered a big-bang cutover, but the holiday freeze left no room to roll back, so I routed 5% of traffic first and grew it weekly.',
    );
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.locator('.drill-answer').first().waitFor();
    expect(await page.locator('#drill-next-title').textContent()).toBe('What broke');
    expect(await page.locator('.drill-answer').getByRole('region', { name: 'Scope and level' }).getByRole('heading').first().textContent()).toBe('Scope: reads as Mid-level');
    expect(await page.locator('.drill-lines li[aria-current="step"]').textContent()).toBe('What broke');

    // Saved: a reload shows the answer and the same waiting question.
    await page.reload();
    await page.locator('.drill-answer').first().waitFor();
    expect(await page.locator('.drill-answer').count()).toBe(1);
    expect(await page.locator('#drill-next-title').textContent()).toBe('What broke');
  });
});
