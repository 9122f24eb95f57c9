import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('toolkit in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('opens the availability calculator from the nav, types 99.9 and reads 8h 45m 58s a year', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Toolkit' }).click();
    await page.getByRole('heading', { name: 'Availability and downtime' }).waitFor();
    const perYear = page.locator('[data-testid=downtime] .figure').first();
    await page.waitForFunction(() => document.querySelector('[data-testid=downtime] .figure-value')?.textContent === '52m 36s');

    const field = page.getByRole('textbox', { name: 'Availability' });
    await field.fill('99.9');
    await page.waitForFunction(() => document.querySelector('[data-testid=downtime] .figure-value')?.textContent === '8h 45m 58s');
    expect(await perYear.textContent()).toBe('8h 45m 58sper year');
    expect(await page.locator('[data-testid=downtime] .figure-value').allTextContents()).toEqual(['8h 45m 58s', '43m 50s', '10m 5s', '1m 26s']);
    expect(await page.locator('.calc-table tr[aria-current="true"] th').textContent()).toBe('99.9%');

    await field.fill('abc');
    await page.getByText('Enter a number').waitFor();
  });

  it('opens the schedule calculator by its address and shows the critical path through the vendor', async () => {
    const { page } = session;
    await page.goto(`${session.url}/toolkit/schedule`);
    const chips = page.getByRole('list', { name: 'Critical path' }).locator('li');
    await chips.first().waitFor();
    expect(await chips.allTextContents()).toEqual(['Requirements sign-off', 'Payments vendor contract', 'Vendor integration', 'Security review', 'Launch']);
    expect(await page.locator('svg.gantt .gantt-row').count()).toBe(8);
    expect(await page.locator('svg.gantt .gantt-row.critical').count()).toBe(5);

    // Editing the plan recomputes it; a cycle is named in the error.
    const plan = page.getByRole('textbox', { name: /^Plan/ });
    await plan.fill('id,name,duration,depends\ndesign,Design,5,\nbuild,Build,10,design\nvendor,Vendor,3,design\nlaunch,Launch,1,build;vendor\n');
    await page.waitForFunction(() => document.querySelectorAll('ol[aria-label="Critical path"] li').length === 3);
    expect(await chips.allTextContents()).toEqual(['Design', 'Build', 'Launch']);
    await plan.fill('id,name,duration,depends\ndesign,Design,5,build\nbuild,Build,10,design\n');
    await page.getByRole('alert').filter({ hasText: 'tasks form a cycle: design -> build -> design' }).waitFor();
  });

  it('switches calculators with the tabs and keeps one address per calculator', async () => {
    const { page } = session;
    await page.goto(`${session.url}/toolkit/availability`);
    await page.getByRole('navigation', { name: 'Calculators' }).getByRole('link', { name: 'A/B test' }).click();
    await page.waitForURL('**/toolkit/ab');
    await page.locator('.calc-verdict').waitFor();
    expect(await page.locator('.calc-verdict').textContent()).toBe('Significant: the variant converts better (+30% relative, p = 0.0355 < 0.05).');
  });
});
