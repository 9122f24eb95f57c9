import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { InvalidInputError, LimitError } from '../../core/errors.js';
import {
  AUDIO_FORMATS,
  ENGINE_NAMES,
  SERVER_ENGINE_NAMES,
  SPEECH_LIMITS,
  analyzeAudioDelivery,
  decodeAudioFile,
  mergeKeywords,
  pickEngine,
  speechEngines,
  type AudioDelivery,
  type EngineName,
  type HeardWord,
  type SpottedKeyword,
} from '../../speech/index.js';
import type { Db } from '../../store/index.js';
import { audioStore, audioTypeOf, audioTypeOfFile, type AudioStore } from './audio-store.js';
import { writeSetting } from '../settings/setting-rows.js';
import { parseInput } from '../validate.js';

/** What was measured on a recording, with the engine that heard it. */
export type AudioSummary = AudioDelivery & { engine: EngineName };

/** A transcription waiting for the person to edit and save it as an attempt. */
export interface SpeechResult {
  /** Give this to the attempt that keeps the recording; null when it was not kept. */
  recording: string | null;
  transcript: string;
  words: HeardWord[];
  keywords: SpottedKeyword[];
  audio: AudioSummary;
}

/** What is kept with the recording until an attempt claims it. */
interface PendingInfo {
  mime: string;
  engine: EngineName;
  heard: string;
  words: HeardWord[];
  keywords: SpottedKeyword[];
  audio: AudioSummary;
}

export const SPEECH_ENGINE_SETTINGS = ['auto', ...ENGINE_NAMES] as const;

export const speechSettingsSchema = z.strictObject({
  engine: z.enum(SPEECH_ENGINE_SETTINGS, { error: `engine is one of ${SPEECH_ENGINE_SETTINGS.join(', ')}` }).optional(),
  whisperModel: z
    .string()
    .max(4096, 'the model path is limited to 4096 characters')
    .refine((p) => p === '' || p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p), 'give the full path of the model file (or "" to clear it)')
    .optional(),
});

export interface SpeechSettings {
  engine: (typeof SPEECH_ENGINE_SETTINGS)[number];
  whisperModel: string | null;
}

const KEYS = { engine: 'speech.engine', whisperModel: 'speech.whisper_model' } as const;

export interface SpeechDeps {
  db: Db;
  now: () => Date;
  /** Where recordings wait for their attempt; without one (hosted mode) nothing is kept. */
  audio?: AudioStore;
  /** The phrases to spot for a question: its rubric and competency signals. Throws NotFoundError. */
  keywordsOf: (questionId: string) => string[];
  env?: NodeJS.ProcessEnv;
}

export interface TranscribeRequest {
  /** A file on this machine (the CLI) ... */
  file?: string;
  /** ... or the uploaded bytes with their content type (the API). */
  bytes?: Buffer;
  mime?: string;
  questionId?: string;
  engine?: string;
  onProgress?: (fraction: number) => void;
  /** False to transcribe only, keeping no copy (the CLI's transcribe). */
  keep?: boolean;
}

