import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHORTCUTS } from '../../web/src/lib/shortcuts.js';
import { browserAvailable, openSession, type Session } from './browser.js';

/** Search everything (Ctrl+K) and the keyboard shortcut list (?), driven with the keyboard as a person would. */
describe.runIf(browserAvailable())('search everything and the shortcut list', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  const palette = (page: Page) => page.getByRole('dialog', { name: 'Search everything' });
  const box = (page: Page) => palette(page).getByRole('combobox', { name: 'Search everything' });
  const options = (page: Page) => palette(page).getByRole('listbox', { name: 'Results' }).getByRole('option');

  /** Opens `path`, waits for the app to render (its key listener is then in place), and presses Ctrl+K. */
  async function openPalette(page: Page, path: string) {
    await page.goto(`${session.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Control+k');
    await box(page).waitFor();
  }

  /** Types `text` and waits until the results and the status line answer it (not an earlier prefix). */
  async function search(page: Page, text: string) {
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/search' && new URL(r.url()).searchParams.get('q') === text.trim());
    await box(page).fill(text);
    await answered;
    await page.waitForFunction(() => /^\d+ results?$|^The best \d+ results$|^No results/.test(document.getElementById('palette-status')?.textContent ?? ''));
  }

  /** Each option's group heading and title, in the order shown. */
  const shown = (page: Page) =>
    options(page).evaluateAll((list) =>
      list.map((o) => `${o.closest('[role=group]')?.querySelector('[role=presentation]')?.textContent}: ${o.querySelector('.palette-option-title')?.textContent}`),
    );

  it('Ctrl+K opens the palette with the search box focused; "monolithic" lists the question first and Enter opens it', async () => {
    const { page } = session;
    await page.goto(`${session.url}/guide`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await palette(page).count()).toBe(0);
    await page.keyboard.press('Control+k');
    await box(page).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await palette(page).getAttribute('aria-modal')).toBe('true');
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');

    await search(page, 'monolithic');
    const titles = await shown(page);
    expect(titles.slice(0, 2)).toEqual(['Questions: Monolith versus microservices', 'Flashcards: What are the trade-offs between monolithic and microservices architecture?']);
    // The status line counts what is listed, and the first option is the highlighted one.
    expect(await palette(page).getByRole('status').textContent()).toBe(`${titles.length} results`);
    expect(await box(page).getAttribute('aria-expanded')).toBe('true');
    expect(await box(page).getAttribute('aria-controls')).toBe('palette-results');
    const first = options(page).first();
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('ArrowDown');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await options(page).nth(1).getAttribute('id'));
    expect(await options(page).nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    // Up from the first wraps to the last.
    await page.keyboard.press('ArrowUp');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await options(page).last().getAttribute('id'));
    await page.keyboard.press('ArrowDown');

    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.url}/practice/monolith-vs-microservices`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Monolith versus microservices');
    expect(await palette(page).count()).toBe(0);
  });

  // The guide's own phrasings of the questions it names; `expected` is the option and its place in the list.
  const PHRASES: Array<[string, string, number]> = [
    ['improve the user experience of a mobile app', 'Questions: Improve the user experience of a mobile app', 0],
    ['trade-offs between monolithic and microservices architecture', 'Questions: Monolith versus microservices', 1],
    ['design a caching system', 'Coding problems: LRU cache', 0],
  ];
  it.each(PHRASES)('the guide\'s "%s" finds %s', async (phrase, expected, place) => {
    const { page } = session;
    await openPalette(page, '/');
    await search(page, phrase);
    expect((await shown(page)).indexOf(expected)).toBe(place);
  });

  it('a page\'s name finds the page: "settings" and "flashcards", and Enter goes there', async () => {
    const { page } = session;
    await openPalette(page, '/');
    await search(page, 'settings');
    expect((await shown(page))[0]).toBe('Pages: Settings');
    await search(page, 'flashcards');
    expect((await shown(page)).slice(0, 2)).toEqual(['Pages: Flashcards', 'Pages: Settings']);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.url}/flashcards`);
    await page.getByRole('heading', { level: 1, name: 'Concepts, on a schedule' }).waitFor();
  });

  it('Enter pressed before the results arrive opens the best result for the whole text', async () => {
    const { page } = session;
    await openPalette(page, '/');
    await box(page).pressSequentially('design a caching system', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.url}/code/lru-cache`);
  });

  it('says how many it lists, that a full list is the best of more, and when nothing matches', async () => {
    const { page } = session;
    await openPalette(page, '/');
    await search(page, 'cache');
    expect(await palette(page).getByRole('status').textContent()).toBe('The best 20 results');
    expect(await options(page).count()).toBe(20);
    await search(page, 'zzyzx');
    expect(await palette(page).getByRole('status').textContent()).toBe('No results for “zzyzx”');
    expect(await options(page).count()).toBe(0);
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes it and puts focus back where it was, with the text typed there intact', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/a-data-driven-decision`);
    const answer = page.getByRole('textbox', { name: 'Your answer' });
    await answer.fill('I compared the two funnels');
    await answer.focus();
    await page.keyboard.press('Control+k');
    await search(page, 'latency');
    await page.keyboard.press('Escape');
    expect(await palette(page).count()).toBe(0);
    expect(await answer.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await answer.inputValue()).toBe('I compared the two funnels');
    await answer.fill('');

    // The sidebar's Search button opens it for a mouse; closing returns focus to the button.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Search/ }).click();
    await box(page).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-button');
  });

  it('? lists every shortcut from the table the handlers use, and does nothing while typing in a text box', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/a-data-driven-decision`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const rows = await dialog.locator('tbody tr').evaluateAll((list) => list.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['CtrlK', 'Search everything'],
      ['?', 'Show these shortcuts (outside a text box)'],
      ['Esc', 'Close the search or this list and go back to where you were'],
      ['↓', 'Highlight the next result'],
      ['↑', 'Highlight the previous result'],
      ['Enter', 'Open the highlighted result'],
      ['CtrlEnter', 'Submit the answer'],
      ['CtrlEnter', 'Run the examples'],
      ['CtrlShiftEnter', 'Submit the solution'],
      ['Space or Enter', 'Show the answer'],
      ['1–to4', 'Rate your recall: the number shown on each button'],
      ['Esc', 'End the session'],
    ]);
    expect(rows.map((r) => r[1])).toEqual(Object.values(SHORTCUTS).map((s) => s.does));
    expect(await dialog.locator('caption').allTextContents()).toEqual(['Anywhere', 'Search', 'Answering in a mock interview', 'Code editor', 'Flashcard review']);

    // Ctrl+K from the list goes straight to search; Escape then returns to the page.
    await page.keyboard.press('Control+k');
    await box(page).waitFor();
    expect(await dialog.count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await palette(page).count()).toBe(0);

    const answer = page.getByRole('textbox', { name: 'Your answer' });
    await answer.click();
    await page.keyboard.type('Why? Because');
    expect(await answer.inputValue()).toBe('Why? Because');
    expect(await dialog.count()).toBe(0);
    await answer.fill('');
  });

  it('keys pressed in a dialog do not reach a flashcard review behind it', async () => {
    const { page } = session;
    await page.goto(`${session.url}/flashcards`);
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.locator('.fc-question').waitFor();
    const count = await page.locator('.fc-session-count').textContent();

    // Escape closes the search, not the session.
    await page.keyboard.press('Control+k');
    await box(page).waitFor();
    await page.keyboard.press('Escape');
    expect(await palette(page).count()).toBe(0);
    // Space and Escape in the shortcut list neither show the answer nor end the session.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await page.locator('.fc-session-count').textContent()).toBe(count);
    expect(await page.locator('.fc-answer').count()).toBe(0);

    // With the dialogs closed, the session's own keys work again.
    await page.keyboard.press('Space');
    await page.locator('.fc-answer').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Start review' }).waitFor();
  });

  it('is a full-width sheet at 390 px, opened from the top bar\'s Search button', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${session.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
      await search(page, 'availability');
      const box390 = await palette(page).boundingBox();
      expect(box390 && [box390.x, box390.width]).toEqual([0, 390]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      expect((await shown(page))[0]).toBe('Pages: Availability calculator');
      await options(page).first().click();
      await page.waitForURL(`${session.url}/toolkit/availability`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
