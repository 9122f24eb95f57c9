import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rules run on every page, and the structure rules (headings, landmarks) that axe files as best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
export const STRUCTURE_RULES = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-complementary-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
];

export interface Finding {
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

const inFlight = new WeakMap<Page, number>();

/** Counts the page's unanswered requests, so `settle` can wait for the data behind the page. */
export function trackRequests(page: Page): void {
  const add = (n: number) => inFlight.set(page, (inFlight.get(page) ?? 0) + n);
  page.on('request', () => add(1));
  page.on('requestfinished', () => add(-1));
  page.on('requestfailed', () => add(-1));
}

/**
 * Waits until the page has its heading, no loading spinner or dimmed result, and no request on the way (twice in a row, 50 ms
 * apart, so a request started by an answer counts), then for two frames so styles have applied. Returns what
 * was still wrong after 10 s: a page that never gets there is itself a finding.
 */
export async function settle(page: Page): Promise<string | null> {
  const deadline = Date.now() + 10_000;
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    const ready = (inFlight.get(page) ?? 0) === 0 && (await page.evaluate(() => document.querySelector('main h1') !== null && document.querySelector('main .spinner, main .pending') === null));
    quiet = ready ? quiet + 1 : 0;
    if (quiet < 2) await page.waitForTimeout(50);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  if (quiet >= 2) return null;
  return page.evaluate(
    (pending) =>
      `not settled after 10 s: ${document.querySelector('main .spinner') ? 'still loading' : document.querySelector('main h1') ? `${pending} requests unanswered` : 'no h1 in main'}; main reads "${(document.querySelector('main')?.textContent ?? '').trim().slice(0, 120)}"`,
    inFlight.get(page) ?? 0,
  );
}

/** Runs axe in the page; returns the violations that count: serious or critical WCAG ones, and any structure one. */
export async function axeFindings(page: Page): Promise<{ findings: Finding[]; all: Finding[] }> {
  // Evaluated from outside the page, so the page's Content-Security-Policy stays on and is checked as it runs.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries(STRUCTURE_RULES.map((id) => [id, { enabled: true }]));
  const all = await page.evaluate(
    async ({ tags, rules }) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'none', summary: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
    },
    { tags: AXE_TAGS, rules },
  );
  const findings = all.filter((f) => f.impact === 'serious' || f.impact === 'critical' || STRUCTURE_RULES.includes(f.rule));
  return { findings, all };
}

/** Heading problems axe does not catch on its own: exactly one h1, and no level skipped on the way down. */
export async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role=heading]')].filter(
      (h) => h.closest('[aria-hidden=true], [hidden], [inert]') === null && h.checkVisibility({ visibilityProperty: true }),
    );
    const levelOf = (h: HTMLElement) => (h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level') ?? 2) : Number(h.tagName[1]));
    const problems: string[] = [];
    const h1s = headings.filter((h) => levelOf(h) === 1).length;
    if (h1s !== 1) problems.push(`${h1s} h1 headings (want exactly one)`);
    let previous = 0;
    for (const h of headings) {
      const level = levelOf(h);
      if (level > previous + 1) problems.push(`h${level} "${(h.textContent ?? '').trim().slice(0, 60)}" follows h${previous}`);
      previous = level;
    }
    return problems;
  });
}

/** When the page scrolls sideways: the widths and the elements that stick out furthest past the right edge. */
export async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth <= window.innerWidth) return null;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
      return `${el.tagName.toLowerCase()}${id}${classes}`;
    };
    // An element inside a box that scrolls or clips on its own cannot widen the page.
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ el, right }) => right > window.innerWidth + 0.5 && !clipped(el))
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({ el, right }) => `${describe(el)} (${Math.round(right)} px)`);
    return `scrollWidth ${root.scrollWidth} > innerWidth ${window.innerWidth}; widest: ${wide.join(', ') || 'none found'}`;
  });
}
