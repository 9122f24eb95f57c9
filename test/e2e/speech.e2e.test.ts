import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechToolsAvailable, synthesize } from '../../src/speech/testing.js';
import { browserAvailable, openSession, type Session } from './browser.js';

const QUESTION = 'delivering-under-a-tight-deadline';

describe.runIf(browserAvailable() && speechToolsAvailable())('speaking an answer in a real browser', { timeout: 180_000 }, () => {
  let session: Session;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-e2e-speech-'));
  let seconds = 0;
  beforeAll(async () => {
    // Chromium's fake microphone plays this file (on a loop) into getUserMedia.
    const made = synthesize(dir, 'microphone', 'flite', [
      { say: 'I owned the plan. We cut scope to the must have list.' },
      { silence: 1.5 },
      { say: 'I tracked the critical path in a daily standup, and we shipped on time.' },
      { silence: 3 },
    ]);
    seconds = made.seconds;
    session = await openSession({ args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${made.file}`, '--autoplay-policy=no-user-gesture-required'] });
  });
  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Records one pass of the microphone file: start, see the level move, wait its length, stop. */
  async function recordOnePass() {
    const { page } = session;
    await page.getByRole('button', { name: '● Record answer' }).click();
    await page.getByRole('button', { name: '■ Stop' }).waitFor();
    await page.waitForFunction(() => Number(document.querySelector('.level-meter')?.getAttribute('aria-valuenow')) > 20, undefined, { timeout: 10_000 });
    await page.waitForTimeout(seconds * 1000);
    expect(await page.getByRole('timer', { name: 'Recording time' }).textContent()).toMatch(/^0:(0[6-9]|1\d)$/);
    await page.getByRole('button', { name: '■ Stop' }).click();
  }

  /** Plays the saved recording from its first heard word and sees the word being said highlighted. */
  async function playFromFirstWord(src: RegExp) {
    const { page } = session;
    const audio = page.getByLabel('Your recorded answer');
    await audio.waitFor();
    expect(await audio.getAttribute('src')).toMatch(src);
    await page.locator('.heard-word').first().click();
    await page.locator('.heard-word.speaking').waitFor({ timeout: 15_000 });
    expect(await audio.evaluate((el: HTMLAudioElement) => el.currentTime > 0)).toBe(true);
  }

  it('records, stops, shows the transcript and the coach report, then plays the saved answer after a reload', async () => {
    const { page } = session;
    await page.goto(`${session.url}/practice/${QUESTION}`);
    await recordOnePass();

    await page.getByText(/^Transcribed \d+ words/).waitFor({ timeout: 90_000 });
    const transcript = await page.getByRole('textbox', { name: 'Your answer' }).inputValue();
    expect(transcript).toContain('critical path');
    expect(transcript).toContain('daily standup');
    expect(await page.locator('.recorder .audio-numbers dd').count()).toBe(4);
    expect(await page.locator('.recorder .pace-chart svg').getAttribute('aria-label')).toMatch(/^Pace over time: 0:00 \d+ words a minute/);

    // Edit before coaching: a typed sentence is told apart from the heard words.
    await page.getByRole('textbox', { name: 'Your answer' }).fill(`${transcript} As a result we launched four days early.`);
    await page.getByRole('button', { name: 'Submit and review' }).click();
    await page.getByRole('heading', { name: 'Rubric: what a strong answer shows' }).waitFor();
    await page.locator('.coach-column .coach-panel').waitFor();
    expect(await page.locator('.typed-note').textContent()).toMatch(/^\d+ words of the saved answer were heard in the recording, 8 typed afterwards\.$/);
    // The server's diff marks the typed words in the saved answer, with a legend.
    // Other marks (here the number "four days") cut the typed run into pieces: together they are the typed sentence.
    expect((await page.locator('.answer-text mark.hl-typed').allTextContents()).join('')).toBe('As a result we launched four days early');
    await page.locator('.hl-legend').getByText('Typed after recording, not heard').waitFor();

    await page.reload();
    await page.locator('.attempt-row').first().click();
    await playFromFirstWord(/^\/api\/attempts\/1\/audio$/);
    // The saved recording's length, measured on the server, is what was recorded.
    expect(await page.locator('.recording-playback .audio-numbers dd').first().textContent()).toMatch(/^0:(0[6-9]|1\d)$/);
  });

  it('records an answer and its follow-up in a mock stage, keeps each with its answer, and plays them after a reload and in the debrief', async () => {
    const { page } = session;
    await page.goto(`${session.url}/mock`);
    await page.getByRole('button', { name: 'Start the Quick practice loop' }).click();
    await page.waitForURL('**/mock/1');
    await page.getByRole('button', { name: 'Begin the first stage' }).click();
    await recordOnePass();
    await page.getByText(/^Transcribed \d+ words/).waitFor({ timeout: 90_000 });
    const box = page.getByRole('textbox', { name: 'Your answer', exact: true });
    const transcript = await box.inputValue();
    // The mock's question spots none of these words as rubric phrases, so free-text recognition of the
    // fake microphone decides them, and it varies with where the capture starts: count, do not quote.
    expect(transcript.split(/\s+/).length).toBeGreaterThanOrEqual(10);
    await box.fill(`${transcript} Zebra quorum.`);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByText('The interviewer follows up').waitFor();

    await page.reload();
    await page.getByText('The interviewer follows up').waitFor();
    await page.getByText('Your answer and its recording').click();
    // The words typed after recording are marked, as on the practice page.
    expect(await page.locator('.your-answer-text mark.hl-typed').allTextContents()).toEqual(['Zebra quorum']);
    expect(await page.locator('.typed-note').textContent()).toMatch(/^\d+ words of the saved answer were heard in the recording, 2 typed afterwards\.$/);
    await playFromFirstWord(/^\/api\/mocks\/1\/audio\/1\.1$/);
    expect((await page.locator('.recording-playback .heard-words').textContent())?.trim()).toBe(transcript);

    // The follow-up is spoken too.
    await recordOnePass();
    await page.getByText(/^Transcribed \d+ words/).waitFor({ timeout: 90_000 });
    expect((await page.getByRole('textbox', { name: 'Your answer to the follow-up' }).inputValue()).split(/\s+/).length).toBeGreaterThanOrEqual(10);
    await page.getByRole('button', { name: 'Answer', exact: true }).click();
    await page.getByRole('textbox', { name: 'Your answer to the follow-up' }).waitFor({ state: 'detached' });

    // The debrief keeps each recording beside the answer it belongs to.
    await page.getByRole('button', { name: 'Finish early…' }).click();
    await page.getByRole('button', { name: 'End the loop now' }).click();
    await page.getByRole('heading', { name: 'Every answer' }).waitFor();
    expect(await page.locator('.answer-recording summary').allTextContents()).toEqual(['Play your spoken answer', 'Play your spoken follow-up']);
    expect(await page.locator('.answer-recording audio').evaluateAll((players) => players.map((p) => p.getAttribute('src')))).toEqual([
      '/api/mocks/1/audio/1.1',
      '/api/mocks/1/audio/1.1-follow-up',
    ]);
    await page.getByText('Play your spoken follow-up').click();
    expect(await page.locator('.answer-recording[open] .playback-heading').textContent()).toMatch(/^Your recording: follow-up on /);
    await page.locator('.answer-recording[open] .heard-word').first().click();
    await page.locator('.answer-recording[open] .heard-word.speaking').waitFor({ timeout: 15_000 });
  });
});
