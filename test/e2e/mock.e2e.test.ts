import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openSession, type Session } from './browser.js';

const STAR =
  'At my last company we were launching a new checkout for 2 million users. I was responsible for the launch plan. ' +
  'I met each team lead, I proposed a phased rollout and I tracked the risks weekly. As a result we shipped on time and conversion rose 4%.';
const TECH =
  'A cache trades freshness for latency. I would use a read-through cache with a five minute TTL, invalidate on writes, and measure the hit rate and p99 latency. ' +
  'The alternative is read replicas; the risk is a thundering herd on expiry, so I would add jitter.';

describe.runIf(browserAvailable())('mock interview in a real browser', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(() => session?.close());

  it('runs the quick loop to its debrief, surviving a pause and a server restart, and the dashboard changes', async () => {
    const { page } = session;
    await page.goto(session.url);
    await page.getByTestId('overall').waitFor();
    expect(await page.getByTestId('overall').textContent()).toBe('Unknown');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Mock interview' }).click();
    const quick = page.locator('[data-loop="quick"]');
    // The loops arrive after the page: wait for them before reading the list.
    await quick.locator('.loop-stage-title').first().waitFor();
    expect(await quick.locator('.loop-stage-title').allTextContents()).toEqual(['Phone screen warm-up', 'Technical concept']);
    expect(await quick.locator('.loop-minutes').textContent()).toBe('15 min');
    await page.getByRole('button', { name: 'Start the Quick practice loop' }).click();
    await page.waitForURL('**/mock/1');

    // Stage 1: a behavioral question against a 5-minute clock that counts down.
    await page.getByRole('button', { name: 'Begin the first stage' }).click();
    const clock = page.getByTestId('countdown');
    await clock.waitFor();
    expect(await clock.textContent()).toMatch(/^[45]:\d\d$/);
    const first = await clock.textContent();
    await page.waitForFunction((before) => document.querySelector('[data-testid=countdown]')?.textContent !== before, first, { timeout: 5000 });
    await page.getByRole('textbox', { name: 'Your answer', exact: true }).fill(STAR);
    await page.getByRole('button', { name: 'Submit answer' }).click();

    // One follow-up, chosen from the gaps in the answer; no score is shown during the interview.
    await page.getByText('The interviewer follows up').waitFor();
    expect((await page.locator('.interviewer-question').textContent())?.length).toBeGreaterThan(10);
    expect(await page.locator('.coach-panel').count()).toBe(0);

    // Pause, restart the server, and come back to the same follow-up with the clock stopped.
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    const question = await page.evaluate(async () => ((await (await fetch('/api/mocks/1')).json()) as { followUp: { question: string } | null }).followUp?.question ?? null);
    await session.restartServer();
    await page.goto(`${session.url}/mock`);
    await page.getByRole('link', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText('The interviewer follows up').waitFor();
    expect(await page.locator('.interviewer-question').textContent()).toBe(question);
    const followUp = page.getByRole('textbox', { name: 'Your answer to the follow-up' });
    await followUp.fill('We measured conversion weekly against a holdout group, and support tickets fell 12%.');
    await followUp.press('Control+Enter');

    // Stage 2 starts only when asked: the break is not timed.
    await page.getByRole('button', { name: 'Begin stage 2' }).click();
    await page.getByRole('textbox', { name: 'Your answer', exact: true }).fill(TECH);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('button', { name: 'Pass' }).click();

    // The debrief: a hire signal with reasons, scores per stage and dimension, moments and what to practise.
    // The canned answers may not fit the questions the loop drew; the debrief then says so, by name.
    await page.getByTestId('hire-signal').waitFor();
    const signal = await page.evaluate(async () => ((await (await fetch('/api/mocks/1/debrief')).json()) as { signal: { title: string; reasons: string[] } }).signal);
    expect(await page.getByTestId('hire-signal').textContent()).toBe(signal.title);
    expect(['Strong hire', 'Hire', 'Lean no hire', 'No hire', 'Not enough to call']).toContain(signal.title);
    expect(await page.locator('.signal-reasons li').allTextContents()).toEqual(signal.reasons);
    expect(await page.getByTestId('debrief-overall').textContent()).toMatch(/^\d+$/);
    expect(await page.locator('[aria-labelledby=stage-scores] .score-label').allTextContents()).toEqual([expect.stringMatching(/^Phone screen warm-up · /), expect.stringMatching(/^Technical concept · /)]);
    expect(await page.locator('[aria-labelledby=dimension-scores] .score-row').count()).toBe(6);
    expect(await page.locator('.moment.strong').count()).toBe(1);
    expect(await page.locator('.moment.weak').count()).toBe(1);
    expect(await page.locator('.practice-next li').count()).toBeGreaterThan(0);

    // The dashboard now reads the mock as evidence: readiness is no longer unknown on the questions' areas.
    const areas = await page.evaluate(async () => {
      const debrief = (await (await fetch('/api/mocks/1/debrief')).json()) as { stages: Array<{ items: Array<{ refId: string }> }> };
      const id = debrief.stages[0]?.items[0]?.refId ?? '';
      return ((await (await fetch(`/api/questions/${id}`)).json()) as { areas: string[] }).areas;
    });
    await page.getByRole('link', { name: 'See your readiness' }).click();
    await page.getByTestId('overall').waitFor();
    await page.waitForFunction((id) => document.querySelector(`[data-testid=area-${id}]`)?.textContent !== 'Unknown', areas[0]);
    for (const area of areas) expect(await page.getByTestId(`area-${area}`).textContent()).toMatch(/^\d+%$/);
    // Two mock stages are too little for an overall figure (five areas and five scored pieces of practice).
    expect(await page.getByTestId('overall').textContent()).toBe('Unknown');
    expect(await page.getByTestId('streak').textContent()).toBe('1 day');
  });

  it('never calls a hire on answers that are not about the questions', async () => {
    const { page } = session;
    const recipe =
      'Whisk two eggs with a cup of milk and a spoon of sugar. Fold in a cup of flour and a pinch of salt until the batter is smooth. ' +
      'Heat a pan with butter, pour a ladle of batter and flip each pancake when bubbles form. Serve warm with berries and maple syrup.';
    await page.goto(`${session.url}/mock`);
    await page.getByRole('button', { name: 'Start the Quick practice loop' }).click();
    await page.waitForURL(/\/mock\/\d+$/);
    await page.getByRole('button', { name: 'Begin the first stage' }).click();
    await page.getByRole('textbox', { name: 'Your answer', exact: true }).fill(recipe);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByText('The interviewer follows up').waitFor();
    await page.getByRole('button', { name: 'Pass' }).click();
    await page.getByRole('button', { name: 'Begin stage 2' }).click();
    await page.getByRole('textbox', { name: 'Your answer', exact: true }).fill(recipe);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('button', { name: 'Pass' }).click();

    await page.getByTestId('hire-signal').waitFor();
    expect(await page.getByTestId('hire-signal').textContent()).toBe('Not enough to call');
    const reasons = await page.locator('.signal-reasons li').allTextContents();
    expect(reasons.at(-1)).toBe('0 of 2 answers gave evidence: too little for a panel to call.');
    expect(reasons.slice(0, 2)).toEqual([expect.stringMatching(/gave no evidence \(not about the question\) and counts 0\.$/), expect.stringMatching(/gave no evidence \(not about the question\) and counts 0\.$/)]);
    expect(await page.getByTestId('debrief-overall').textContent()).toBe('0');
  });

  it('keeps the story bank: write a story, see the coach check and the matrix, reach it from the mock page', async () => {
    const { page } = session;
    await page.goto(`${session.url}/mock`);
    await page.getByRole('link', { name: 'Open the story bank' }).click();
    await page.waitForURL('**/mock/stories');
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Search index disagreement');
    await page.getByRole('textbox', { name: 'Situation' }).fill('Our checkout team was two weeks from a launch for 2 million users when the tech lead and I disagreed.');
    await page.getByRole('textbox', { name: 'Task' }).fill('I was responsible for getting a decision before the design review.');
    await page.getByRole('textbox', { name: 'Action' }).fill('I met him one-on-one, asked about his concerns, and I proposed a two-day spike to get data on the trade-off.');
    await page.getByRole('textbox', { name: 'Result' }).fill('As a result we shipped on time and p95 latency dropped 30%.');
    await page.getByRole('checkbox', { name: 'Conflict' }).check();
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('heading', { name: 'Coach check: Search index disagreement' }).waitFor();
    expect(await page.locator('.story-check .answer-text mark.hl-result').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('story-count').textContent()).toBe('1of 8-15');
    expect(await page.getByTestId('matrix-covered').textContent()).toBe('1 of 14 themes have a story');
    expect(await page.locator('.theme-matrix li.theme-covered').getAttribute('data-theme')).toBe('conflict');
    expect(await page.getByRole('status').filter({ hasText: 'You have 1 story' }).count()).toBe(1);
  });
});
