/**
 * Delivery read from the recording itself, not estimated from a word count: how long it ran, how much
 * of it was speech, the pace, the pauses and the hesitation sounds the recogniser heard. Pure: samples
 * and recognised words in, numbers out.
 *
 * Silence: the audio is cut into 30 ms frames; a frame is silent when its RMS level is below
 * -40 dBFS, raised to 12 dB over the recording's noise floor (its quietest 10% of frames) when the
 * room is noisy, and never above -25 dBFS. A pause is a run of silent frames of 1 s or more between
 * speech; silence before the first word and after the last is not a pause. Speaking time is the span
 * from the first speech to the last, less the pauses.
 */
import type { HeardWord, Pcm } from './types.js';

export const SILENCE = {
  frameMs: 30,
  thresholdDbfs: -40,
  aboveNoiseFloorDb: 12,
  maxThresholdDbfs: -25,
  noiseFloorQuantile: 0.1,
  minPauseSeconds: 1,
} as const;

/** Hesitation sounds the recogniser has words for. */
export const HEARD_FILLERS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'hmm']);

/** Pace is measured over windows this long. */
export const PACE_WINDOW_SECONDS = 10;

export interface Pause {
  start: number;
  seconds: number;
}

export interface PacePoint {
  start: number;
  end: number;
  wordsPerMinute: number;
}

export interface AudioDelivery {
  durationSeconds: number;
  speakingSeconds: number;
  wordsPerMinute: number;
  pauses: Pause[];
  longestPauseSeconds: number;
  fillers: { count: number; heard: Array<{ word: string; start: number }> };
  pace: PacePoint[];
  /** The silence threshold used for this recording, in dBFS. */
  silenceThresholdDbfs: number;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** The level of each frame in dBFS (digital silence is -100). */
export function frameLevels(pcm: Pcm, frameMs: number = SILENCE.frameMs): number[] {
  const size = Math.max(1, Math.round((pcm.sampleRate * frameMs) / 1000));
  const levels: number[] = [];
  for (let at = 0; at < pcm.samples.length; at += size) {
    const end = Math.min(at + size, pcm.samples.length);
    let sum = 0;
    for (let i = at; i < end; i++) {
      const s = (pcm.samples[i] ?? 0) / 32768;
      sum += s * s;
    }
    const rms = Math.sqrt(sum / (end - at));
    levels.push(rms > 0 ? Math.max(-100, 20 * Math.log10(rms)) : -100);
  }
  return levels;
}

export function silenceThreshold(levels: readonly number[]): number {
  if (levels.length === 0) return SILENCE.thresholdDbfs;
  const sorted = [...levels].sort((a, b) => a - b);
  const floor = sorted[Math.floor(sorted.length * SILENCE.noiseFloorQuantile)] ?? -100;
  return Math.min(SILENCE.maxThresholdDbfs, Math.max(SILENCE.thresholdDbfs, floor + SILENCE.aboveNoiseFloorDb));
}

/** Speech runs and pauses from frame levels. */
export function findPauses(levels: readonly number[], threshold: number, frameSeconds: number): { firstSpeech: number; lastSpeech: number; pauses: Pause[] } {
  const loud = levels.map((level) => level >= threshold);
  const first = loud.indexOf(true);
  const last = loud.lastIndexOf(true);
  if (first < 0) return { firstSpeech: 0, lastSpeech: 0, pauses: [] };
  const pauses: Pause[] = [];
  let runStart = -1;
  for (let i = first; i <= last; i++) {
    if (!loud[i] && runStart < 0) runStart = i;
    if (loud[i] && runStart >= 0) {
      const seconds = (i - runStart) * frameSeconds;
      if (seconds >= SILENCE.minPauseSeconds) pauses.push({ start: round(runStart * frameSeconds), seconds: round(seconds) });
      runStart = -1;
    }
  }
  return { firstSpeech: first * frameSeconds, lastSpeech: (last + 1) * frameSeconds, pauses };
}

/** Words spoken per minute in consecutive windows; the last, shorter window counts when it is at least half a window. */
export function paceOverTime(words: readonly HeardWord[], durationSeconds: number, window = PACE_WINDOW_SECONDS): PacePoint[] {
  const points: PacePoint[] = [];
  for (let start = 0; start < durationSeconds; start += window) {
    const end = Math.min(start + window, durationSeconds);
    if (end - start < window / 2 && points.length > 0) break;
    const count = words.filter((w) => w.start >= start && w.start < end).length;
    points.push({ start, end: round(end), wordsPerMinute: Math.round((count * 60) / (end - start)) });
  }
  return points;
}

/**
 * Delivery of one recording. `wordCount` is the number of words in the answer as kept (the edited
 * transcript); without it, the words the recogniser heard.
 */
export function analyzeAudioDelivery(pcm: Pcm, heard: readonly HeardWord[], wordCount?: number): AudioDelivery {
  const frameSeconds = SILENCE.frameMs / 1000;
  const durationSeconds = pcm.samples.length / pcm.sampleRate;
  const levels = frameLevels(pcm);
  const threshold = silenceThreshold(levels);
  const { firstSpeech, lastSpeech, pauses } = findPauses(levels, threshold, frameSeconds);
  const pausedSeconds = pauses.reduce((sum, p) => sum + p.seconds, 0);
  const speakingSeconds = Math.max(0, lastSpeech - firstSpeech - pausedSeconds);
  const spoken = heard.filter((w) => !HEARD_FILLERS.has(w.word.toLowerCase()));
  const fillers = heard.filter((w) => HEARD_FILLERS.has(w.word.toLowerCase())).map((w) => ({ word: w.word.toLowerCase(), start: round(w.start) }));
  const words = wordCount ?? spoken.length;
  return {
    durationSeconds: round(durationSeconds),
    speakingSeconds: round(speakingSeconds),
    wordsPerMinute: speakingSeconds > 0 ? Math.round((words * 60) / speakingSeconds) : 0,
    pauses,
    longestPauseSeconds: pauses.reduce((max, p) => Math.max(max, p.seconds), 0),
    fillers: { count: fillers.length, heard: fillers },
    pace: paceOverTime(spoken, durationSeconds),
    silenceThresholdDbfs: round(threshold, 1),
  };
}
