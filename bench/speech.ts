/**
 * Speech benchmark: transcription speed as a share of the audio's length (target: under 0.5x real
 * time) and the time from pressing stop to the first feedback (the transcript, the delivery measured
 * on the audio and the coach's report) for a one-minute answer recorded as WebM/Opus, as a browser sends it;
 * and the word error rate of free text on that speech, so a faster setting that hears worse shows here.
 *
 *   npm run bench -- speech
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestApp } from '../src/app/testing.js';
import { decodeAudioFile, pickEngine, speechEngines } from '../src/speech/index.js';
import { convert, speechToolsAvailable, synthesize, type Part } from '../src/speech/testing.js';
import type { BenchRow } from './measure.js';

const QUESTION = 'delivering-under-a-tight-deadline';
const SENTENCES = [
  'A new regulation gave us a fixed date, eight weeks out, and missing it meant we could not take applications in that state.',
  'I owned delivery across the web app, the document service and the legal review.',
  'On day one I met legal to agree the minimum compliant version, and we cut scope to the must have list.',
  'I tracked the critical path in a daily standup and ran engineering and legal review in parallel.',
  'We prepared a fallback that paused applications in that state only if the date slipped.',
  'We shipped four days early with no downtime, and the deferred work followed six weeks later.',
];

/**
 * CPU seconds used by finished child processes (the recogniser runs as one), from /proc: on a shared
 * machine this says what the work costs, where wall time also says how busy the machine was.
 */
function childCpuSeconds(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime are fields 16 and 17 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

const wordsOf = (text: string) => text.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/).filter(Boolean);

/** Word error rate: the fewest words substituted, deleted and inserted to turn what was heard into what was said, over the words said. */
export function wordErrorRate(said: string, heard: string): number {
  const ref = wordsOf(said);
  const hyp = wordsOf(heard);
  let previous = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++) {
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return (previous[hyp.length] ?? 0) / Math.max(ref.length, 1);
}

export async function benchSpeech(): Promise<BenchRow[]> {
  if (!speechToolsAvailable()) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-bench-speech-'));
  const app = await openTestApp();
  try {
    // About a minute: the sentences twice, with short and long pauses between them.
    const parts: Part[] = [...SENTENCES, ...SENTENCES].flatMap((say, i) => [{ say }, { silence: i % 3 === 2 ? 2 : 0.6 }]);
    const made = synthesize(dir, 'minute', 'flite', parts);
    const webmFile = convert(made.file, path.join(dir, 'minute.webm'), ['-c:a', 'libopus', '-b:a', '32k']);
    const webm = fs.readFileSync(webmFile);
    const keywords = app.questions.get(QUESTION).rubric.flatMap((p) => p.signals);

    let t = performance.now();
    const pcm = await decodeAudioFile(webmFile);
    const decodeMs = performance.now() - t;

    const engine = pickEngine(speechEngines(() => undefined), 'pocketsphinx');
    t = performance.now();
    let cpu = childCpuSeconds();
    const plain = await engine.transcribe(pcm);
    const freeText = (performance.now() - t) / 1000 / made.seconds;
    const freeTextCpu = (childCpuSeconds() - cpu) / made.seconds;
    t = performance.now();
    cpu = childCpuSeconds();
    await engine.transcribe(pcm, { keywords });
    const withKeywords = (performance.now() - t) / 1000 / made.seconds;
    const withKeywordsCpu = (childCpuSeconds() - cpu) / made.seconds;

    // Stop to first feedback: the upload is on loopback, so this is the server's share.
    t = performance.now();
    const heard = await app.speech.transcribe({ bytes: webm, mime: 'audio/webm', questionId: QUESTION });
    app.coach.analyze({ questionId: QUESTION, text: heard.transcript, heard: heard.transcript });
    const feedbackMs = performance.now() - t;

    return [
      { name: `audio length (flite, WebM/Opus)`, value: made.seconds, unit: 's' },
      { name: 'decode WebM/Opus to 16 kHz PCM (ffmpeg)', value: decodeMs, unit: 'ms' },
      { name: 'pocketsphinx, free text (wall)', value: freeText, unit: 'x real time', target: '< 0.5x' },
      { name: 'pocketsphinx, free text (CPU)', value: freeTextCpu, unit: 'x real time', target: '< 0.5x' },
      { name: 'pocketsphinx, free text: word error rate on the flite speech', value: 100 * wordErrorRate([...SENTENCES, ...SENTENCES].join(' '), plain.text), unit: '%' },
      { name: `pocketsphinx + ${keywords.length} rubric phrases (wall)`, value: withKeywords, unit: 'x real time', target: '< 0.5x' },
      { name: `pocketsphinx + ${keywords.length} rubric phrases (CPU)`, value: withKeywordsCpu, unit: 'x real time', target: '< 0.5x' },
      { name: 'stop to first feedback (transcript, delivery, coach)', value: feedbackMs, unit: 'ms' },
    ];
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
