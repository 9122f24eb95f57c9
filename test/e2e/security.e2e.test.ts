import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

/** Every route that changes data (or could): forms and no-cors fetches can only POST, so PUT and DELETE are sent as POST too. */
const WRITE_ROUTES = [
  '/api/checklist',
  '/api/attempts',
  '/api/submissions',
  '/api/import',
  '/api/import?replace=true',
  '/api/backups',
  '/api/exercises/design/url-shortener/attempts',
  '/api/flashcards/settings',
  '/api/flashcards/cap-theorem/review',
  '/api/mocks',
  '/api/mocks/1/begin',
  '/api/mocks/1/answer',
  '/api/mocks/1/follow-up',
  '/api/mocks/1/pause',
  '/api/mocks/1/resume',
  '/api/mocks/1/finish',
  '/api/plan',
  '/api/stories',
  '/api/stories/1',
  '/api/stories/1/links',
  '/api/coach',
  '/api/calc/availability',
];

/** A page on another origin that tries every write route with the three kinds of HTML form and two kinds of no-cors fetch. */
function attackPage(target: string): string {
  const forms = WRITE_ROUTES.flatMap((route, i) =>
    ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].map(
      (enctype, j) =>
        `<iframe name="f${i}-${j}"></iframe><form target="f${i}-${j}" method="POST" enctype="${enctype}" action="${target}${route}">` +
        `<input name='{"title":"pwned","x":"' value='"}'></form>`,
    ),
  );
  return `<!doctype html><body>${forms.join('\n')}<script>
    const routes = ${JSON.stringify(WRITE_ROUTES)};
    window.attack = async () => {
      for (const form of document.forms) form.submit();
      await Promise.all(routes.flatMap((route) => [
        fetch(${JSON.stringify(target)} + route, { method: 'POST', mode: 'no-cors' }).catch(() => null),
        fetch(${JSON.stringify(target)} + route, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'pwned', done: true }) }).catch(() => null),
      ]));
    };
  </script></body>`;
}

describe.runIf(browserAvailable())('a page on another origin cannot change anything', () => {
  let session: Session;
  let attacker: http.Server;
  let attackerUrl = '';
  const api = (path: string, init?: RequestInit) => fetch(`${session.url}${path}`, init);
  const postJson = (path: string, body: unknown) => api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    session = await openSession();
    attacker = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(attackPage(session.url)));
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => attacker?.close(resolve));
    await session?.close();
  });

  it('forms and no-cors fetches to every write route are refused, and the data stays as it was', async () => {
    // Something for the attack to change: a story and a mock in progress.
    expect((await postJson('/api/stories', { title: 'Mine', situation: 'S.', task: 'T.', action: 'A.', result: 'R.', competencies: ['conflict'] })).status).toBe(201);
    const loops = (await (await api('/api/mocks/loops')).json()) as { loops: Array<{ id: string }> };
    expect((await postJson('/api/mocks', { loopId: loops.loops[0]?.id })).status).toBe(201);
    expect((await api('/api/mocks/1/begin', { method: 'POST' })).status).toBe(200);
    const before = (await (await api('/api/export')).json()) as { tables: unknown };
    const backupsBefore = await (await api('/api/backups')).json();

    const { page } = session;
    const statuses: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(session.url)) statuses.push(response.status());
    });
    await page.goto(attackerUrl);
    await page.evaluate(() => (window as unknown as { attack: () => Promise<void> }).attack());
    await page.waitForTimeout(1500);

    // Each form and each fetch reached the server and was refused there.
    expect(statuses.length).toBeGreaterThanOrEqual(WRITE_ROUTES.length * 2);
    expect([...new Set(statuses)]).toEqual([403]);
    const after = (await (await api('/api/export')).json()) as { tables: unknown };
    expect(after.tables).toEqual(before.tables);
    expect(await (await api('/api/backups')).json()).toEqual(backupsBefore);
  });
});
