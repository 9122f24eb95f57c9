/**
 * Speech: recordings turned into text and delivery numbers, on this machine.
 *
 * - decodeAudioFile(file) -> 16 kHz mono PCM (ffmpeg, or sox for WAV/Ogg/FLAC)
 * - speechEngines(whisperModel) / pickEngine(engines, name?) -> a TranscriptionEngine
 * - analyzeAudioDelivery(pcm, heardWords, wordCount?) -> duration, speaking time, pace, pauses, fillers
 * - heardOrTyped(heard, kept) -> which words of the kept answer were heard and which typed
 */
export { decodeAudioFile, wavBytes } from './decode.js';
export { analyzeAudioDelivery, SILENCE, HEARD_FILLERS, PACE_WINDOW_SECONDS, type AudioDelivery, type Pause, type PacePoint } from './delivery.js';
export { speechEngines, pickEngine, type EngineInfo } from './engines.js';
export { mergeKeywords, withoutOverlaps } from './keyword-merge.js';
export { heardOrTyped, type Provenance } from './heard-or-typed.js';
export { SPEECH_LIMITS, AUDIO_FORMATS } from './limits.js';
export { spottablePhrases, POCKETSPHINX_MODEL_DIR } from './pocketsphinx.js';
export { findProgram } from './programs.js';
export { WHISPER_MODEL_HELP } from './whisper.js';
export * from './types.js';
