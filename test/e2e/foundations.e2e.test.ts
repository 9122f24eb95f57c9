import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

/**
 * What a person notices when the app's plumbing goes wrong: drafts lost or mixed up, one page's
 * state showing on another, links landing in the wrong place.
 */
describe.runIf(browserAvailable())('the web app keeps what you type and where you are', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  /** Follows an in-app link to `path` without reloading, as the app's own links do. */
  const goInApp = (path: string) =>
    session.page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);

  it('going from one question to another carries no answer, and each keeps its own draft', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/a-data-driven-decision`);
    const box = page.getByRole('textbox', { name: 'Your answer' });
    await box.fill('A draft for the data-driven decision.');
    await goInApp('/practice/relational-vs-nosql');
    await page.getByRole('heading', { level: 1, name: /relational/i }).waitFor();
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('.coach-panel').count()).toBe(0);
    await goInApp('/practice/a-data-driven-decision');
    await page.getByRole('heading', { level: 1, name: /data/i }).waitFor();
    expect(await box.inputValue()).toBe('A draft for the data-driven decision.');
    await box.fill('');
  });

  it('empties the coach panel when the answer is emptied while the coach is still thinking', async () => {
    const { page } = session;
    // The coach answers slowly here, so the answer is emptied while its request is on the way.
    await page.route('**/api/coach', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(`${session.url}/practice/a-data-driven-decision`);
    const box = page.getByRole('textbox', { name: 'Your answer' });
    await box.fill('I led the launch and as a result conversion rose 12%.');
    await page.waitForRequest('**/api/coach');
    await box.fill('');
    await page.waitForTimeout(1500);
    expect(await page.locator('.coach-panel').count()).toBe(0);
    expect(await page.locator('.coach-empty').count()).toBe(1);
    await page.unroute('**/api/coach');
  });

  it('keeps code per language through a reload, and never stores an untouched starter', async () => {
    const { page } = session;
    await page.goto(`${session.url}/code/lru-cache`);
    await page.locator('.cm-content').waitFor();
    await page.getByRole('radio', { name: 'TypeScript' }).click();
    await page.getByRole('radio', { name: 'Python' }).click();
    await page.getByRole('radio', { name: 'JavaScript' }).click();
    const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('code') && k !== 'tpmprep:code-lang'));
    expect(await drafts()).toEqual([]);

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('// my JavaScript answer');
    await page.getByRole('radio', { name: 'Python' }).click();
    expect(await page.locator('.cm-content').textContent()).not.toContain('my JavaScript answer');
    await page.getByRole('radio', { name: 'JavaScript' }).click();
    expect(await page.locator('.cm-content').textContent()).toBe('// my JavaScript answer');

    await page.reload();
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').textContent()).toBe('// my JavaScript answer');
    expect(await drafts()).toEqual(['tpmprep:draft:v1:code:problem:lru-cache:js']);
  });

  it('shows an old case attempt without overwriting the answers being written', async () => {
    const { page } = session;
    await page.goto(`${session.url}/toolkit/cases/checkout-ab-test`);
    const lift = page.getByRole('textbox', { name: "What is the variant's relative lift in conversion over control, in percent?" });
    await lift.fill('5.2');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await page.getByRole('region', { name: 'Your attempts' }).getByRole('button').first().waitFor();
    await page.getByRole('button', { name: 'Answer again' }).click();
    await lift.fill('4.9');
    await page.getByRole('region', { name: 'Your attempts' }).getByRole('button').first().click();
    expect(await lift.inputValue()).toBe('5.2');
    await page.getByRole('button', { name: 'Answer again' }).click();
    expect(await lift.inputValue()).toBe('4.9');
    await page.reload();
    expect(await lift.inputValue()).toBe('4.9');
  });

  it('lands on #checklist from the dashboard and moves focus to each new page heading', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.getByRole('link', { name: /checklist/i }).first().click();
    await page.waitForURL('**/guide#checklist');
    await page.locator('#checklist input[type=checkbox]').first().waitFor();
    // Scrolled down to the section: its top is on screen (the page may end before it reaches the very top).
    await page.waitForFunction(() => {
      const top = document.getElementById('checklist')?.getBoundingClientRect().top ?? -1;
      return window.scrollY > 0 && top >= 0 && top < window.innerHeight / 2;
    });

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Flashcards' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await page.locator('main h1').textContent());
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('clears the practice search box when the sidebar link clears the search', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice`);
    const search = page.getByRole('searchbox', { name: 'Search questions' });
    await search.fill('nosql');
    await page.waitForURL('**/practice?search=nosql');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Practice' }).click();
    await page.waitForURL((url) => url.pathname === '/practice' && url.search === '');
    await page.waitForTimeout(500);
    expect(await search.inputValue()).toBe('');
    expect(new URL(page.url()).search).toBe('');
  });

  it('keeps a mock answer through a pause, a reload and a server restart', async () => {
    const { page } = session;
    await page.goto(`${session.url}/mock`);
    await page.locator('[data-loop="quick"] .loop-stage-title').first().waitFor();
    await page.getByRole('button', { name: 'Start the Quick practice loop' }).click();
    await page.waitForURL(/\/mock\/\d+$/);
    await page.getByRole('button', { name: 'Begin the first stage' }).click();
    const answer = page.getByRole('textbox', { name: 'Your answer', exact: true });
    await answer.fill('Half of my answer, typed before the pause.');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    await page.getByRole('button', { name: 'Resume' }).click();
    expect(await answer.inputValue()).toBe('Half of my answer, typed before the pause.');

    await page.reload();
    expect(await answer.inputValue()).toBe('Half of my answer, typed before the pause.');
    await session.restartServer();
    await page.reload();
    expect(await answer.inputValue()).toBe('Half of my answer, typed before the pause.');
  });

  it('does not carry a link choice from one story to the next', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice`);
    const made = await page.evaluate(async () => {
      const post = (url: string, body: unknown) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<{ id?: number; story?: { id: number } }>);
      const story = (title: string) => ({
        title,
        situation: 'Our checkout team of 8 was two weeks from launch for 2 million users.',
        task: 'I had to decide the search index design with the tech lead.',
        action: 'I wrote both options down, I ran a load test, and I chose the simpler index.',
        result: 'We launched on time and p99 latency fell 30%.',
        competencies: ['conflict'],
      });
      const attempt = await post('/api/attempts', { questionId: 'a-data-driven-decision', answer: 'I ran the test and conversion rose 12%.', seconds: 60 });
      const one = await post('/api/stories', story('First story'));
      const two = await post('/api/stories', story('Second story'));
      return { attempt: attempt.id, stories: [one.story?.id, two.story?.id] };
    });
    expect(made.stories.every((id) => typeof id === 'number')).toBe(true);
    await page.goto(`${session.url}/mock/stories`);
    await page.locator(`[data-story="${made.stories[0]}"]`).getByRole('button', { name: /check/i }).click();
    const select = page.getByRole('combobox', { name: 'Link a practice answer that told this story' });
    await select.selectOption(String(made.attempt));
    await page.locator(`[data-story="${made.stories[1]}"]`).getByRole('button', { name: /check/i }).click();
    await page.getByRole('heading', { name: 'Coach check: Second story' }).waitFor();
    expect(await select.inputValue()).toBe('');
  });
});