export function speechOperations(deps: SpeechDeps) {
  const { db } = deps;
  // Without a store, a recording is only read and measured, in a folder of the machine's temporary files.
  const audio = deps.audio ?? audioStore(path.join(os.tmpdir(), 'tpmprep-audio'));
  let whisperModel: string | undefined = deps.env?.TPMPREP_WHISPER_MODEL || undefined;
  const engines = speechEngines(() => whisperModel);

  async function getSettings(): Promise<SpeechSettings> {
    const rows = await db.kysely.selectFrom('settings').selectAll().where('key', 'in', Object.values(KEYS)).execute();
    const value = (key: string) => {
      const row = rows.find((r) => r.key === key);
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    };
    const engine = SPEECH_ENGINE_SETTINGS.find((e) => e === value(KEYS.engine)) ?? 'auto';
    const model = value(KEYS.whisperModel);
    const settings = { engine, whisperModel: typeof model === 'string' && model ? model : (deps.env?.TPMPREP_WHISPER_MODEL || null) };
    whisperModel = settings.whisperModel ?? undefined;
    return settings;
  }

  async function setSettings(raw: unknown): Promise<SpeechSettings> {
    const input = parseInput(speechSettingsSchema, raw, 'speech settings');
    const at = deps.now().toISOString();
    for (const name of ['engine', 'whisperModel'] as const) {
      const value = input[name];
      if (value === undefined) continue;
      await writeSetting(db, KEYS[name], value, at);
    }
    return getSettings();
  }

  /** Which engines can run here, and for those that cannot, what to do. */
  async function status() {
    const settings = await getSettings();
    const list = SERVER_ENGINE_NAMES.map((name) => {
      const s = engines[name].available();
      return { name, available: s.available, ...(s.available ? {} : { reason: s.reason }) };
    });
    return { settings, engines: list, defaultEngine: list.find((e) => e.available)?.name ?? null, formats: AUDIO_FORMATS, limits: SPEECH_LIMITS };
  }

  /**
   * Transcribes a recording and measures its delivery; keeps the recording as pending, for the attempt
   * that saves it. Engine `browser` measures only: the page's own recogniser supplies the words.
   */
  async function transcribe(request: TranscribeRequest): Promise<SpeechResult> {
    const settings = await getSettings();
    const chosen = request.engine ?? (settings.engine === 'auto' ? undefined : settings.engine);
    if (chosen !== undefined && !(ENGINE_NAMES as readonly string[]).includes(chosen)) {
      throw new InvalidInputError(`no speech engine "${chosen}"; choose ${ENGINE_NAMES.join(', ')}`);
    }
    const keywords = request.questionId ? deps.keywordsOf(request.questionId) : [];
    const engine = chosen === 'browser' ? null : pickEngine(engines, chosen);
    const { bytes, type } = readRecording(request);
    const kept = audio.addPending(bytes, type.extension, deps.now().getTime());
    try {
      const pcm = await decodeAudioFile(kept.file);
      const heard = engine ? await engine.transcribe(pcm, { keywords, onProgress: request.onProgress }) : null;
      const words = heard ? mergeKeywords(heard.words, heard.keywords) : [];
      const delivery = analyzeAudioDelivery(pcm, words);
      const result: SpeechResult = {
        recording: kept.id,
        transcript: words.map((w) => w.word).join(' '),
        words,
        keywords: heard?.keywords ?? [],
        audio: { ...delivery, engine: engine?.name ?? 'browser' },
      };
      const info: PendingInfo = { mime: type.mime, engine: result.audio.engine, heard: result.transcript, words, keywords: result.keywords, audio: result.audio };
      if (request.keep === false || !deps.audio) {
        fs.rmSync(kept.file, { force: true });
        return { ...result, recording: null };
      }
      audio.writePendingInfo(kept.id, info);
      return result;
    } catch (error) {
      fs.rmSync(kept.file, { force: true });
      throw error;
    }
  }

  function readRecording(request: TranscribeRequest): { bytes: Buffer; type: { mime: string; extension: string } } {
    if (request.file !== undefined) {
      if (!fs.existsSync(request.file) || !fs.statSync(request.file).isFile()) throw new InvalidInputError(`no audio file at ${request.file}; give the path of a recording (${AUDIO_FORMATS})`);
      const type = audioTypeOfFile(request.file);
      if (!type) throw new InvalidInputError(`${request.file} does not look like a recording (by its extension); use ${AUDIO_FORMATS}`);
      const size = fs.statSync(request.file).size;
      if (size > SPEECH_LIMITS.maxBytes) throw new LimitError(`${request.file} is ${(size / 1024 / 1024).toFixed(1)} MB; a recording is limited to ${SPEECH_LIMITS.maxBytes / 1024 / 1024} MB`);
      return { bytes: fs.readFileSync(request.file), type };
    }
    const type = audioTypeOf(request.mime);
    if (!type) throw new InvalidInputError(`send the recording with an audio content-type (${Object.keys(AUDIO_TYPE_NAMES).join(', ')}), not "${request.mime ?? 'none'}"`);
    if (!request.bytes || request.bytes.length === 0) throw new InvalidInputError('the recording is empty; record something first');
    return { bytes: request.bytes, type };
  }

  return { status, settings: { get: getSettings, set: setSettings }, transcribe };
}

const AUDIO_TYPE_NAMES = { 'audio/webm': 1, 'audio/ogg': 1, 'audio/wav': 1, 'audio/mpeg': 1, 'audio/mp4': 1, 'audio/flac': 1 };

export type SpeechOperations = ReturnType<typeof speechOperations>;
export type { PendingInfo };
