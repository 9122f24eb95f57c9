import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import { InvalidInputError } from '../../core/errors.js';
import { action, bold, dim, printJson } from '../output.js';
import { withApp } from '../open-app.js';
import { renderAudio, transcriptionProgress } from '../render-audio.js';
import { renderCoach } from '../render-coach.js';
import { renderHeader, renderReview } from '../render-question.js';

/** Words per minute of a spoken answer: used to time an answer read from a file. */
const SPEAKING_WPM = 150;

interface PracticeOptions {
  file?: string;
  audio?: string;
  engine?: string;
  seconds?: string;
  json?: boolean;
}

/** Reads a typed answer until a line holding only "." or the end of input. */
async function readTypedAnswer(): Promise<string> {
  const lines: string[] = [];
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (line.trim() === '.') break;
    lines.push(line);
  }
  rl.close();
  return lines.join('\n');
}

function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}

function wholeSeconds(raw: string): number {
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0) throw new InvalidInputError(`--seconds must be a whole number of seconds, got "${raw}"`);
  return seconds;
}

export function registerPractice(program: Command): void {
  program
    .command('practice')
    .description('answer a question in the terminal; the attempt is timed, saved and reviewed')
    .argument('[id]', 'question id (default: a question you have not tried yet)')
    .option('--file <path>', 'read the answer from a file instead of typing it')
    .option('--audio <path>', 'a recording of your spoken answer (WAV, WebM/Opus, Ogg, MP3, M4A, FLAC): transcribed here, kept with the attempt')
    .option('--engine <name>', 'with --audio: pocketsphinx or whisper (default: the speech setting, else the first installed)')
    .option('--seconds <n>', 'how long the answer took (default with --file: its speaking time at 150 words a minute)')
    .option('--json', 'print the saved attempt and the question as JSON')
    .action(
      action(async (id: string | undefined, options: PracticeOptions) =>
        withApp(async (app) => {
          const chosen = id ?? (await app.questions.list({ attempted: 'no' }))[0]?.id ?? app.content.questions[0]?.id;
          if (!chosen) throw new InvalidInputError('the question bank is empty');
          const question = app.questions.get(chosen);
          if (!options.json) {
            console.log(`${renderHeader(question)}\n`);
          }
          if (options.audio) {
            if (options.file) throw new InvalidInputError('give --audio or --file, not both');
            const heard = await app.speech.transcribe({ file: options.audio, questionId: question.id, engine: options.engine, onProgress: transcriptionProgress(options.audio) });
            if (!heard.transcript.trim()) {
              throw new InvalidInputError(`no words were recognised in ${options.audio}; check it holds speech (play it back), or type the answer instead: tpmprep practice ${question.id}`);
            }
            const seconds = options.seconds !== undefined ? wholeSeconds(options.seconds) : Math.round(heard.audio.durationSeconds);
            const attempt = await app.attempts.create({ questionId: question.id, answer: heard.transcript, seconds, recording: heard.recording ?? undefined });
            const audio = attempt.recording?.audio ?? heard.audio;
            if (options.json) return printJson({ transcript: heard.transcript, audio, keywords: heard.keywords, analysis: attempt.analysis, attempt, question });
            console.log(`${bold('Transcript')}\n${heard.transcript}\n`);
            console.log(`${renderAudio(audio, heard.keywords, attempt.analysis?.spoken)}\n`);
            if (attempt.analysis) console.log(`${renderCoach(attempt.analysis, heard.transcript)}\n`);
            console.log(`${bold('Saved')} with its recording.\n`);
            console.log(renderReview(question));
            return;
          }
          let answer: string;
          let seconds: number;
          if (options.file) {
            if (!fs.existsSync(options.file)) throw new InvalidInputError(`no file at ${options.file}; give the path of a text file holding your answer`);
            answer = fs.readFileSync(options.file, 'utf8');
            const words = answer.split(/\s+/).filter(Boolean).length;
            seconds = Math.round((words / SPEAKING_WPM) * 60);
          } else {
            if (!options.json) {
              console.log(dim(`You have about ${question.minutes} min. Type your answer; finish with a line holding only "." (or Ctrl-D).`));
            }
            const started = Date.now();
            answer = await readTypedAnswer();
            seconds = Math.round((Date.now() - started) / 1000);
          }
          if (options.seconds !== undefined) seconds = wholeSeconds(options.seconds);
          const attempt = await app.attempts.create({ questionId: question.id, answer, seconds });
          if (options.json) return printJson({ attempt, question });
          const expected = question.minutes * 60;
          console.log(`\n${bold(`Saved as attempt ${attempt.id}.`)} Time: ${formatDuration(seconds)} against ${question.minutes} min expected${seconds > expected ? ' (over time)' : ''}.\n`);
          if (attempt.analysis) console.log(`${renderCoach(attempt.analysis, answer)}\n`);
          console.log(renderReview(question));
          console.log(dim(`\nSee it again with: tpmprep attempts show ${attempt.id}`));
        }),
      ),
    );
}
