import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findProgram } from './programs.js';

/** The Debian programs the speech tests build their recordings with, and the recogniser they test. */
const NEEDED = ['flite', 'espeak-ng', 'sox', 'ffmpeg', 'pocketsphinx_continuous'] as const;

/** Whether the speech tests can run here. Under CI a missing program is an error, not a skip. */
export function speechToolsAvailable(): boolean {
  const missing = NEEDED.filter((p) => !findProgram(p));
  if (missing.length === 0) return true;
  const install = 'apt-get install pocketsphinx pocketsphinx-en-us sox libsox-fmt-all ffmpeg flite espeak-ng';
  if (process.env.CI === 'true') throw new Error(`${missing.join(', ')} missing; under CI the speech tests must run (${install})`);
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! SPEECH TESTS SKIPPED: ${missing.join(', ')} not installed.\n!! Install them: sudo ${install}\n${line}\n`);
  return false;
}

export type Part = { say: string } | { silence: number };

function run(program: string, args: string[]): void {
  const result = spawnSync(program, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${result.stderr}`);
}

/** sox in repeatable mode: its dither is seeded the same way every run, so the same input gives the same bytes. */
const sox = (args: string[]): void => run('sox', ['-R', ...args]);

function seconds(file: string): number {
  return Number(spawnSync('soxi', ['-D', file], { encoding: 'utf8' }).stdout.trim());
}

/**
 * A 16 kHz mono WAV of sentences said by a speech synthesiser with silences between them. Returns the
 * file, its length, and where each inserted silence starts. The same parts make the same bytes every
 * time (see `sox`), so what the recogniser hears cannot vary between runs.
 */
export function synthesize(dir: string, name: string, voice: 'flite' | 'espeak-ng', parts: readonly Part[]): { file: string; seconds: number; silences: Array<{ start: number; seconds: number }> } {
  const pieces: string[] = [];
  const silences: Array<{ start: number; seconds: number }> = [];
  let at = 0;
  parts.forEach((part, i) => {
    const raw = path.join(dir, `${name}-${i}-raw.wav`);
    const piece = path.join(dir, `${name}-${i}.wav`);
    if ('say' in part) {
      if (voice === 'flite') run('flite', ['-voice', 'slt', '-t', part.say, '-o', raw]);
      else run('espeak-ng', ['-v', 'en-us', '-s', '140', '-w', raw, part.say]);
      sox([raw, '-r', '16000', '-c', '1', '-b', '16', piece]);
    } else {
      sox(['-n', '-r', '16000', '-c', '1', '-b', '16', piece, 'trim', '0', String(part.silence)]);
      silences.push({ start: at, seconds: part.silence });
    }
    at += seconds(piece);
    pieces.push(piece);
  });
  const file = path.join(dir, `${name}.wav`);
  sox([...pieces, file]);
  for (const piece of fs.readdirSync(dir).filter((n) => n.startsWith(`${name}-`))) fs.rmSync(path.join(dir, piece), { force: true });
  return { file, seconds: seconds(file), silences };
}

/** The same recording in another container, as a browser would send it. */
export function convert(file: string, to: string, codecArgs: string[]): string {
  run('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', file, ...codecArgs, to]);
  return to;
}
