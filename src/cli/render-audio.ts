import type { AudioSummary, SpeechResult } from '../app/speech/speech.js';
import type { Provenance } from '../speech/index.js';
import { bold, dim } from './output.js';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** Delivery measured on a recording, for a terminal. */
export function renderAudio(audio: AudioSummary, keywords: SpeechResult['keywords'] = [], spoken?: Provenance): string {
  const lines = [
    bold('From the recording'),
    `  ${audio.durationSeconds.toFixed(1)} s long, ${audio.speakingSeconds.toFixed(1)} s speaking, ${audio.wordsPerMinute} words a minute (heard by ${audio.engine})`,
    audio.pauses.length === 0
      ? `  no pause of ${1} s or more`
      : `  ${audio.pauses.length} pause${audio.pauses.length === 1 ? '' : 's'} of 1 s or more, the longest ${audio.longestPauseSeconds.toFixed(1)} s: ${audio.pauses.map((p) => `${clock(p.start)} (${p.seconds.toFixed(1)} s)`).join(', ')}`,
    `  hesitations heard: ${audio.fillers.count === 0 ? 'none' : audio.fillers.heard.map((f) => `${f.word} at ${clock(f.start)}`).join(', ')}`,
  ];
  if (audio.pace.length > 1) lines.push(`  pace by ${audio.pace[0]?.end ?? 10} s: ${audio.pace.map((p) => p.wordsPerMinute).join(' · ')} words a minute`);
  if (keywords.length > 0) lines.push(`  rubric phrases heard: ${keywords.map((k) => `"${k.phrase}" at ${clock(k.start)}`).join(', ')}`);
  if (spoken && spoken.typedWords > 0) lines.push(dim(`  ${spoken.heardWords} words heard, ${spoken.typedWords} typed after recording`));
  return lines.join('\n');
}

/**
 * Progress for a long transcription, on stderr: nothing for the first two seconds, then a line each
 * time another tenth is done (a redrawn line on a terminal).
 */
export function transcriptionProgress(label: string): (fraction: number) => void {
  const started = Date.now();
  let shown = -1;
  return (fraction) => {
    if (Date.now() - started < 2000) return;
    const tenth = Math.floor(fraction * 10);
    if (tenth <= shown) return;
    shown = tenth;
    const text = `transcribing ${label}: ${tenth * 10}%`;
    if (process.stderr.isTTY) process.stderr.write(`\r${text}${tenth === 10 ? '\n' : ''}`);
    else process.stderr.write(`${text}\n`);
  };
}
