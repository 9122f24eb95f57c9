/** Every limit on recorded audio: a named default and a hard maximum. */
export const SPEECH_LIMITS = {
  /** An upload larger than this is refused: about 20 minutes of 16 kHz mono WAV, hours of WebM/Opus. */
  maxBytes: 40 * 1024 * 1024,
  /** A recording longer than this is refused: interview answers run 2-10 minutes. */
  maxSeconds: 30 * 60,
  /** The sample rate every engine and the delivery analysis read. */
  sampleRate: 16_000,
} as const;

/** The formats a recording may come in, by what ffmpeg reads; the browser records WebM/Opus or Ogg. */
export const AUDIO_FORMATS = 'WAV, WebM/Opus, Ogg/Opus or Vorbis, MP3, M4A/AAC or FLAC';
