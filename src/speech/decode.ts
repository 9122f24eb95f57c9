import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { InvalidInputError, LimitError, UnavailableError } from '../core/errors.js';
import { AUDIO_FORMATS, SPEECH_LIMITS } from './limits.js';
import { findProgram } from './programs.js';
import type { Pcm } from './types.js';

/**
 * Reads any recording ffmpeg understands (sox when ffmpeg is missing: WAV, Ogg, FLAC) as 16 kHz mono
 * 16-bit PCM. An unreadable file is an InvalidInputError naming the formats that work.
 */
export async function decodeAudioFile(file: string): Promise<Pcm> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InvalidInputError(`no audio file at ${file}; give the path of a recording (${AUDIO_FORMATS})`);
  const bytes = fs.statSync(file).size;
  if (bytes === 0) throw new InvalidInputError(`${file} is empty; record something first`);
  if (bytes > SPEECH_LIMITS.maxBytes) {
    throw new LimitError(`${file} is ${(bytes / 1024 / 1024).toFixed(1)} MB; a recording is limited to ${SPEECH_LIMITS.maxBytes / 1024 / 1024} MB`);
  }
  const direct = readPlainWav(fs.readFileSync(file));
  if (direct) return direct;
  const rate = String(SPEECH_LIMITS.sampleRate);
  const maxSeconds = String(SPEECH_LIMITS.maxSeconds + 1);
  const ffmpeg = findProgram('ffmpeg');
  const sox = findProgram('sox');
  let program: string;
  let args: string[];
  if (ffmpeg) {
    program = ffmpeg;
    args = ['-nostdin', '-hide_banner', '-loglevel', 'error', '-t', maxSeconds, '-i', file, '-vn', '-f', 's16le', '-acodec', 'pcm_s16le', '-ac', '1', '-ar', rate, 'pipe:1'];
  } else if (sox) {
    program = sox;
    args = ['-q', '-R', file, '-t', 'raw', '-e', 'signed-integer', '-b', '16', '-c', '1', '-r', rate, '-L', '-', 'trim', '0', maxSeconds];
  } else {
    throw new UnavailableError('reading audio needs ffmpeg (or sox for WAV, Ogg and FLAC); install it: apt-get install ffmpeg (Debian, Ubuntu), brew install ffmpeg (macOS)');
  }
  const { stdout, stderr, code } = await run(program, args);
  if (code !== 0 || stdout.length === 0) {
    const detail = stderr.trim().split('\n').at(-1) ?? '';
    throw new InvalidInputError(`could not read ${file} as audio${detail ? ` (${detail})` : ''}; use a recording in one of these formats: ${ffmpeg ? AUDIO_FORMATS : 'WAV, Ogg or FLAC (install ffmpeg for WebM, MP3 and M4A)'}`);
  }
  const samples = new Int16Array(stdout.buffer, stdout.byteOffset, Math.floor(stdout.length / 2));
  if (samples.length / SPEECH_LIMITS.sampleRate > SPEECH_LIMITS.maxSeconds) {
    throw new LimitError(`${file} is longer than ${SPEECH_LIMITS.maxSeconds / 60} minutes, the limit for one answer; record a shorter answer`);
  }
  return { samples: Int16Array.from(samples), sampleRate: SPEECH_LIMITS.sampleRate };
}

/** A WAV that is already 16-bit mono PCM at the working rate is read as it is, with no converter. */
export function readPlainWav(bytes: Buffer): Pcm | null {
  if (bytes.length < 44 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') return null;
  let at = 12;
  let format: { tag: number; channels: number; rate: number; bits: number } | null = null;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ' && size >= 16) format = { tag: bytes.readUInt16LE(body), channels: bytes.readUInt16LE(body + 2), rate: bytes.readUInt32LE(body + 4), bits: bytes.readUInt16LE(body + 14) };
    if (id === 'data') {
      if (!format || format.tag !== 1 || format.channels !== 1 || format.bits !== 16 || format.rate !== SPEECH_LIMITS.sampleRate) return null;
      const end = Math.min(bytes.length, body + size);
      const samples = new Int16Array(Math.floor((end - body) / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * 2);
      if (samples.length / SPEECH_LIMITS.sampleRate > SPEECH_LIMITS.maxSeconds) return null;
      return { samples, sampleRate: SPEECH_LIMITS.sampleRate };
    }
    at = body + size + (size % 2);
  }
  return null;
}

function run(program: string, args: string[]): Promise<{ stdout: Buffer; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: err, code: code ?? 1 }));
  });
}

/** A 16-bit mono WAV file of the samples: what pocketsphinx reads. */
export function wavBytes(pcm: Pcm): Buffer {
  const data = Buffer.from(pcm.samples.buffer, pcm.samples.byteOffset, pcm.samples.byteLength);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(pcm.sampleRate, 24);
  header.writeUInt32LE(pcm.sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
