import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

/** Every page of the app (web/src/app.tsx), with the element that shows it has rendered. */
const PAGES = [
  '/',
  '/practice',
  '/practice/a-deadline-you-missed',
  '/mock',
  '/mock/1',
  '/mock/stories',
  '/settings',
  '/welcome',
  '/code',
  '/code/lru-cache',
  '/toolkit',
  '/toolkit/availability',
  '/toolkit/error-budget',
  '/toolkit/latency',
  '/toolkit/capacity',
  '/toolkit/ab',
  '/toolkit/sample-size',
  '/toolkit/schedule',
  '/toolkit/exercises',
  '/toolkit/designs/url-shortener',
  '/toolkit/cases/launch-sales-complaints',
  '/toolkit/programs/slipping-dependency',
  '/flashcards',
  '/plan',
  '/guide',
  '/no-such-page',
];

describe.runIf(browserAvailable())('the Content-Security-Policy', () => {
  let session: Session;
  const violations: string[] = [];
  beforeAll(async () => {
    session = await openSession();
    const { page } = session;
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    // A mock in progress, so that its page renders a running stage.
    const post = (path: string, body?: unknown) =>
      fetch(`${session.url}${path}`, { method: 'POST', headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    const loops = (await (await fetch(`${session.url}/api/mocks/loops`)).json()) as { loops: Array<{ id: string }> };
    expect((await post('/api/mocks', { loopId: loops.loops[0]?.id })).status).toBe(201);
    expect((await post('/api/mocks/1/begin')).status).toBe(200);
  });
  afterAll(() => session?.close());

  it('every page renders under it with no violation in the console', async () => {
    const { page } = session;
    for (const path of PAGES) {
      const response = await page.goto(`${session.url}${path}`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.locator('main h1, main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    // The code editor (CodeMirror) injects its styles when it mounts: type in it to be sure it is live.
    await page.goto(`${session.url}/code/lru-cache`);
    await page.locator('.cm-content').first().click();
    await page.keyboard.type('// typed');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
});
