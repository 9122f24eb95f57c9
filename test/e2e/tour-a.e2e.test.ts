import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiResponse } from '../../src/shared/api.js';
import { browserAvailable, openSession, type Session } from './browser.js';

const STAR =
  'At my last company we were launching a new checkout for 2 million users. I was responsible for the launch plan. ' +
  'I met each team lead, I proposed a phased rollout and I tracked the risks weekly. As a result we shipped on time and conversion rose 4%.';

/** A JSON call from inside the page, so it is same-origin as the app's own requests. */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { method, path, body },
  );
  if (result.status >= 400) throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.json)}`);
  return result.json as T;
}

const clockSeconds = (text: string | null) => {
  const [m, s] = (text ?? '').split(' ')[0]?.split(':').map(Number) ?? [];
  return (m ?? 0) * 60 + (s ?? 0);
};

describe.runIf(browserAvailable())('what the tour found, fixed (web)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('keeps the typed mock answer through a reload', async () => {
    const { page } = session;
    await page.goto(`${session.url}/mock`);
    await page.getByRole('button', { name: 'Start the Quick practice loop' }).click();
    await page.waitForURL('**/mock/1');
    await page.getByRole('button', { name: 'Begin the first stage' }).click();
    const box = page.getByRole('textbox', { name: 'Your answer', exact: true });
    await box.fill(STAR);
    await page.reload();
    await box.waitFor();
    expect(await box.inputValue()).toBe(STAR);
    // The kept answer is the one submitted.
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByText('The interviewer follows up').waitFor();
    const view = await api<ApiResponse<'GET /api/mocks/:id'>>(page, 'GET', '/api/mocks/1');
    expect(JSON.stringify(view)).toContain('conversion rose 4%');
  });

  it('resumes the practice clock after a reload and saves the real seconds', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/a-deadline-you-missed`);
    await page.getByRole('textbox', { name: 'Your answer' }).fill(STAR);
    const clock = page.locator('.timer-clock');
    await page.waitForFunction(() => (document.querySelector('.timer-clock')?.textContent ?? '').startsWith('0:03'));
    await page.reload();
    await page.getByRole('textbox', { name: 'Your answer' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Your answer' }).inputValue()).toBe(STAR);
    // Not 0:00: the clock picks up where it was and keeps running.
    expect(clockSeconds(await clock.textContent())).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.timer button').textContent()).toBe('Pause');
    await page.waitForFunction(() => (document.querySelector('.timer-clock')?.textContent ?? '').startsWith('0:05'));
    await page.locator('.timer button').click();
    const shown = clockSeconds(await clock.textContent());
    expect(shown).toBe(5);
    await page.getByRole('button', { name: 'Submit and review' }).click();
    await page.getByRole('heading', { name: 'Your answer · 5s' }).waitFor();
    const saved = await api<ApiResponse<'GET /api/attempts'>>(page, 'GET', '/api/attempts?questionId=a-deadline-you-missed');
    expect(saved.attempts.map((a) => a.seconds)).toEqual([5]);
    // A new answer starts a new clock.
    await page.getByRole('button', { name: 'Answer again' }).click();
    expect(await clock.textContent()).toBe('0:00 / 4:00');
  });

  it('shows a plain not-found page for an unknown question, problem, exercise, mock or story', async () => {
    const { page } = session;
    const cases = [
      ['/practice/no-such-id', 'No such question', 'Back to the question bank', '/practice'],
      ['/code/no-such-problem', 'No such problem', 'Back to the coding problems', '/code'],
      ['/toolkit/designs/no-such-design', 'No such design exercise', 'Back to the exercises', '/toolkit/exercises'],
      ['/toolkit/cases/no-such-case', 'No such case study', 'Back to the exercises', '/toolkit/exercises'],
      ['/toolkit/programs/no-such-program', 'No such program exercise', 'Back to the exercises', '/toolkit/exercises'],
      ['/mock/999', 'No such mock interview', 'Back to mock interviews', '/mock'],
      ['/mock/stories/999/drill', 'No such story', 'Back to the story bank', '/mock/stories'],
      ['/mock/drills/999', 'No such drill', 'Back to the story bank', '/mock/stories'],
    ] as const;
    for (const [path, title, back, href] of cases) {
      await page.goto(`${session.url}${path}`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toBe(title);
      expect(await page.getByRole('link', { name: back }).getAttribute('href'), path).toBe(href);
      const text = await page.locator('main').innerText();
      expect(text, path).not.toContain('tpmprep ');
      expect(text, path).not.toContain('Something went wrong');
      expect(await page.getByRole('button', { name: 'Try again' }).count(), path).toBe(0);
    }
    await page.getByRole('link', { name: 'Back to the story bank' }).click();
    await page.getByRole('heading', { name: 'Your STAR stories' }).waitFor();
  });

  it('shows no overall readiness before the evidence supports it, says what is missing, and lists every kind of recent practice', async () => {
    const { page } = session;
    await page.goto(session.url);
    // Practice of four kinds: answers (one from the earlier test), a code run, a design exercise and the mock started above.
    await api(page, 'POST', '/api/attempts', { questionId: 'a-failure-you-learned-from', answer: STAR, seconds: 95 });
    await api(page, 'POST', '/api/submissions', { problemId: 'dedupe-events', lang: 'js', code: 'function dedupe() { return []; }', mode: 'run' });
    const mocks = await api<ApiResponse<'GET /api/mocks'>>(page, 'GET', '/api/mocks');
    if (mocks.mocks.length === 0) await api(page, 'POST', '/api/mocks', { loopId: 'quick' });
    await api(page, 'POST', '/api/exercises/design/customer-support-chatbot/attempts', {
      sections: { requirements: 'Answer 80% of tier-one questions without an agent, hand over within 30 seconds.' },
      seconds: 120,
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
    const progress = await api<ApiResponse<'GET /api/progress'>>(page, 'GET', '/api/progress');
    expect(progress.overall.score).toBeNull();
    expect(progress.overall.missing.length).toBeGreaterThan(0);
    expect(await page.getByTestId('overall').textContent()).toBe('Unknown');
    expect(await page.getByTestId('overall-missing').locator('li').allTextContents()).toEqual(progress.overall.missing.map((m) => m.message));
    expect(await page.locator('.dash-overall').innerText()).not.toMatch(/\d+%/);

    const recent = await api<ApiResponse<'GET /api/recent'>>(page, 'GET', '/api/recent?limit=6');
    expect(new Set(recent.items.map((i) => i.kind))).toEqual(new Set(['answer', 'code', 'exercise', 'mock']));
    const list = page.getByTestId('recent-practice');
    await list.locator('li').first().waitFor();
    expect(await list.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))).toEqual(recent.items.map((i) => i.kind));
    expect(await list.getByRole('link').allTextContents()).toEqual(recent.items.map((i) => i.title));
    expect(await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(recent.items.map((i) => i.href));
    const code = recent.items.find((i) => i.kind === 'code');
    expect(await list.locator('li[data-kind=code] .recent-meta').textContent()).toContain(code?.outcome);
  });

  it('keeps the coach findings in view without an inner scroll box, at 1366 and 390 px', async () => {
    const { page } = session;
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${session.url}/practice/a-data-driven-decision`);
      await page.getByRole('textbox', { name: 'Your answer' }).fill(STAR);
      await page.locator('.coach-panel .findings li').first().waitFor();
      // Nothing between the findings and the page clips them: every box up to the page shows its whole content.
      const clipped = await page.locator('.coach-panel .findings').evaluate((el) => {
        const boxes: string[] = [];
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (node.scrollHeight > node.clientHeight + 1 && style.overflowY !== 'visible') boxes.push(node.className);
        }
        return boxes;
      });
      expect(clipped, `at ${width} px`).toEqual([]);
      // The page's own scroll brings the findings to the top of the window.
      await page.locator('.coach-panel .findings').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const top = await page.locator('.coach-panel .findings').evaluate((el) => Math.abs(Math.round(el.getBoundingClientRect().top)));
      expect(top, `at ${width} px`).toBe(0);
      await page.getByRole('textbox', { name: 'Your answer' }).fill('');
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the story bank warning once after the first save', async () => {
    const { page } = session;
    await page.goto(`${session.url}/mock/stories`);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Title').fill('The checkout launch');
    await page.locator('#story-situation').fill('We were launching a new checkout for 2 million users and the date was fixed.');
    await page.locator('#story-task').fill('I owned the launch plan and had six weeks.');
    await page.locator('#story-action').fill('I met each team lead, proposed a phased rollout, and tracked the risks weekly.');
    await page.locator('#story-result').fill('We shipped on time and conversion rose 4%.');
    await page.locator('.theme-pick input').first().check();
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByText('Saved “The checkout launch”.').waitFor();
    const bank = await api<ApiResponse<'GET /api/stories'>>(page, 'GET', '/api/stories');
    expect(bank.warning).toBe('You have 1 story; aim for 8-15 so that every behavioral theme has one you have rehearsed.');
    await page.locator('.warn-note').waitFor();
    const text = await page.locator('main').innerText();
    expect(text.split(bank.warning ?? '').length - 1).toBe(1);
  });

  it('asks before submitting a design with empty sections', async () => {
    const { page } = session;
    await page.goto(`${session.url}/toolkit/designs/ecommerce-recommendation-system`);
    await page.getByRole('textbox', { name: 'Your answer for Requirements' }).fill('Recommend products on the home page within 200 ms at p99 for 10 million daily users.');
    await page.getByRole('button', { name: 'Submit the design' }).click();
    const check = page.getByRole('alertdialog');
    await check.waitFor();
    expect(await check.locator('#empty-check-title strong').textContent()).toBe('7 of 8 sections are empty.');
    expect(await check.getByRole('listitem').allTextContents()).toEqual(['Estimation', 'API', 'Data model', 'Architecture', 'Scaling', 'Trade-offs', 'Risks']);
    // The safe choice has the focus; keeping on writing opens the first empty section and saves nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep writing');
    await check.getByRole('button', { name: 'Keep writing' }).click();
    expect(await check.count()).toBe(0);
    await page.getByRole('textbox', { name: 'Your answer for Estimation' }).waitFor();
    const none = await api<ApiResponse<'GET /api/exercises/attempts'>>(page, 'GET', '/api/exercises/attempts?kind=design&id=ecommerce-recommendation-system');
    expect(none.attempts).toEqual([]);

    await page.getByRole('button', { name: 'Submit the design' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Submit anyway' }).click();
    await page.getByTestId('design-result').waitFor();
    const saved = await api<ApiResponse<'GET /api/exercises/attempts'>>(page, 'GET', '/api/exercises/attempts?kind=design&id=ecommerce-recommendation-system');
    expect(saved.attempts.length).toBe(1);
  });
});
