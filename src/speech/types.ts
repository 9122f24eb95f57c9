/** The engines that can turn speech into text. `browser` runs in the web page, never on the server. */
export const ENGINE_NAMES = ['pocketsphinx', 'whisper', 'browser'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
/** The engines this process can run itself. */
export const SERVER_ENGINE_NAMES = ['pocketsphinx', 'whisper'] as const satisfies readonly EngineName[];
export type ServerEngineName = (typeof SERVER_ENGINE_NAMES)[number];

/** 16-bit mono samples at a known rate: what every engine and the delivery analysis read. */
export interface Pcm {
  samples: Int16Array;
  sampleRate: number;
}

/** A word the recogniser heard, with its times in seconds from the start of the recording. */
export interface HeardWord {
  word: string;
  start: number;
  end: number;
}

/** A rubric phrase found by keyword spotting, which listens for the phrase itself rather than free text. */
export interface SpottedKeyword {
  phrase: string;
  start: number;
  end: number;
}

export interface Transcription {
  engine: ServerEngineName;
  text: string;
  words: HeardWord[];
  keywords: SpottedKeyword[];
}

export interface TranscribeOptions {
  /** Phrases to listen for (the question's rubric signals). */
  keywords?: readonly string[];
  /** Called with the share of the audio done, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

export type EngineStatus = { available: true } | { available: false; reason: string };

export interface TranscriptionEngine {
  readonly name: ServerEngineName;
  /** Whether it can run here; when not, what to install or configure. */
  available(): EngineStatus;
  transcribe(pcm: Pcm, options?: TranscribeOptions): Promise<Transcription>;
}
