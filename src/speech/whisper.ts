import fs from 'node:fs';
import { createRequire } from 'node:module';
import { UnavailableError } from '../core/errors.js';
import type { EngineStatus, HeardWord, Pcm, TranscribeOptions, Transcription, TranscriptionEngine } from './types.js';

/** The binding, loaded only when it is installed and a model is configured. */
const BINDING = 'smart-whisper';
export const WHISPER_MODEL_HELP =
  'whisper.cpp model files (ggml-base.en.bin, ggml-small.en.bin, ...) are published by the whisper.cpp project ' +
  '(github.com/ggml-org/whisper.cpp, models/README.md, hosted on Hugging Face under ggerganov/whisper.cpp); ' +
  'download one yourself and point tpmprep at it: tpmprep never downloads a model';

interface SmartWhisperModule {
  Whisper: new (model: string) => {
    transcribe(pcm: Float32Array, params: Record<string, unknown>): Promise<{ result: Promise<Array<{ from: number; to: number; text: string }>> }>;
    free(): Promise<void>;
  };
}

/** whisper.cpp's model files begin with GGML_FILE_MAGIC, 0x67676d6c, written little-endian: "lmgg". */
const GGML_MAGIC = Buffer.from('lmgg', 'ascii');

/** Why a file is not a whisper.cpp model, or null when it starts like one. */
export function modelFileProblem(model: string): string | null {
  const stat = fs.statSync(model);
  if (!stat.isFile()) return `${model} is a folder, not a whisper model file; give the path of the .bin file itself`;
  const head = Buffer.alloc(4);
  const fd = fs.openSync(model, 'r');
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(GGML_MAGIC)) {
    return `${model} is not a whisper.cpp model (it does not start with the ggml header); use a ggml-*.bin file made for whisper.cpp, not a PyTorch, ONNX or GGUF file`;
  }
  return null;
}

function bindingInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve(BINDING);
    return true;
  } catch {
    return false;
  }
}

/**
 * whisper.cpp through the smart-whisper binding, when the person has installed it (it compiles
 * whisper.cpp from source: `npm install smart-whisper` in the tpmprep folder) and has a model file.
 */
export function whisperEngine(modelFile: () => string | undefined): TranscriptionEngine {
  function available(): EngineStatus {
    const model = modelFile();
    if (!model) return { available: false, reason: `whisper needs a model file: set its path in the speech settings or TPMPREP_WHISPER_MODEL. ${WHISPER_MODEL_HELP}` };
    if (!fs.existsSync(model)) return { available: false, reason: `no whisper model file at ${model}. ${WHISPER_MODEL_HELP}` };
    const problem = modelFileProblem(model);
    if (problem) return { available: false, reason: `${problem}. ${WHISPER_MODEL_HELP}` };
    if (!bindingInstalled()) return { available: false, reason: `the whisper.cpp binding is not installed; run npm install ${BINDING} in the tpmprep folder (it compiles whisper.cpp, a few minutes)` };
    return { available: true };
  }

  async function transcribe(pcm: Pcm, options: TranscribeOptions = {}): Promise<Transcription> {
    const status = available();
    if (!status.available) throw new UnavailableError(status.reason);
    const { Whisper } = (await import(BINDING)) as SmartWhisperModule;
    const whisper = new Whisper(modelFile() as string);
    try {
      const floats = Float32Array.from(pcm.samples, (s) => s / 32768);
      const task = await whisper.transcribe(floats, { language: 'en' });
      const segments = await task.result;
      options.onProgress?.(1);
      // whisper gives times per segment; words inside a segment share its span evenly.
      const words: HeardWord[] = [];
      for (const segment of segments) {
        const parts = segment.text.trim().split(/\s+/).filter(Boolean);
        const step = (segment.to - segment.from) / 1000 / Math.max(parts.length, 1);
        parts.forEach((word, i) => words.push({ word, start: segment.from / 1000 + i * step, end: segment.from / 1000 + (i + 1) * step }));
      }
      return { engine: 'whisper', text: segments.map((s) => s.text.trim()).join(' '), words, keywords: [] };
    } finally {
      await whisper.free();
    }
  }

  return { name: 'whisper', available, transcribe };
}
