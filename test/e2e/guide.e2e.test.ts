import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('guide in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('navigates to the Guide, ticks a checklist item, and finds it ticked after a reload and a restart', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Guide' }).click();
    await page.getByRole('heading', { name: 'The 5 skills' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/guide');
    expect(await page.locator('#areas details').count()).toBe(10);
    expect(await page.locator('.stage h3').allTextContents()).toEqual(['Phone screen', 'Technical interview', 'Product interview', 'Final round']);

    const box = page.locator('input[type=checkbox][data-id="practice-star"]');
    expect(await box.isChecked()).toBe(false);
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/checklist') && r.request().method() === 'PUT');
    await box.check();
    expect((await saved).status()).toBe(200);

    await page.reload();
    await page.locator('input[type=checkbox][data-id="practice-star"]').waitFor();
    expect(await page.locator('input[type=checkbox][data-id="practice-star"]').isChecked()).toBe(true);
    expect(await page.locator('input[type=checkbox][data-id="practice-coding"]').isChecked()).toBe(false);

    await session.restartServer();
    await page.reload();
    await page.locator('input[type=checkbox][data-id="practice-star"]').waitFor();
    expect(await page.locator('input[type=checkbox][data-id="practice-star"]').isChecked()).toBe(true);
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = session;
    await page.goto(`${session.url}/guide`);
    await page.locator('input[type=checkbox][data-id="practice-coding"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.locator('input[type=checkbox][data-id="practice-coding"]').focus();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/checklist') && r.request().method() === 'PUT');
    await page.keyboard.press('Space');
    expect((await saved).status()).toBe(200);
    expect(await page.locator('input[type=checkbox][data-id="practice-coding"]').isChecked()).toBe(true);
  });
});
