import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, openSession, type Session } from './browser.js';
import { axeFindings, headingProblems, settle, sidewaysScroll, trackRequests } from './a11y-checks.js';
import { seedIds, visitsFor, type Visit } from './a11y-routes.js';

/**
 * Every page in the route table, with real data behind it, checked the way assistive technology reads it:
 * no serious or critical WCAG 2.1 AA problem in either theme, one h1 and no skipped heading level, landmarks
 * that can be told apart, and no sideways scrolling on a 390 px phone.
 */
describe.runIf(browserAvailable())('accessibility of every page', () => {
  let session: Session;
  let visits: Visit[];
  const errors: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    visits = visitsFor(await seedIds(session.page, session.url));
  }, 90_000);
  afterAll(() => session?.close());

  const listed = (targets: string[]) => targets.slice(0, 6).join(' | ') + (targets.length > 6 ? ` | and ${targets.length - 6} more` : '');

  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    trackRequests(page);
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  /** Opens the page and returns what kept it from settling, if anything. */
  async function visit(page: Page, target: Visit): Promise<string | null> {
    await page.goto(`${session.url}${target.url}`);
    const unsettled = await settle(page);
    if (unsettled || !target.prepare) return unsettled;
    await target.prepare(page);
    return settle(page);
  }

  it('has no serious or critical axe violation, and sound headings and landmarks, in light and dark', async () => {
    const problems: string[] = [];
    const counts = new Map<string, number>();
    // The two themes run side by side, each in its own context, against the one server.
    await Promise.all(
      (['light', 'dark'] as const).map(async (colorScheme) => {
        const context = await session.browser.newContext({ viewport: { width: 1366, height: 900 }, colorScheme, reducedMotion: 'reduce', bypassCSP: true });
        const page = await open(context);
        for (const target of visits) {
          const where = `${colorScheme} ${target.name}`;
          const started = Date.now();
          const unsettled = await visit(page, target);
          const opened = Date.now();
          if (unsettled) problems.push(`${where}: ${unsettled}`);
          const { findings, all } = await axeFindings(page);
          for (const f of all) counts.set(`${f.rule} (${f.impact})`, (counts.get(`${f.rule} (${f.impact})`) ?? 0) + f.targets.length);
          for (const f of findings) problems.push(`${where}: ${f.rule} [${f.impact}] ${f.summary}: ${listed(f.targets)}`);
          for (const p of await headingProblems(page)) problems.push(`${where}: heading ${p}`);
          if (process.env.A11Y_COUNTS) console.log(`${where}: open ${opened - started} ms, checks ${Date.now() - opened} ms`);
        }
        await context.close();
      }),
    );
    // A11Y_COUNTS=1 prints how many elements fail each rule, minor ones included.
    if (process.env.A11Y_COUNTS) console.log([...counts].map(([rule, n]) => `${rule}: ${n}`).sort().join('\n') || 'no violations');
    expect(problems.sort()).toEqual([]);
    expect(errors).toEqual([]);
  }, 480_000);

  it('does not scroll sideways at 390 px on any page', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await open(context);
    const problems: string[] = [];
    for (const target of visits) {
      const unsettled = await visit(page, target);
      if (unsettled) problems.push(`${target.name}: ${unsettled}`);
      const wide = await sidewaysScroll(page);
      if (wide) problems.push(`${target.name}: ${wide}`);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  }, 200_000);
});
