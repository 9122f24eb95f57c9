import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('the stored track in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('shows the program questions once the track is set to program, and switches the view without changing the setting', async () => {
    const { page } = session;
    const api = (method: string, path: string, body?: unknown) =>
      page.evaluate(
        async ([m, p, b]) => (await fetch(p as string, { method: m as string, headers: b ? { 'content-type': 'application/json' } : {}, body: b ? JSON.stringify(b) : undefined })).json(),
        [method, path, body] as const,
      );
    const count = page.locator('.result-count');
    const inForce = page.locator('[data-track-in-force]');

    await page.goto(`${session.url}/practice`);
    await page.getByRole('heading', { name: 'Question bank' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.result-count')?.textContent === '50 of 362 questions');
    expect(await inForce.textContent()).toBe('Questions for every track (no track set in Settings).');

    const saved = await api('PUT', '/api/settings', { track: 'program' });
    expect(saved.track).toBe('program');
    const program = (await api('GET', '/api/questions?track=program&limit=1000')).questions.map((q: { id: string }) => q.id);
    expect(program).toHaveLength(265);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('.result-count')?.textContent === '50 of 265 questions');
    // The rest, a page at a time; focus goes to the first question each page adds.
    for (const [shown, first] of [[100, 50], [150, 100], [200, 150], [250, 200], [265, 250]] as const) {
      await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.question-list a').length === n, shown);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/practice/${program[first]}`);
    }
    expect(await page.locator('.result-count').textContent()).toBe('265 questions');
    expect(await page.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);
    expect(await inForce.textContent()).toBe('Questions for the Technical Program Manager track (from your settings).');
    expect(await page.getByRole('combobox', { name: 'Track' }).inputValue()).toBe('program');
    const listed = await page.locator('.question-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed).toEqual(program.map((id: string) => `/practice/${id}`));

    // Another track for this view only: the address carries it, the stored setting stays program.
    await page.getByRole('combobox', { name: 'Track' }).selectOption('all');
    // Other filters start again at one page.
    await page.waitForFunction(() => document.querySelector('.result-count')?.textContent === '50 of 362 questions');
    expect(new URL(page.url()).search).toBe('?track=all');
    expect(await inForce.textContent()).toBe('Questions for every track (for this view only).');
    expect((await api('GET', '/api/settings')).track).toBe('program');
    expect(await count.textContent()).toBe('50 of 362 questions');
  });
});
