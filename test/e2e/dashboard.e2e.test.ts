import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('dashboard and study plan in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('answers a practice question and sees the dashboard change: an area goes from unknown to a value', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
    await page.getByTestId('area-technical-skills').waitFor();
    // Nothing practised: every area and the overall readiness read Unknown, not 0%.
    expect(await page.locator('.area-bar-value').allTextContents()).toEqual(Array(10).fill('Unknown'));
    expect(await page.getByTestId('overall').textContent()).toBe('Unknown');
    expect(await page.locator('.area-bar.unknown').count()).toBe(10);
    expect(await page.getByTestId('streak').textContent()).toBe('0 days');
    expect(await page.locator('.radar-value').allTextContents()).toEqual(Array(5).fill('Unknown'));

    // relational-vs-nosql: areas technical-skills, data-analysis, product-development; skills technical-expertise, communication.
    await page.goto(`${session.url}/practice/relational-vs-nosql`);
    const answer =
      'I would keep orders in a relational database such as Postgres: we need ACID transactions and joins across customers, orders and payments. ' +
      'A document store scales writes horizontally and suits the product catalog, whose schema changes often, but I would lose joins. ' +
      'The trade-off is consistency against flexibility, and I would check p99 latency and cost before deciding.';
    await page.getByRole('textbox', { name: 'Your answer' }).fill(answer);
    await page.getByRole('button', { name: 'Submit and review' }).click();
    await page.getByRole('heading', { name: 'Rubric: what a strong answer shows' }).waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="area-technical-skills"]')?.textContent !== 'Unknown');
    const value = await page.getByTestId('area-technical-skills').textContent();
    expect(value).toMatch(/^\d{1,3}%$/);
    expect(await page.getByTestId('area-data-analysis').textContent()).toBe(value);
    expect(await page.getByTestId('area-product-development').textContent()).toBe(value);
    expect(await page.getByTestId('area-metrics').textContent()).toBe('Unknown');
    expect(await page.locator('.area-bar.unknown').count()).toBe(7);
    // One answer in three areas is too little for an overall figure: the server sends none (overall.missing says why).
    expect(await page.getByTestId('overall').textContent()).toBe('Unknown');
    expect(await page.getByTestId('streak').textContent()).toBe('1 day');
    expect(await page.locator('.radar-value').allTextContents()).toEqual([value, 'Unknown', value, 'Unknown', 'Unknown']);
    expect(await page.getByRole('meter', { name: 'Technical skills' }).getAttribute('aria-valuenow')).toBe(value?.replace('%', ''));

    // Practise next links to the practice list filtered by area.
    const practise = page.locator('.next-list li').first().getByRole('link');
    const href = await practise.getAttribute('href');
    expect(href).toMatch(/^\/practice\?area=[a-z-]+$/);
    await practise.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator('select[name=area]').inputValue()).toBe(href?.split('=')[1]);
  });

  it('sets up a study plan from the Plan page, by keyboard, and offers the .ics download', async () => {
    const { page } = session;
    await page.goto(`${session.url}/plan`);
    await page.getByRole('heading', { name: 'Your study plan' }).waitFor();
    expect(await page.locator('.plan-week').count()).toBe(4);

    await page.getByLabel('Weeks', { exact: true }).selectOption('2');
    await page.getByLabel('Hours per week').fill('5');
    await page.getByLabel('Start date').fill('2026-03-02');
    await page.getByRole('checkbox', { name: 'Sat' }).focus();
    await page.keyboard.press('Space');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/plan') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save this plan' }).focus();
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await page.getByText('Saved. The plan below is packed from these settings and your current readiness.').waitFor();

    expect(await page.locator('.plan-week').count()).toBe(2);
    expect(await page.locator('.plan-week h2').allTextContents()).toEqual(['Week 1 2 Mar – 8 Mar', 'Week 2 9 Mar – 15 Mar']);
    expect(await page.locator('.plan-day.rest .plan-day-name').allTextContents()).toEqual(['Sat 7 Mar', 'Sun 8 Mar', 'Sat 14 Mar', 'Sun 15 Mar']);
    const budgets = await page.locator('.plan-budget-text').allTextContents();
    for (const text of budgets) expect(Number(/^(\d+) of 300 min$/.exec(text)?.[1])).toBeLessThanOrEqual(300);
    expect(await page.locator('.kind-mock .plan-item-title').count()).toBeGreaterThan(0);
    expect(await page.locator('.kind-mock .plan-item-title').first().getAttribute('href')).toBe('/mock');
    expect(await page.locator('.kind-question .plan-item-title').first().getAttribute('href')).toMatch(/^\/practice\/[a-z0-9-]+$/);
    expect(await page.getByRole('link', { name: 'Download .ics' }).getAttribute('href')).toBe('/api/plan.ics');

    // The saved settings come back after a reload.
    await page.reload();
    await page.locator('.plan-week').first().waitFor();
    expect(await page.locator('.plan-week').count()).toBe(2);
    expect(await page.getByLabel('Hours per week').inputValue()).toBe('5');

    await page.getByRole('radio', { name: 'My interview date' }).check();
    await page.getByLabel('Interview date', { exact: true }).fill('2026-03-04');
    const bad = page.waitForResponse((r) => r.url().endsWith('/api/plan') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save and re-plan' }).click();
    expect((await bad).status()).toBe(400);
    await page.getByText('the interview date 2026-03-04 is 2 days after the start 2026-03-02; a plan needs 7 to 42 days (1-6 weeks)').waitFor();
  });
});
