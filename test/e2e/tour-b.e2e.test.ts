import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openSession, type Session } from './browser.js';

/** WCAG contrast of two computed colours ("rgb(…)"/"rgba(…)"; an alpha is laid over the second). */
function contrast(fg: number[], bg: number[]): number {
  const lum = ([r, g, b]: number[]) => {
    const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

/** Colours as the browser computed them: [r, g, b] after laying translucent layers over what is under them. */
const COLOUR_HELPERS = `
  const parse = (c) => { const v = (c.match(/[\\d.]+/g) || []).map(Number); return v.length === 3 ? [...v, 1] : v; };
  const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3]));
  const backgroundOf = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
    return layers.reverse().reduce((under, layer) => (layer.length === 4 && layer[3] > 0 ? over(layer, under) : under), [255, 255, 255]);
  };
  const colourOf = (el) => { const c = parse(getComputedStyle(el).color); return over(c, backgroundOf(el)); };
`;

/** The theme tokens' pairs of text and background that the pages use. */
const TOKEN_PAIRS: Array<[string, string]> = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface-2'], ['muted', 'bg'], ['muted', 'surface'], ['muted', 'surface-2'],
  ['accent', 'bg'], ['accent', 'surface'], ['accent', 'accent-soft'], ['on-accent', 'accent'],
  ['good', 'good-soft'], ['good', 'surface'], ['warn', 'warn-soft'], ['warn', 'surface'], ['bad', 'bad-soft'], ['bad', 'surface'],
  ['on-good', 'good'], ['on-bad', 'bad'],
  ...['code-keyword', 'code-string', 'code-number', 'code-comment', 'code-function', 'code-type', 'code-invalid', 'text', 'muted'].flatMap(
    (token): Array<[string, string]> => [[token, 'surface'], [token, 'code-active-line']],
  ),
];

const SOLUTION = [
  'class LRUCache {',
  'constructor(capacity) { this.capacity = capacity; this.entries = new Map(); }',
  'get(key) { if (!this.entries.has(key)) return -1; const v = this.entries.get(key); this.entries.delete(key); this.entries.set(key, v); return v; }',
  'put(key, value) { this.entries.delete(key); if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value); this.entries.set(key, value); }',
  '}',
].join('\n');

async function replaceCode(page: Page, code: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Line number N and code line N, top edges, for every numbered line on screen: [n, numberTop, lineTop]. */
function lineTops(page: Page) {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.cm-content .cm-line')];
    return [...document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')]
      .filter((el) => /^\d+$/.test(el.textContent ?? ''))
      .map((el) => {
        const n = Number(el.textContent);
        const line = lines.find((l) => l.textContent?.startsWith(`const line${n} =`));
        return line ? [n, Math.round(el.getBoundingClientRect().top), Math.round(line.getBoundingClientRect().top)] : null;
      })
      .filter((row): row is number[] => row !== null);
  });
}

/**
 * Scrolls the editor to its end and reads the lines once CodeMirror has drawn the last ones: it draws
 * on its own measure cycle, which a busy machine can put off well past a fixed pause.
 */
async function linesAtBottom(page: Page): Promise<number[][]> {
  let rows: number[][] = [];
  for (let attempt = 0; attempt < 25; attempt++) {
    await page.locator('.cm-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(200);
    rows = await lineTops(page);
    if (rows.some(([n]) => n! >= 60)) break;
  }
  return rows;
}

const SIXTY_LINES = Array.from({ length: 80 }, (_, i) => `const line${i + 1} = ${i + 1}; // ${'step '.repeat(i % 6)}`).join('\n');

describe.runIf(browserAvailable())('what the tour found, fixed (web)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: every token pair and every colour in the code editor reaches 4.5:1`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 }, colorScheme: scheme });
      await page.goto(`${session.url}/code/lru-cache`);
      await page.getByRole('radio', { name: 'TypeScript' }).click();
      await replaceCode(page, `// a comment\ntype Key = number;\nfunction twice(n: number): string {\n  const s = "text" + \`\${n * 2}\`;\n  return s ? s : null;\n}\nclass Box { size = 1; flag = true; }`);

      const tokens = await page.evaluate(
        (names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(document.documentElement).getPropertyValue(`--${n}`).trim()])),
        [...new Set(TOKEN_PAIRS.flat())],
      );
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const weak = TOKEN_PAIRS.map(([fg, bg]) => [`${fg} on ${bg}`, contrast(rgb(tokens[fg]!), rgb(tokens[bg]!))] as const).filter(([, r]) => r < 4.5);
      expect(weak).toEqual([]);

      // What the browser drew: each syntax span and line number against what lies under it.
      const drawn = await page.evaluate(`(() => { ${COLOUR_HELPERS}
        const els = [...document.querySelectorAll('.cm-content span, .cm-content .cm-line, .cm-gutterElement, .button.primary')].filter((e) => e.textContent.trim());
        return els.map((e) => [e.className + ' ' + e.textContent.slice(0, 12), colourOf(e), backgroundOf(e)]);
      })()`) as Array<[string, number[], number[]]>;
      expect(drawn.filter(([name]) => name.includes('ͼ')).length).toBeGreaterThan(8);
      const low = drawn.map(([name, fg, bg]) => [name, Math.round(contrast(fg, bg) * 100) / 100] as const).filter(([, r]) => r < 4.5);
      expect(low).toEqual([]);
      if (scheme === 'dark') {
        // The editor is dark in the dark theme, not a light box.
        const editor = await page.evaluate(`(() => { ${COLOUR_HELPERS} return backgroundOf(document.querySelector('.cm-content')); })()`) as number[];
        expect(Math.max(...editor)).toBeLessThan(60);
      }
      await page.close();
    });
  }

  for (const width of [390, 1366]) {
    it(`code page at ${width} px: no sideways scroll, and line numbers stay on their lines past 60 lines and after scrolling`, async () => {
      const page = await session.browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`${session.url}/code/lru-cache`);
      await page.locator('.cm-content').waitFor();
      await replaceCode(page, SIXTY_LINES);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
      const typed = await lineTops(page);
      expect(typed.length).toBeGreaterThan(20);
      expect(typed.filter(([, number, line]) => number !== line)).toEqual([]);

      const bottom = await linesAtBottom(page);
      expect(bottom.some(([n]) => n! >= 60)).toBe(true);
      expect(bottom.filter(([, number, line]) => number !== line)).toEqual([]);

      // The draft comes back on reload, with the editor built out of view at 390 px: still aligned.
      await page.reload();
      await page.locator('.cm-content').waitFor();
      let reloaded = await lineTops(page);
      for (let attempt = 0; attempt < 25 && reloaded.length <= 20; attempt++) {
        await page.waitForTimeout(200);
        reloaded = await lineTops(page);
      }
      expect(reloaded.length).toBeGreaterThan(20);
      expect(reloaded.filter(([, number, line]) => number !== line)).toEqual([]);
      await page.locator('.cm-editor').scrollIntoViewIfNeeded();
      const after = await linesAtBottom(page);
      expect(after.some(([n]) => n! >= 60)).toBe(true);
      expect(after.filter(([, number, line]) => number !== line)).toEqual([]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
      await page.evaluate(() => localStorage.clear());
      await page.close();
    });
  }

  it('labels a passing run "Examples passed" as the server does, and sends the seconds spent with each submission', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const sent: Array<{ mode: string; seconds: number }> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/submissions')) sent.push(request.postDataJSON() as { mode: string; seconds: number });
    });
    await page.goto(`${session.url}/code/lru-cache`);
    await page.locator('.cm-content').waitFor();
    await page.getByRole('radio', { name: 'JavaScript' }).click();
    await replaceCode(page, SOLUTION);
    await page.waitForTimeout(2_000);
    await page.getByRole('button', { name: 'Run examples' }).click();
    await page.waitForFunction(() => document.querySelector('.code-verdict strong')?.textContent === 'Examples passed', undefined, { timeout: 20_000 });
    expect(await page.locator('.submission-row span').first().textContent()).toBe('Examples passed');

    await page.waitForTimeout(1_000);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForFunction(() => document.querySelector('.code-verdict strong')?.textContent === 'Accepted', undefined, { timeout: 20_000 });
    expect(sent.map((s) => s.mode)).toEqual(['run', 'submit']);
    expect(sent[0]!.seconds).toBeGreaterThanOrEqual(2);
    expect(sent[0]!.seconds).toBeLessThan(30);
    // Counted from the run, not from the page opening.
    expect(sent[1]!.seconds).toBeGreaterThanOrEqual(1);
    expect(sent[1]!.seconds).toBeLessThan(sent[0]!.seconds + 1);

    const stored = await page.evaluate(async () => (await (await fetch('/api/submissions?problemId=lru-cache')).json()) as { submissions: Array<{ mode: string; label: string; workSeconds?: number }> });
    expect(stored.submissions.map((s) => [s.mode, s.label])).toEqual([
      ['submit', 'Accepted'],
      ['run', 'Examples passed'],
    ]);
    expect(stored.submissions.map((s) => s.workSeconds)).toEqual([sent[1]!.seconds, sent[0]!.seconds]);
    await page.reload();
    await page.locator('.submission-row').nth(1).waitFor();
    expect(await page.locator('.submission-row span:first-child').allTextContents()).toEqual(['Accepted', 'Examples passed']);
    await page.close();
  });

  it('availability: an invalid value clears the last result and says in plain words what to enter', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.url}/toolkit/availability`);
    const input = page.getByRole('textbox', { name: 'Availability' });
    await input.fill('99.9');
    await page.waitForFunction(() => document.querySelector('[data-testid=downtime]')?.textContent?.includes('8h 45m 58s'));

    await input.fill('120');
    const error = page.locator('.calc-inputs .calc-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Availability must be a percent from 0 to 100 (you gave 120). Enter one such as 99.9 or 99.99.');
    expect(await page.locator('[data-testid=downtime]').count()).toBe(0);
    expect(await page.locator('.calc-table').count()).toBe(0);

    await input.fill('99.99');
    await page.waitForFunction(() => document.querySelector('[data-testid=downtime]')?.textContent?.includes('52m 36s'));
    expect(await error.count()).toBe(0);
    await input.fill('ninety');
    await page.waitForFunction(() => !document.querySelector('[data-testid=downtime]'));
    expect(await page.locator('.calc-inputs .field-error').textContent()).toBe('Enter a number');
    expect(await page.locator('.calc-inputs .calc-hint').textContent()).toBe('Fill in the highlighted fields to see the result.');
    await page.close();
  });

  it('A/B test: the line to say agrees with the result, both from the server', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${session.url}/toolkit/ab`);
    const say = page.getByTestId('ab-say');
    await page.waitForFunction(() => document.querySelector('.calc-results .calc-verdict')?.textContent?.startsWith('Significant'));
    expect(await say.textContent()).toBe('Say it: “The variant converts at 13% against 10% (+30% relative); at 95% confidence that lift is significant (p = 0.0355).”');
    expect(await page.getByText(/not significant/i).count()).toBe(0);

    await page.getByRole('group', { name: 'Variant' }).getByRole('textbox', { name: 'Conversions' }).fill('110');
    await page.waitForFunction(() => document.querySelector('.calc-results .calc-verdict')?.textContent?.startsWith('Not significant yet'));
    expect(await say.textContent()).toBe(
      'Say it: “The variant converts at 11% against 10% (+10% relative), but at 95% confidence that is not significant yet (p = 0.4657): we need about 14,751 visitors per arm to detect it.”',
    );
    expect(await page.getByText(/^Significant/).count()).toBe(0);
    await page.close();
  });

  for (const width of [1366, 390]) {
    it(`practice filters at ${width} px: no control overlaps another`, async () => {
      const page = await session.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${session.url}/practice?type=behavioral`);
      await page.locator('.filters select').first().waitFor();
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.filters select, .filters .filter > span, .filters > button')].map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute('name') ?? el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      // Seven filters with their labels and the clear button; the track is chosen in the track switch above them.
      expect(boxes.length).toBe(15);
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.name} / ${b.name}`);
        }),
      );
      expect(overlaps).toEqual([]);
      expect(boxes.every((b) => b.right <= width)).toBe(true);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
      await page.close();
    });
  }
});
