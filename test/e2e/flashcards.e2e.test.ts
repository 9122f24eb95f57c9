import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('flashcards in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('reviews two cards with the keyboard and sees the count of cards to study drop', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Flashcards' }).click();
    await page.getByRole('heading', { name: 'Concepts, on a schedule' }).waitFor();
    expect(await page.getByTestId('to-study').textContent()).toBe('20');
    expect(await page.locator('.fc-deck').count()).toBe(8);

    await page.getByRole('button', { name: 'Start review' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.fc-question').waitFor();
    expect(await page.locator('.fc-session-count').textContent()).toBe('Card 1 of 20');
    expect(await page.locator('.fc-question').textContent()).toBe('What makes an API RESTful?');
    expect(await page.locator('.fc-rate').count()).toBe(0);

    await page.keyboard.press('Space');
    await page.locator('.fc-answer').waitFor();
    expect(await page.locator('.fc-answer').textContent()).toMatch(/^Resources identified by URLs/);
    // The buttons show what the server computed for each rating.
    expect(await page.locator('.fc-rate-interval').allTextContents()).toEqual(['1m', '6m', '10m', '6d']);
    let saved = page.waitForResponse((r) => r.url().endsWith('/api/flashcards/rest-principles/review') && r.request().method() === 'POST');
    await page.keyboard.press('3');
    expect((await saved).status()).toBe(200);

    await page.waitForFunction(() => document.querySelector('.fc-question')?.textContent?.startsWith('How much downtime per year'));
    expect(await page.locator('.fc-session-count').textContent()).toBe('Card 2 of 20');
    await page.keyboard.press('Space');
    await page.locator('.fc-answer').waitFor();
    saved = page.waitForResponse((r) => r.url().endsWith('/api/flashcards/nines-table-per-year/review') && r.request().method() === 'POST');
    await page.keyboard.press('4');
    expect(await (await saved).json()).toMatchObject({ cardId: 'nines-table-per-year', rating: 'easy', state: 'review' });

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Concepts, on a schedule' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="to-study"]')?.textContent === '18');
    expect(await page.locator('.fc-today-stats dd').first().textContent()).toBe('2');

    await page.reload();
    await page.getByTestId('to-study').waitFor();
    expect(await page.getByTestId('to-study').textContent()).toBe('18');
    expect(await page.locator('.fc-deck[data-deck="availability-and-latency"] .fc-deck-progress').textContent()).toBe('1/21 learned');
    expect(await page.getByRole('link', { name: 'Export for Anki' }).getAttribute('href')).toBe('/api/flashcards/export');
  });
});
