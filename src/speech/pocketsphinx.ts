import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { UnavailableError } from '../core/errors.js';
import { wavBytes } from './decode.js';
import { withoutOverlaps } from './keyword-merge.js';
import { findProgram } from './programs.js';
import type { EngineStatus, HeardWord, Pcm, SpottedKeyword, TranscribeOptions, Transcription, TranscriptionEngine } from './types.js';

/** Where Debian's pocketsphinx-en-us puts the US English model. */
export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const PROGRAM = 'pocketsphinx_continuous';
const INSTALL = 'install it with: apt-get install pocketsphinx pocketsphinx-en-us (Debian, Ubuntu)';

/** Tokens the recogniser writes for silence and noise, not words. */
const NOT_WORDS = new Set(['<s>', '</s>', '<sil>', '[noise]', '[speech]']);
/** A word line of `-time yes` output: word start end confidence. */
const TIMED_LINE = /^(.+?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/;

/**
 * Keyword-spotting thresholds by phrase length (index: words, 3 for three or more): a short phrase
 * matches some stretch of any answer by chance, so it must score far higher to count. Tuned on flite
 * and espeak-ng speech: at these values the rubric phrases said in the test answers are found, and
 * one-word phrases such as "weeks" no longer fire on "we".
 */
const KWS_THRESHOLD_BY_WORDS = ['1e+10', '1e+10', '1e-2', '1e-10'] as const;

let dictionary: Set<string> | undefined;
function dictionaryWords(): Set<string> {
  if (!dictionary) {
    const text = fs.readFileSync(path.join(POCKETSPHINX_MODEL_DIR, 'cmudict-en-us.dict'), 'utf8');
    dictionary = new Set(text.split('\n').map((line) => line.slice(0, line.indexOf(' ')).replace(/\(\d+\)$/, '')));
  }
  return dictionary;
}

/** The phrases the model can listen for: lower case, letters only, every word in its dictionary. */
export function spottablePhrases(phrases: readonly string[]): string[] {
  const words = dictionaryWords();
  const out = new Set<string>();
  for (const phrase of phrases) {
    // Numbers and symbols ("p99", "%") have no single spelling in the dictionary; they are left out.
    if (!/^[a-z' -]+$/i.test(phrase)) continue;
    const clean = phrase.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
    if (clean && clean.split(' ').every((w) => words.has(w))) out.add(clean);
  }
  return [...out];
}

export function pocketsphinxEngine(): TranscriptionEngine {
  function available(): EngineStatus {
    if (!findProgram(PROGRAM)) return { available: false, reason: `pocketsphinx is not installed; ${INSTALL}` };
    if (!fs.existsSync(path.join(POCKETSPHINX_MODEL_DIR, 'en-us'))) return { available: false, reason: `the English model for pocketsphinx is missing from ${POCKETSPHINX_MODEL_DIR}; ${INSTALL}` };
    return { available: true };
  }

  async function transcribe(pcm: Pcm, options: TranscribeOptions = {}): Promise<Transcription> {
    const status = available();
    if (!status.available) throw new UnavailableError(status.reason);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-speech-'));
    try {
      const wav = path.join(dir, 'answer.wav');
      fs.writeFileSync(wav, wavBytes(pcm));
      const duration = pcm.samples.length / pcm.sampleRate;
      const phrases = spottablePhrases(options.keywords ?? []);
      let list: string | undefined;
      if (phrases.length > 0) {
        list = path.join(dir, 'keywords.txt');
        fs.writeFileSync(list, phrases.map((p) => `${p} /${KWS_THRESHOLD_BY_WORDS[Math.min(p.split(' ').length, 3)]}/`).join('\n') + '\n');
      }
      // Free text and keyword spotting run side by side (with two cores free, the wait is the longer pass); progress
      // follows free text, the longer of the two. Its word times come in order, so progress only moves forward.
      let done = 0;
      const report = (fraction: number) => {
        if (fraction <= done) return;
        done = fraction;
        options.onProgress?.(fraction);
      };
      const [words, hits] = await Promise.all([
        decode(wav, [], (t) => report(Math.min(0.99, t / duration))),
        list ? decode(wav, ['-kws', list], () => undefined) : Promise.resolve([]),
      ]);
      const keywords: SpottedKeyword[] = withoutOverlaps(hits.map((h) => ({ phrase: h.word, start: h.start, end: h.end })));
      report(1);
      return { engine: 'pocketsphinx', text: words.map((w) => w.word).join(' '), words, keywords };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  return { name: 'pocketsphinx', available, transcribe };
}

/**
 * Free text is pruned harder than pocketsphinx's defaults: at most 2,000 active HMMs a frame (default 30,000)
 * and the acoustic model scored on every other frame (-ds 2). Nearly all its time goes to the first,
 * tree-lexicon pass; on a minute of flite speech this took CPU time from about 0.41x to 0.18x real time,
 * with the word error rate at 26.9% against 27.8% (bench/speech.ts prints both). Keyword spotting keeps
 * the defaults: it costs about 0.04x, and its thresholds were tuned on them.
 */
export const FREE_TEXT_FLAGS = ['-maxhmmpf', '2000', '-ds', '2'] as const;

/** Runs the recogniser on a WAV file; reads timed words from its output as they come. */
function decode(wav: string, extra: string[], progress: (seconds: number) => void): Promise<HeardWord[]> {
  const args = [
    '-infile', wav,
    '-hmm', path.join(POCKETSPHINX_MODEL_DIR, 'en-us'),
    '-dict', path.join(POCKETSPHINX_MODEL_DIR, 'cmudict-en-us.dict'),
    ...(extra.length > 0 ? extra : ['-lm', path.join(POCKETSPHINX_MODEL_DIR, 'en-us.lm.bin'), ...FREE_TEXT_FLAGS]),
    '-time', 'yes',
    '-logfn', os.devNull,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(findProgram(PROGRAM) ?? PROGRAM, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const words: HeardWord[] = [];
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = TIMED_LINE.exec(line.trim());
      if (!match) return;
      const word = (match[1] ?? '').trim().replace(/\(\d+\)$/, '');
      const end = Number(match[3]);
      progress(end);
      if (NOT_WORDS.has(word.toLowerCase())) return;
      words.push({ word, start: Number(match[2]), end });
    });
    child.on('error', (error) => reject(new UnavailableError(`pocketsphinx could not start (${error.message}); ${INSTALL}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(words);
      else reject(new UnavailableError(`pocketsphinx stopped with exit code ${code}${errors ? `: ${errors.trim().split('\n').at(-1)}` : ''}; check the installation: ${INSTALL}`));
    });
  });
}
