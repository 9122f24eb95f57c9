import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, CHROMIUM } from './browser.js';
import { postgresAvailable, startHostedServer, type HostedServer } from './hosted-server.js';

/** Stored-XSS payloads: HTML that runs script, a javascript: address, and Markdown link and image tricks. */
const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '[open the notes](javascript:window.__xss=1)',
  '<a href="javascript:window.__xss=1">notes</a>',
  '![chart](x" onerror="window.__xss=1)',
];
const ALL = PAYLOADS.join(' ');
const EVIL_EMAIL = '<img/src=x/onerror=window.__xss=1>@example.com';
const FRAMES = 'Frames the problem before the solution';

declare global {
  interface Window {
    __xss?: number;
  }
}

describe.runIf(browserAvailable() && postgresAvailable())('hosted mode shows what people write as text, never as markup', () => {
  let deployment: HostedServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const invitations: Record<string, string> = {};
  const accepted = new Set<string>();
  const emails = { candidate: EVIL_EMAIL, coach: 'coach@example.com', admin: 'admin@example.com' };
  let attemptId = 0;
  let candidateId = 0;

  async function signedIn(who: 'candidate' | 'coach' | 'admin'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    if (!accepted.has(who)) {
      // People arrive by the invitation link and choose a password on the page.
      accepted.add(who);
      await page.goto(`${deployment.url}/accept?token=${invitations[who]}`);
      await page.getByLabel('New password').fill(`${who}-password-1`);
      await page.getByLabel('The same password again').fill(`${who}-password-1`);
      await page.getByRole('button', { name: 'Set password and sign in' }).click();
    } else {
      // Any address without a session shows the sign-in page.
      await page.goto(`${deployment.url}/practice`);
      await page.getByLabel('Email').fill(emails[who]);
      await page.getByLabel('Password').fill(`${who}-password-1`);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
    await page.getByRole('button', { name: 'Sign out' }).first().waitFor();
    return page;
  }
  const post = (page: Page, path: string, body: unknown) =>
    page.evaluate(
      async ({ path, body }) => {
        const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        return { status: res.status, json: await res.json() };
      },
      { path, body },
    );
  /** No payload ran, no element came from one, and each expected text is on the page as written. */
  async function expectInert(page: Page, texts: string[]) {
    for (const text of texts) await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 15_000 });
    const found = await page.evaluate(() => ({
      xss: window.__xss,
      images: document.querySelectorAll('img[src="x"], img[src^="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
      links: document.querySelectorAll('a[href^="javascript:" i]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(found).toEqual({ xss: undefined, images: 0, scripts: 0, links: 0, handlers: 0 });
  }

  beforeAll(async () => {
    deployment = await startHostedServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const { accounts } = deployment.hosted;
    invitations.candidate = (await accounts.addUser({ email: EVIL_EMAIL, role: 'candidate', cohort: 'Spring 2027' })).invitation.token;
    invitations.coach = (await accounts.addUser({ email: 'coach@example.com', role: 'coach', cohort: 'Spring 2027' })).invitation.token;
    invitations.admin = (await accounts.addUser({ email: 'admin@example.com', role: 'admin' })).invitation.token;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await deployment?.close();
    expect(errors).toEqual([]);
  });

  it('a candidate stores payloads in an answer and a story, and sees them as text', async () => {
    const page = await signedIn('candidate');
    await expectInert(page, [EVIL_EMAIL]);
    const attempt = await post(page, '/api/attempts', { questionId: 'design-a-chatbot', answer: `I would first ask who the chatbot is for. ${ALL} Then I would pick one job for it.`, seconds: 60 });
    expect(attempt.status).toBe(201);
    attemptId = attempt.json.id;
    const story = await post(page, '/api/stories', { title: PAYLOADS[0], situation: ALL, task: ALL, action: ALL, result: ALL, competencies: ['ownership'] });
    expect(story.status).toBe(201);
    candidateId = (await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()).account.id)) as number;

    await page.goto(`${deployment.url}/practice/design-a-chatbot`);
    await page.getByRole('button', { name: /I would first ask/ }).click();
    await expectInert(page, PAYLOADS);
    await page.goto(`${deployment.url}/mock/stories`);
    await expectInert(page, [PAYLOADS[0] as string]);
    await page.getByRole('button', { name: /edit/i }).first().click().catch(() => undefined);
    await expectInert(page, [PAYLOADS[0] as string]);
    await page.goto(`${deployment.url}/account`);
    await expectInert(page, [EVIL_EMAIL]);
  });

  it('a coach reads the answer and the email on the cohort pages, and stores payloads in a review', async () => {
    const page = await signedIn('coach');
    await page.goto(`${deployment.url}/cohort`);
    await expectInert(page, [EVIL_EMAIL]);
    await page.getByRole('link', { name: 'Design a chatbot' }).click();
    await expectInert(page, [EVIL_EMAIL, ...PAYLOADS]);
    const start = (await page.evaluate(() => document.querySelector('.review-answer')?.textContent ?? '')).indexOf(PAYLOADS[0] as string);
    expect(start).toBeGreaterThan(0);
    const review = await post(page, `/api/cohort/candidates/${candidateId}/attempts/${attemptId}/reviews`, {
      points: [{ point: FRAMES, score: 4, comment: ALL }],
      comments: [{ span: [start, start + (PAYLOADS[0] as string).length], text: ALL }],
    });
    expect(review.status).toBe(201);
    await page.reload();
    await expectInert(page, [...PAYLOADS, `${FRAMES}`]);
  });

  it('the candidate sees the review beside the machine feedback, as text', async () => {
    const page = await signedIn('candidate');
    await page.goto(`${deployment.url}/practice/design-a-chatbot`);
    await page.getByRole('button', { name: /I would first ask/ }).click();
    await page.getByRole('heading', { name: "Your coach's review" }).waitFor();
    await expectInert(page, [...PAYLOADS, 'coach@example.com']);
    const quoted = await page.locator('.span-comments blockquote').first().textContent();
    expect(quoted).toBe(PAYLOADS[0]);
  });

  it('an administrator sees the emails as text, and a cohort name with markup is refused with the rule', async () => {
    const page = await signedIn('admin');
    await page.goto(`${deployment.url}/admin`);
    await expectInert(page, [EVIL_EMAIL, 'Spring 2027']);
    await page.getByLabel('New cohort').fill(PAYLOADS[0] as string);
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('alert').filter({ hasText: 'a cohort name uses letters, digits, spaces, dots, dashes and underscores' }).waitFor();
    const quoted = '"><script>window.__xss=1</script>@example.com';
    expect((await post(page, '/api/admin/users', { email: quoted, role: 'candidate' })).status).toBe(201);
    await page.getByLabel('Email').fill('javascript:window.__xss=1@example.com');
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.locator('#invitation-url').waitFor();
    await expectInert(page, ['javascript:window.__xss=1@example.com']);
    await page.reload();
    await expectInert(page, [EVIL_EMAIL, quoted, 'javascript:window.__xss=1@example.com']);
  });
});
