import { describe, expect, it } from 'vitest';
import { analyzeAudioDelivery, frameLevels, paceOverTime, silenceThreshold } from './delivery.js';
import { mergeKeywords, withoutOverlaps } from './keyword-merge.js';
import type { Pcm } from './types.js';

const RATE = 16_000;

/** Tone (a 220 Hz sine at half scale) and silence, by seconds. */
function pcmOf(parts: Array<['tone' | 'quiet', number]>, noise = 0): Pcm {
  const total = parts.reduce((sum, [, s]) => sum + Math.round(s * RATE), 0);
  const samples = new Int16Array(total);
  let at = 0;
  let seed = 1;
  for (const [kind, seconds] of parts) {
    const n = Math.round(seconds * RATE);
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const hiss = noise * ((seed / 2 ** 31) * 2 - 1);
      samples[at + i] = Math.round(32767 * ((kind === 'tone' ? 0.5 * Math.sin((2 * Math.PI * 220 * i) / RATE) : 0) + hiss));
    }
    at += n;
  }
  return { samples, sampleRate: RATE };
}

describe('delivery from the audio', () => {
  it('measures duration, speaking time and the pauses of 1 s or more between speech, not the silence around it', () => {
    const pcm = pcmOf([['quiet', 0.6], ['tone', 1], ['quiet', 1.5], ['tone', 1], ['quiet', 0.5], ['tone', 1], ['quiet', 2.4], ['tone', 0.9], ['quiet', 1.1]]);
    const words = [
      { word: 'we', start: 0.6, end: 0.9 },
      { word: 'um', start: 1.0, end: 1.3 },
      { word: 'shipped', start: 3.1, end: 3.6 },
      { word: 'early', start: 4.7, end: 5.5 },
      { word: 'uh', start: 8.0, end: 8.3 },
    ];
    const delivery = analyzeAudioDelivery(pcm, words);
    expect(delivery.durationSeconds).toBe(10);
    // Frames are 30 ms and a frame holding any tone is speech: a pause reads up to two frames short.
    expect(delivery.pauses).toEqual([
      { start: 1.62, seconds: 1.47 },
      { start: 5.61, seconds: 2.37 },
    ]);
    expect(delivery.longestPauseSeconds).toBe(2.37);
    // Speech from 0.6 s to 8.91 s (the end of the frame holding the last tone), less 3.84 s of pauses.
    expect(delivery.speakingSeconds).toBe(4.47);
    expect(delivery.wordsPerMinute).toBe(40);
    expect(delivery.fillers).toEqual({ count: 2, heard: [{ word: 'um', start: 1 }, { word: 'uh', start: 8 }] });
    expect(delivery.silenceThresholdDbfs).toBe(-40);
  });

  it('counts the edited transcript for words a minute when given', () => {
    const pcm = pcmOf([['tone', 3], ['quiet', 1]]);
    expect(analyzeAudioDelivery(pcm, [], 9).wordsPerMinute).toBe(180);
  });

  it('raises the silence threshold over a noisy room, so hiss between sentences is still a pause', () => {
    const pcm = pcmOf([['tone', 1], ['quiet', 2], ['tone', 1]], 0.02);
    const levels = frameLevels(pcm);
    // Uniform hiss of amplitude 0.02 has an RMS of 0.02/sqrt(3): about -38.8 dBFS, above -40.
    expect(silenceThreshold(levels)).toBeCloseTo(-26.8, 0);
    expect(analyzeAudioDelivery(pcm, []).pauses).toEqual([{ start: 1.02, seconds: 1.98 }]);
  });

  it('finds no speech and no pause in silence', () => {
    const delivery = analyzeAudioDelivery(pcmOf([['quiet', 3]]), []);
    expect([delivery.speakingSeconds, delivery.wordsPerMinute, delivery.pauses, delivery.longestPauseSeconds]).toEqual([0, 0, [], 0]);
  });

  it('charts pace in 10 s windows, keeping a last window of half a window or more', () => {
    const words = Array.from({ length: 40 }, (_, i) => ({ word: 'w', start: i * 0.6, end: i * 0.6 + 0.4 }));
    expect(paceOverTime(words, 24)).toEqual([
      { start: 0, end: 10, wordsPerMinute: 102 },
      { start: 10, end: 20, wordsPerMinute: 102 },
    ]);
    expect(paceOverTime(words, 26)).toEqual([
      { start: 0, end: 10, wordsPerMinute: 102 },
      { start: 10, end: 20, wordsPerMinute: 102 },
      { start: 20, end: 26, wordsPerMinute: 60 },
    ]);
  });
});

describe('keywords into the transcript', () => {
  const words = [
    { word: 'a', start: 0, end: 0.2 },
    { word: 'shared', start: 0.2, end: 0.6 },
    { word: 'cash', start: 0.6, end: 1.0 },
    { word: 'for', start: 1.0, end: 1.2 },
    { word: 'page', start: 2.0, end: 2.3 },
    { word: 'to', start: 2.3, end: 2.4 },
    { word: 'load', start: 2.4, end: 2.7 },
  ];

  it('replaces the words heard during a spotted phrase with the phrase', () => {
    const merged = mergeKeywords(words, [{ phrase: 'cache', start: 0.62, end: 1.0 }, { phrase: 'load time', start: 2.3, end: 2.9 }]);
    expect(merged.map((w) => w.word).join(' ')).toBe('a shared cache for page load time');
  });

  it('keeps the longer of two overlapping hits', () => {
    expect(withoutOverlaps([{ phrase: 'cut', start: 6.09, end: 6.28 }, { phrase: 'cut scope', start: 6.09, end: 6.72 }, { phrase: 'scope', start: 6.29, end: 6.72 }])).toEqual([
      { phrase: 'cut scope', start: 6.09, end: 6.72 },
    ]);
  });
});
