import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../src/cli/run-cli.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether browser tests can run here. Under CI a missing browser is an error, not a skip. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`Chromium is missing at ${CHROMIUM}; under CI the browser tests must run (apt-get install chromium)`);
  }
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.\n!! Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.\n${line}\n`);
  return false;
}

export interface Session {
  browser: Browser;
  page: Page;
  url: string;
  home: string;
  restartServer: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A real server on a fresh data folder and a real headless Chromium pointed at it; `args` adds Chromium flags.
 * A fresh folder opens on the welcome; tests of other pages start past it (skipped) unless `welcome` is true.
 */
export async function openSession(options: { args?: string[]; welcome?: boolean } = {}): Promise<Session> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-e2e-'));
  let server = await startServer({ home, port: 0 });
  if (!options.welcome) {
    const skipped = await fetch(`${server.url}/api/first-run/skip`, { method: 'POST' });
    if (!skipped.ok) throw new Error(`could not skip the welcome: ${skipped.status} ${await skipped.text()}`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(options.args ?? [])],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const session: Session = {
    browser,
    page,
    url: server.url,
    home,
    restartServer: async () => {
      const port = new URL(session.url).port;
      await server.stop();
      server = await startServer({ home, port: Number(port) });
    },
    close: async () => {
      await browser.close();
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
    },
  };
  return session;
}
