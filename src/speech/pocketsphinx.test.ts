import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAudioFile } from './decode.js';
import { analyzeAudioDelivery } from './delivery.js';
import { pocketsphinxEngine, spottablePhrases } from './pocketsphinx.js';
import { convert, speechToolsAvailable, synthesize, type Part } from './testing.js';

/** An answer to "Delivering under a tight deadline", using its rubric phrases, with 2 s and 2.5 s pauses. */
const ANSWER: Part[] = [
  { say: 'The regulation gave us a fixed date. I owned the plan.' },
  { silence: 2 },
  { say: 'We cut scope to the must have list, and I tracked the critical path in a daily standup.' },
  { silence: 2.5 },
  { say: 'We shipped on time, and I learned to bring legal in on day one.' },
];
/** Some of the question's rubric and competency signals, as the app passes them. */
const SIGNALS = ['fixed date', 'regulation', 'critical path', 'daily standup', 'must have', 'cut scope', 'on time', 'i learned', 'contingency', 'tech debt', 'phase two', '%'];

describe.runIf(speechToolsAvailable())('pocketsphinx on synthetic speech', { timeout: 120_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-speech-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const engine = pocketsphinxEngine();
  let flite: ReturnType<typeof synthesize>;
  let espeak: ReturnType<typeof synthesize>;
  beforeAll(() => {
    flite = synthesize(dir, 'flite', 'flite', ANSWER);
    espeak = synthesize(dir, 'espeak', 'espeak-ng', ANSWER);
  });

  it('is available, and listens only for phrases its dictionary has', () => {
    expect(engine.available()).toEqual({ available: true });
    expect(spottablePhrases(['Critical path', 'daily standup', '%', 'p99', 'trade-off', 'i learned', 'xyzzyq'])).toEqual(['critical path', 'daily standup', 'trade off', 'i learned']);
  });

  for (const voice of ['flite', 'espeak-ng'] as const) {
    it(`measures ${voice} speech: duration within 5%, each inserted pause found once`, async () => {
      const made = voice === 'flite' ? flite : espeak;
      const pcm = await decodeAudioFile(made.file);
      const delivery = analyzeAudioDelivery(pcm, []);
      expect(Math.abs(delivery.durationSeconds - made.seconds) / made.seconds).toBeLessThan(0.05);
      for (const silence of made.silences) {
        const found = delivery.pauses.filter((p) => p.start < silence.start + silence.seconds && silence.start < p.start + p.seconds);
        expect(found).toHaveLength(1);
        expect(found[0]?.seconds).toBeGreaterThanOrEqual(silence.seconds - 0.06);
      }
      // No pause of 2 s or more that was not inserted.
      expect(delivery.pauses.filter((p) => p.seconds >= 2)).toHaveLength(made.silences.length);
    });
  }

  it('spots the rubric phrases said in flite speech, and none that were not said', async () => {
    const pcm = await decodeAudioFile(flite.file);
    const progress: number[] = [];
    const heard = await engine.transcribe(pcm, { keywords: SIGNALS, onProgress: (f) => progress.push(f) });
    const phrases = heard.keywords.map((k) => k.phrase);
    expect(phrases).toEqual(['regulation', 'fixed date', 'cut scope', 'must have', 'critical path', 'daily standup', 'on time', 'i learned']);
    expect(heard.words.length).toBeGreaterThan(20);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= (progress[i - 1] ?? 0))).toBe(true);
  });

  it('spots a rubric phrase in espeak-ng speech, which it transcribes poorly', async () => {
    const pcm = await decodeAudioFile(espeak.file);
    const heard = await engine.transcribe(pcm, { keywords: SIGNALS });
    expect(heard.keywords.map((k) => k.phrase)).toContain('i learned');
    expect(heard.keywords.map((k) => k.phrase)).not.toContain('contingency');
  });

  it('reads the formats browsers record: WebM/Opus and Ogg/Opus, at the same length', async () => {
    const webm = await decodeAudioFile(convert(flite.file, path.join(dir, 'answer.webm'), ['-c:a', 'libopus', '-b:a', '32k']));
    const ogg = await decodeAudioFile(convert(flite.file, path.join(dir, 'answer.ogg'), ['-c:a', 'libopus', '-b:a', '32k']));
    for (const pcm of [webm, ogg]) {
      expect(Math.abs(pcm.samples.length / pcm.sampleRate - flite.seconds) / flite.seconds).toBeLessThan(0.05);
    }
    const heard = await engine.transcribe(webm, { keywords: ['critical path', 'daily standup'] });
    expect(heard.keywords.map((k) => k.phrase)).toEqual(['critical path', 'daily standup']);
  });

  it('says which formats work when a file is not audio', async () => {
    const bad = path.join(dir, 'notes.wav');
    fs.writeFileSync(bad, 'this is text, not a recording');
    await expect(decodeAudioFile(bad)).rejects.toThrow(
      new RegExp(`^could not read ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} as audio \\(.*\\); use a recording in one of these formats: WAV, WebM/Opus, Ogg/Opus or Vorbis, MP3, M4A/AAC or FLAC$`),
    );
  });
});
