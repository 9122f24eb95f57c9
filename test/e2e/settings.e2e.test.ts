import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

const DARK_BG = 'rgb(20, 22, 27)';
const LIGHT_BG = 'rgb(247, 247, 245)';

describe.runIf(browserAvailable())('the Settings page in a real browser', () => {
  let session: Session;
  let fake: http.Server;
  let fakeUrl: string;
  const api = async (route: string, init?: RequestInit) => (await fetch(`${session.url}${route}`, init)).json();
  const post = (route: string, body: unknown) => api(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    session = await openSession();
    // A stand-in for an OpenAI-compatible endpoint on loopback: /ok answers, /denied refuses the key.
    fake = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url === '/ok/v1/chat/completions') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: 'ready' } }] }));
        } else {
          res.writeHead(401, { 'content-type': 'application/json' });
          res.end('{"error":"bad key"}');
        }
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    fake?.closeAllConnections();
    await new Promise<void>((resolve) => (fake ? fake.close(() => resolve()) : resolve()));
    await session?.close();
  });

  it('is in the sidebar with Stories, and the theme chosen there holds across a reload and another browser', async () => {
    const { page } = session;
    await page.goto(session.url);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Stories' }).click();
    await page.waitForURL(`${session.url}/mock/stories`);
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('❝Stories');
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.title()).toBe('Settings · tpmprep');
    expect(await page.getByRole('radio', { name: 'Follow the system' }).isChecked()).toBe(true);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByText('Saved: Dark.').waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);

    // The server writes the theme into the page itself: dark from the first paint, before any script runs.
    const reload = await page.reload();
    expect(await reload?.text()).toContain('<html data-theme="dark" lang="en">');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);

    // Another browser with a light system theme still gets the saved dark one, with scripts off.
    const other = await session.browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
    const second = await other.newPage();
    await second.goto(`${session.url}/settings`);
    expect(await second.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);
    await other.close();

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Light' }).check();
    await page.getByText('Saved: Light.').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BG);
    await page.getByRole('radio', { name: 'Follow the system' }).check();
    await page.getByText('Saved: Follow the system.').waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);
    expect((await api('/api/settings')).theme).toBe('system');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('tests the language model: the reply on success, the exact failure otherwise; saving turns it on', async () => {
    const { page } = session;
    await page.goto(`${session.url}/settings#model`);
    const status = page.getByTestId('model-status');
    expect(await status.textContent()).toBe('Off. The coach works without one; a model adds a written critique.');
    await page.getByLabel('URL').fill(`${fakeUrl}/ok/v1`);
    await page.getByLabel('Model', { exact: true }).fill('tiny');
    await page.getByRole('button', { name: 'Test' }).click();
    const outcome = page.getByTestId('model-test');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(new RegExp(`^It answered in \\d+ ms \\(tiny at ${fakeUrl}/ok/v1/chat/completions\\): ready$`));
    expect(await outcome.locator('q').textContent()).toBe('ready');

    await page.getByLabel('URL').fill(`${fakeUrl}/denied/v1`);
    expect(await outcome.count()).toBe(0);
    await page.getByRole('button', { name: 'Test' }).click();
    await outcome.waitFor();
    expect(await outcome.locator('strong').textContent()).toBe('No answer: http, HTTP 401');
    expect(await outcome.locator('span').textContent()).toBe(
      `The language model at ${fakeUrl}/denied/v1/chat/completions answered with HTTP 401: {"error":"bad key"}. (tiny at ${fakeUrl}/denied/v1/chat/completions)`,
    );

    // A URL the server refuses: the message is tied to the URL field.
    await page.getByLabel('URL').fill('ftp://example.org');
    await page.getByRole('button', { name: 'Save model' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Not saved' });
    expect(await error.textContent()).toBe('Not saved: invalid settings: llm.baseUrl: llm.baseUrl is an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1');
    expect(await page.getByLabel('URL').getAttribute('aria-invalid')).toBe('true');
    expect((await page.getByLabel('URL').getAttribute('aria-describedby'))?.split(' ')[0]).toBe(await error.getAttribute('id'));

    await page.getByLabel('URL').fill(`${fakeUrl}/ok/v1`);
    await page.getByLabel('API key (optional)').fill('sk-test-000011112222');
    await page.getByRole('button', { name: 'Save model' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    expect(await status.textContent()).toBe(`On: tiny at ${fakeUrl}/ok/v1.`);
    expect(await page.getByLabel('API key (optional)').inputValue()).toBe('');
    expect((await api('/api/settings')).llm).toEqual({ configured: true, source: 'settings', baseUrl: `${fakeUrl}/ok/v1`, model: 'tiny', apiKey: '••••2222', hasKey: true });
    await page.getByRole('button', { name: 'Turn the model off' }).click();
    await page.getByText('Off. The coach works without one; a model adds a written critique.').waitFor();
    expect((await api('/api/settings')).llm.configured).toBe(false);
  });

  it('exports, resets only after asking twice, and imports the export back with the same counts', async () => {
    const { page } = session;
    // Some history to carry: an answer, a story, a ticked checklist item, a flashcard setting.
    const theme = (await api('/api/stories/themes')).themes[0].id as string;
    const item = (await api('/api/checklist')).items[0].id as string;
    await post('/api/attempts', { questionId: 'relational-vs-nosql', answer: 'Postgres for orders: ACID and joins; a document store for the catalog.', seconds: 95 });
    await post('/api/stories', {
      title: 'Checkout migration',
      situation: 'Checkout ran on a monolith that failed at peak.',
      task: 'I owned moving payments to a new service in one quarter.',
      action: 'I split the work into three releases and ran a weekly risk review with the payments and platform leads.',
      result: 'We shipped two weeks early and checkout errors fell from 2% to 0.4%.',
      competencies: [theme],
    });
    await fetch(`${session.url}/api/checklist`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: item, done: true }) });
    await page.goto(`${session.url}/settings#flashcards`);
    await page.getByLabel('New cards a day').fill('12');
    await page.getByRole('button', { name: 'Save flashcard settings' }).click();
    // Another form's "Saved." from an earlier test may still show: this one is the flashcards form's.
    await page.getByRole('form', { name: 'Flashcards' }).getByText('Saved.', { exact: true }).waitFor();
    expect((await api('/api/settings')).flashcards).toEqual({ desiredRetention: 0.9, newCardsPerDay: 12 });

    expect(await page.getByTestId('data-folder').textContent()).toBe(session.home);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download an export' }).click();
    const download = await downloading;
    const file = path.join(session.home, 'my-export.json');
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { tables: Record<string, unknown[]> };
    const counts = Object.fromEntries(Object.entries(exported.tables).map(([name, rows]) => [name, rows.length]));
    expect(counts).toMatchObject({ attempts: 1, stories: 1, checklist: 1 });
    expect(counts.settings).toBeGreaterThanOrEqual(2);

    // The first ask: a confirm step that can be cancelled.
    // Each step takes the focus: Cancel (the safe choice) on the first ask, the phrase field on the second.
    const focused = () => page.evaluate(() => document.activeElement?.textContent || document.activeElement?.getAttribute('name'));
    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByText('Are you sure?').waitFor();
    expect(await focused()).toBe('Cancel');
    await page.keyboard.press('Enter');
    expect(await page.getByText('Are you sure?').count()).toBe(0);
    expect(await focused()).toBe('Delete all my data…');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, continue' }).click();
    // The second ask: the phrase, checked by the server.
    const phrase = page.getByLabel('Type delete all my data to confirm');
    expect(await focused()).toBe('confirm');
    await phrase.fill('delete my data');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Not deleted' });
    expect(await refused.textContent()).toBe('Not deleted: invalid reset: confirm: to delete everything, send confirm: "delete all my data" exactly');
    expect(await phrase.getAttribute('aria-describedby')).toBe(await refused.getAttribute('id'));
    expect((await api('/api/stories')).stories).toHaveLength(1);

    await phrase.fill('delete all my data');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    const result = page.getByTestId('reset-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/^Deleted\. .*1 stories.*The backup taken first is .*\.sqlite\. Run the welcome again$/);
    expect((await api('/api/stories')).stories).toHaveLength(0);
    expect((await api('/api/attempts')).attempts).toHaveLength(0);
    expect(await api('/api/settings')).toMatchObject({ firstRunDone: false, flashcards: { newCardsPerDay: 20 } });
    expect(await page.getByLabel('New cards a day').inputValue()).toBe('20');

    await page.getByLabel('Export file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click();
    const imported = page.getByTestId('import-counts');
    await imported.waitFor();
    const shown = Object.fromEntries((await imported.locator('li').allTextContents()).map((line) => [line.replace(/ \d+$/, '').replace(/ /g, '_'), Number(/\d+$/.exec(line)?.[0])]));
    expect(shown).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
    expect((await api('/api/stories')).stories.map((s: { title: string }) => s.title)).toEqual(['Checkout migration']);
    expect((await api('/api/attempts')).attempts).toHaveLength(1);
    expect(await api('/api/settings')).toMatchObject({ firstRunDone: true, flashcards: { newCardsPerDay: 12 } });
    expect(await page.getByLabel('New cards a day').inputValue()).toBe('12');

    // Importing again into a folder that holds data is refused, with what to do.
    await page.getByRole('button', { name: 'Import' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Not imported' });
    expect(await conflict.textContent()).toMatch(/^Not imported: the database already holds data \(.*1 stories.*\); import into an empty data folder, or replace everything/);
  });
});
