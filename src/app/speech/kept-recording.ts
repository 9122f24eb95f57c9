import { InvalidInputError } from '../../core/errors.js';
import type { HeardWord, SpottedKeyword } from '../../speech/index.js';
import type { RecordingColumns } from '../../store/index.js';
import type { AudioStore } from './audio-store.js';
import type { AudioSummary, PendingInfo } from './speech.js';

/** A kept recording as the API shows it, beside a practice attempt or a mock answer. */
export interface AttemptRecording {
  /** Where the audio is served. */
  url: string;
  mime: string;
  bytes: number;
  /** The transcript as it was heard, before any edit. */
  heard: string;
  words: HeardWord[];
  keywords: SpottedKeyword[];
  audio: AudioSummary;
}

/** The columns attempt_audio and mock_audio share (src/store/schema.ts). */
export type { RecordingColumns };

/** A transcription waiting for its answer, read before the answer is saved so a stale id fails early. */
export interface PendingRecording {
  id: string;
  info: PendingInfo;
  /** What the recogniser heard; with the browser's recogniser, what the page says it heard. */
  heard: string;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function pendingRecording(audio: AudioStore | undefined, id: string | undefined, browserHeard: string | undefined): PendingRecording | undefined {
  if (id === undefined) return undefined;
  if (!audio) throw new InvalidInputError('this server keeps no recordings; save the answer without one');
  const info = audio.pending(id).info as PendingInfo;
  return { id, info, heard: info.engine === 'browser' ? (browserHeard ?? '') : info.heard };
}

/**
 * Moves a pending recording to its answer's file (`<stem>.<ext>`) and returns the row to keep with it.
 * Pace counts the words kept (the edited transcript) over the speaking time measured on the audio.
 */
export function keepRecording(audio: AudioStore, pending: PendingRecording, stem: string, keptText: string): RecordingColumns {
  const file = audio.claim(pending.id, stem);
  const { info } = pending;
  const speaking = info.audio.speakingSeconds;
  const delivery: AudioSummary = { ...info.audio, wordsPerMinute: speaking > 0 ? Math.round((wordCount(keptText) * 60) / speaking) : 0 };
  return {
    file: file.name,
    mime: info.mime,
    bytes: file.bytes,
    engine: info.engine,
    heard: pending.heard,
    words: JSON.stringify(info.words),
    keywords: JSON.stringify(info.keywords),
    delivery: JSON.stringify(delivery),
  };
}

export function recordingOf(row: RecordingColumns, url: string): AttemptRecording {
  return {
    url,
    mime: row.mime,
    bytes: row.bytes,
    heard: row.heard,
    words: JSON.parse(row.words) as HeardWord[],
    keywords: JSON.parse(row.keywords) as SpottedKeyword[],
    audio: JSON.parse(row.delivery) as AudioSummary,
  };
}
