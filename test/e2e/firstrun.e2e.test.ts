import { afterEach, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

describe.runIf(browserAvailable())('the first run in a real browser', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  const api = async (route: string) => (await fetch(`${session?.url}${route}`)).json();

  it('opens a fresh data folder on the welcome; the answers build the plan and the dashboard says what to do first', async () => {
    session = await openSession({ welcome: true });
    const { page } = session;
    await page.goto(`${session.url}/practice`);
    await page.waitForURL(`${session.url}/welcome`);
    await page.getByRole('heading', { name: 'A few questions before you start' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]').count()).toBe(0);

    await page.getByRole('radio', { name: 'Technical Program Manager' }).check();
    await page.getByRole('radio', { name: 'Staff or principal' }).check();
    await page.getByRole('radio', { name: 'A number of weeks' }).check();
    await page.getByLabel('Weeks left').selectOption('3');
    await page.getByLabel('Company style (optional)').selectOption({ label: 'Google-style program loop' });

    // Too few hours: the server refuses, nothing is saved, and the message is tied to the hours field.
    await page.getByLabel('Hours a week').fill('1');
    await page.getByRole('button', { name: 'Build my plan' }).click();
    const error = page.getByRole('alert');
    expect(await error.textContent()).toBe('Not saved: invalid plan settings: hoursPerWeek: hours per week is at least 3: less does not fit a pass over every area and the mocks');
    const hours = page.getByLabel('Hours a week');
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect((await hours.getAttribute('aria-describedby'))?.split(' ')[0]).toBe(await error.getAttribute('id'));
    expect((await api('/api/settings')).firstRunDone).toBe(false);

    await hours.fill('10');
    expect(await error.count()).toBe(0);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/first-run') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Build my plan' }).click();
    const result = await (await answered).json();
    await page.waitForURL(`${session.url}/`);

    const start = page.getByRole('region', { name: 'Start here' });
    await start.waitFor();
    const dayOf = (date: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
    expect(result.plan.days).toHaveLength(21);
    expect(await start.getByTestId('plan-span').textContent()).toBe(`Your plan runs 21 days, to ${dayOf(result.plan.end)}. Your first study day is ${dayOf(result.firstDay)}: do these first.`);
    expect(result.firstSteps.length).toBeGreaterThan(0);
    const steps = start.getByTestId('first-steps').locator('li');
    expect(await steps.allTextContents()).toEqual(result.firstSteps.map((s: { title: string; minutes: number }) => `${s.title} · ${s.minutes} min`));
    expect(await steps.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(result.firstSteps.map((s: { href: string }) => s.href));
    // Nothing practised yet: no overall figure, and the server's reasons are shown.
    const progress = await api('/api/progress');
    expect(progress.overall.score).toBeNull();
    expect(await start.getByTestId('overall-missing').locator('li').allTextContents()).toEqual(progress.overall.missing.map((m: { message: string }) => m.message));
    expect(await page.getByTestId('overall').textContent()).toBe('Unknown');

    expect(await api('/api/settings')).toMatchObject({ track: 'program', level: 'staff', weeks: 3, interviewDate: null, hoursPerWeek: 10, companyStyle: 'program-google-style', firstRunDone: true });
    // Settings show the same answers; the plan is the one the welcome built.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Interview' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Technical Program Manager' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Staff or principal' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Weeks left').inputValue()).toBe('3');
    expect(await page.getByLabel('Hours a week').inputValue()).toBe('10');
    expect(await page.getByLabel('Company style (optional)').inputValue()).toBe('program-google-style');
    expect((await api('/api/plan')).plan.days).toHaveLength(21);

    // A reload stays on the dashboard; the welcome is reachable again from Settings.
    await page.goto(session.url);
    await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
    expect(page.url()).toBe(`${session.url}/`);
    await page.goto(`${session.url}/settings`);
    await page.getByRole('link', { name: 'Run the welcome again' }).click();
    await page.waitForURL(`${session.url}/welcome`);
    await page.getByText('Welcome, again').waitFor();
    expect(await page.getByRole('radio', { name: 'Technical Program Manager' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Hours a week').inputValue()).toBe('10');
  });

  it('can be skipped: the defaults stay and the welcome does not come back', async () => {
    session = await openSession({ welcome: true });
    const { page } = session;
    await page.goto(session.url);
    await page.waitForURL(`${session.url}/welcome`);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.waitForURL(`${session.url}/`);
    await page.getByRole('heading', { name: 'Where you stand' }).waitFor();
    expect(await page.getByRole('region', { name: 'Start here' }).count()).toBe(0);
    expect(await api('/api/settings')).toMatchObject({ track: 'product', level: 'senior', weeks: 4, hoursPerWeek: 6, companyStyle: null, firstRunDone: true });
    await page.goto(`${session.url}/practice`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toBe(`${session.url}/practice`);
  });
});
