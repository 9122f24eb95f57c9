import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserAvailable, openSession, type Session } from './browser.js';
import { axeFindings, headingProblems, settle, sidewaysScroll, trackRequests } from './a11y-checks.js';
import { seedIds, visitsFor, type Visit } from './a11y-routes.js';

/**
 * Every page in the route table, with real data behind it, checked the way assistive technology reads it:
 * no serious or critical WCAG 2.1 AA problem, one h1 and no skipped heading level, landmarks that can be told
 * apart. Two passes side by side: light on a 1366 px screen, and dark on a 390 px phone, where no page may
 * scroll sideways. Both run under the app's own Content-Security-Policy, which no page may trip.
 */
const PASSES = [
  { name: 'light 1366', colorScheme: 'light', viewport: { width: 1366, height: 900 }, phone: false },
  { name: 'dark 390', colorScheme: 'dark', viewport: { width: 390, height: 844 }, phone: true },
] as const;

describe.runIf(browserAvailable())('accessibility and the Content-Security-Policy on every page', () => {
  let session: Session;
  let visits: Visit[];
  const errors: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    visits = visitsFor(await seedIds(session.page, session.url));
  }, 90_000);
  afterAll(() => session?.close());

  const listed = (targets: string[]) => targets.slice(0, 6).join(' | ') + (targets.length > 6 ? ` | and ${targets.length - 6} more` : '');

  async function open(context: BrowserContext): Promise<Page> {
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    trackRequests(page);
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  /** Opens the page and returns what kept it from settling or the policy it was served without, if anything. */
  async function visit(page: Page, target: Visit): Promise<string | null> {
    const response = await page.goto(`${session.url}${target.url}`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    if (!policy.includes("script-src 'self'")) return `served without script-src 'self' (policy: "${policy}")`;
    const unsettled = await settle(page);
    if (unsettled || !target.prepare) return unsettled;
    await target.prepare(page);
    return settle(page);
  }

  it('has no serious or critical axe violation, sound headings and landmarks, no sideways scroll on a phone, and no policy violation', async () => {
    const problems: string[] = [];
    const counts = new Map<string, number>();
    await Promise.all(
      PASSES.map(async (pass) => {
        const context = await session.browser.newContext({ viewport: pass.viewport, colorScheme: pass.colorScheme, reducedMotion: 'reduce' });
        const page = await open(context);
        for (const target of visits) {
          const where = `${pass.name} ${target.name}`;
          const started = Date.now();
          const unsettled = await visit(page, target);
          const opened = Date.now();
          if (unsettled) problems.push(`${where}: ${unsettled}`);
          const { findings, all } = await axeFindings(page);
          for (const f of all) counts.set(`${f.rule} (${f.impact})`, (counts.get(`${f.rule} (${f.impact})`) ?? 0) + f.targets.length);
          for (const f of findings) problems.push(`${where}: ${f.rule} [${f.impact}] ${f.summary}: ${listed(f.targets)}`);
          for (const p of await headingProblems(page)) problems.push(`${where}: heading ${p}`);
          const wide = pass.phone ? await sidewaysScroll(page) : null;
          if (wide) problems.push(`${where}: ${wide}`);
          if (process.env.A11Y_COUNTS) console.log(`${where}: open ${opened - started} ms, checks ${Date.now() - opened} ms`);
        }
        await context.close();
      }),
    );
    // A11Y_COUNTS=1 prints how many elements fail each rule, minor ones included.
    if (process.env.A11Y_COUNTS) console.log([...counts].map(([rule, n]) => `${rule}: ${n}`).sort().join('\n') || 'no violations');
    expect(problems.sort()).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 480_000);
});
