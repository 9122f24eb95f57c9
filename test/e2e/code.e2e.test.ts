import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('code page in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('runs the examples, submits a solution, and keeps it in the history', async () => {
    const { page } = session;
    await page.goto(`${session.url}/code`);
    await page.getByRole('link', { name: /LRU cache/ }).click();
    await page.locator('.cm-content').waitFor();
    await page.getByRole('radio', { name: 'JavaScript' }).click();
    expect(await page.locator('.cm-content').textContent()).toContain('class LRUCache');

    await page.getByRole('button', { name: 'Run examples' }).click();
    await page.locator('.code-verdict').waitFor();
    expect(await page.locator('.code-verdict strong').textContent()).toBe('Wrong answer');
    expect(await page.locator('.test-io').first().textContent()).toContain('Expected');

    const solution = [
      'class LRUCache {',
      'constructor(capacity) { this.capacity = capacity; this.entries = new Map(); }',
      'get(key) { if (!this.entries.has(key)) return -1; const v = this.entries.get(key); this.entries.delete(key); this.entries.set(key, v); return v; }',
      'put(key, value) { this.entries.delete(key); if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value); this.entries.set(key, value); }',
      '}',
    ].join('\n');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(solution);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForFunction(() => document.querySelector('.code-verdict strong')?.textContent === 'Accepted', undefined, { timeout: 20_000 });

    await page.reload();
    await page.locator('.submission-row').first().waitFor();
    expect(await page.locator('.submission-row').count()).toBe(2);
    expect(await page.locator('.submission-row span').first().textContent()).toBe('Accepted');
  });
});
