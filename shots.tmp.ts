import { openSession } from './test/e2e/browser.js';
const s = await openSession({ welcome: true });
const out = '/tmp/wt31-shots';
const shot = async (route: string, name: string) => {
  for (const width of [390, 1366]) for (const scheme of ['light', 'dark'] as const) {
    const page = await s.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${s.url}${route}`);
    await page.waitForSelector('h1');
    await page.waitForTimeout(400);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(name, width, scheme, 'sideways', sideways);
    await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
    await page.close();
  }
};
await shot('/', 'welcome');
await fetch(`${s.url}/api/first-run/skip`, { method: 'POST' });
await shot('/settings', 'settings');
await s.close();
