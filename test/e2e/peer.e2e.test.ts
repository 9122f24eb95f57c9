import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHosted, type HostedRuntime } from '../../src/app/hosted.js';
import { openTestApp } from '../../src/app/testing.js';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/server.js';
import { openPostgresDb } from '../../src/store/index.js';
import { postgresBinaries, startCluster, type Cluster } from '../postgres/cluster.js';
import { browserAvailable, CHROMIUM } from './browser.js';

const SHOTS = process.env.TPMPREP_SHOTS;
const bin = postgresBinaries();
const run = bin && browserAvailable() ? describe : describe.skip;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

run('peer mock in two browsers', () => {
  let cluster: Cluster;
  let base: Awaited<ReturnType<typeof openTestApp>>;
  let hosted: HostedRuntime;
  let server: FastifyInstance;
  let browser: Browser;
  let url = '';
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    cluster = await startCluster(bin ?? '');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    base = await openTestApp({ db: await openPostgresDb(cluster.url), mode: 'hosted' });
    hosted = await openHosted(base, { publicUrl: url });
    server = buildServer(base, { hosted });
    await server.listen({ host: '127.0.0.1', port });
    for (const who of ['ann', 'bo']) {
      const added = await hosted.accounts.addUser({ email: `${who}@example.com`, role: 'candidate', cohort: 'Spring 2027' });
      tokens[who] = (await hosted.accounts.accept({ token: added.invitation.token, password: `${who}-password-1` })).session.token;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await hosted?.close();
    await base?.close();
    cluster?.stop();
  });

  const pageOf = async (who: string, width = 1366, dark = false): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    await context.addCookies([{ name: 'tpmprep_session', value: tokens[who] ?? '', url }]);
    return context.newPage();
  };
  const seconds = async (page: Page) => Number(await page.getByRole('timer').getAttribute('data-seconds'));

  it('shows both people the same clock, lets the interviewer score, and swaps', async () => {
    const ann = await pageOf('ann');
    const bo = await pageOf('bo', 390, true);
    await ann.goto(`${url}/peer`);
    await ann.getByRole('button', { name: 'Open a peer mock' }).click();
    await ann.getByRole('heading', { name: 'Waiting for a partner' }).waitFor();
    await bo.goto(`${url}/peer`);
    await bo.getByRole('button', { name: "Join ann@example.com's peer mock" }).click();
    await bo.getByRole('heading', { name: 'ann@example.com interviews you' }).waitFor();
    await ann.getByRole('heading', { name: 'You interview bo@example.com' }).waitFor();
    await ann.getByRole('button', { name: 'Start the clock' }).click();
    await bo.waitForFunction(() => Number(document.querySelector('[role=timer]')?.getAttribute('data-seconds')) >= 2, undefined, { timeout: 10_000 });
    const [a, b] = await Promise.all([seconds(ann), seconds(bo)]);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    expect(await bo.getByRole('heading', { name: 'Rubric' }).count()).toBe(0);
    expect(await ann.getByRole('heading', { name: 'Rubric' }).count()).toBe(1);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await ann.screenshot({ path: `${SHOTS}/peer-interviewer-1366-light.png`, fullPage: true });
      await bo.screenshot({ path: `${SHOTS}/peer-candidate-390-dark.png`, fullPage: true });
    }
    for (const group of await ann.getByRole('radiogroup').all()) await group.getByLabel('4').check();
    await ann.getByRole('button', { name: 'Send the scores' }).click();
    await bo.getByRole('button', { name: 'Swap roles' }).click();
    await bo.getByRole('heading', { name: 'You interview ann@example.com' }).waitFor();
    await ann.getByRole('heading', { name: 'bo@example.com interviews you' }).waitFor();
    expect(await bo.getByRole('heading', { name: 'Rubric' }).count()).toBe(1);
    expect(await ann.getByText('Round 1: bo@example.com on').count()).toBe(1);
    if (SHOTS) {
      await ann.screenshot({ path: `${SHOTS}/peer-candidate-1366-light.png`, fullPage: true });
      await bo.screenshot({ path: `${SHOTS}/peer-interviewer-390-dark.png`, fullPage: true });
      const list = await pageOf('ann', 390, false);
      await list.goto(`${url}/peer`);
      await list.getByRole('heading', { name: 'Peer mock', exact: true }).waitFor();
      await list.screenshot({ path: `${SHOTS}/peer-list-390-light.png`, fullPage: true });
    }
  });
});
