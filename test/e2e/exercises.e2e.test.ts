import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('toolkit exercises in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('opens the e-commerce design from the toolkit, writes two sections and gets feedback on each', async () => {
    const { page } = session;
    await page.goto(`${session.url}/toolkit`);
    await page.getByRole('link', { name: /^Exercises/ }).click();
    await page.waitForURL('**/toolkit/exercises');
    await page.getByRole('link', { name: /Scalable e-commerce platform/ }).click();
    await page.waitForURL('**/toolkit/designs/scalable-ecommerce-platform');
    await page.getByRole('heading', { name: 'Scalable e-commerce platform (99.99% uptime, under 200 ms)' }).waitFor();
    // The availability calculator is open beside the requirements section.
    await page.locator('.calc-column [data-testid=downtime] .figure-value').first().waitFor();
    expect(await page.locator('.calc-column [data-testid=downtime] .figure-value').first().textContent()).toBe('52m 36s');

    const editor = page.getByRole('textbox', { name: 'Your answer for Requirements' });
    await editor.fill('Core journeys are browse, search, cart and checkout; reviews can degrade. 99.99% allows about 52.6 minutes of downtime a year. I would clarify whether 200 ms is server-side p99.');
    const feedback = page.getByTestId('section-feedback');
    await feedback.getByText('3 of 4 points').waitFor();
    expect(await feedback.locator('.coverage li.covered').allTextContents()).toEqual([
      '✓Covered: Scopes the core journeyssaid: core journey, browse, search, cart',
      '✓Covered: Turns 99.99% into a downtime budgetsaid: 99.99, 52.6',
      '✓Covered: Pins down the latency targetsaid: clarify, server-side, p99',
    ]);

    await page.getByRole('navigation', { name: 'Design sections' }).getByRole('button', { name: /Estimation/ }).click();
    await page.getByRole('heading', { name: '2. Estimation' }).waitFor();
    await page.getByRole('textbox', { name: 'Your answer for Estimation' }).fill('Assume 10 million daily active users with 20 page views each: about 2,300 requests per second on average and 23,000 at a 10x peak.');
    await feedback.getByText('2 of 4 points').waitFor();
    expect(await feedback.locator('.coverage li.covered').count()).toBe(2);
    // The step list keeps each section's coverage.
    expect(await page.getByRole('navigation', { name: 'Design sections' }).locator('.step-score').allTextContents()).toEqual(['3/4', '2/4']);

    await page.getByRole('button', { name: 'Submit the design' }).click();
    // Six sections are still empty: the page asks before grading them as skipped.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Submit anyway' }).click();
    const result = page.getByTestId('design-result');
    await result.waitFor();
    expect(await result.locator('.result-section .result-badge').allTextContents()).toEqual(['75 · 3/4', '50 · 2/4', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    await page.getByRole('region', { name: 'Your attempts' }).getByRole('button').first().waitFor();
    expect(await page.getByRole('region', { name: 'Your attempts' }).getByRole('button').count()).toBe(1);
  });

  it('answers a metric case numeric question and sees it graded with the expected value', async () => {
    const { page } = session;
    await page.goto(`${session.url}/toolkit/cases/checkout-ab-test`);
    await page.getByRole('heading', { name: 'Read out a one-page checkout A/B test' }).waitFor();
    expect(await page.locator('.case-chart svg').count()).toBe(3);
    await page.getByRole('textbox', { name: "What is the variant's relative lift in conversion over control, in percent?" }).fill('5.2');
    await page.getByRole('textbox', { name: /Two-sided p-value of the difference in conversion/ }).fill('0.05');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const lift = page.locator('[data-question=lift] .numeric-result');
    await lift.waitFor();
    expect(await lift.locator('p').first().textContent()).toBe('✓ Correct · expected 5.03 % (± 0.3)');
    expect(await page.locator('[data-question=p-value] .numeric-result p').first().textContent()).toBe('✗ Not within tolerance · expected 0.1294 p-value (± 0.005)');
    expect(await page.locator('.case-score .score-level').textContent()).toBe('Very weak');
    // The history reloads after the grade appears: wait for it rather than read it mid-request.
    await page.getByRole('region', { name: 'Your attempts' }).getByRole('button').first().waitFor();
    expect(await page.getByRole('region', { name: 'Your attempts' }).getByRole('button').count()).toBe(1);
  });
});
