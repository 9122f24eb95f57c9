import type { Command } from 'commander';
import { action, bold, printJson } from '../output.js';
import { renderAudio, transcriptionProgress } from '../render-audio.js';

interface TranscribeOptions {
  question?: string;
  engine?: string;
  json?: boolean;
}

export function registerTranscribe(program: Command): void {
  program
    .command('transcribe')
    .description('turn a recorded answer into text on this machine, with its delivery (pace, pauses) and the coach report')
    .argument('<file>', 'the recording: WAV, WebM/Opus, Ogg, MP3, M4A or FLAC')
    .option('--question <id>', "listen for this question's rubric phrases and coach against it")
    .option('--engine <name>', 'pocketsphinx or whisper (default: the speech setting, else the first installed)')
    .option('--json', 'print { transcript, audio, keywords, words, analysis } as JSON')
    .action(
      action(async (file: string, options: TranscribeOptions) => {
        const { withApp } = await import('../open-app.js');
        await withApp(async (app) => {
          if (options.question) app.questions.get(options.question);
          const heard = await app.speech.transcribe({ file, questionId: options.question, engine: options.engine, onProgress: transcriptionProgress(file), keep: false });
          const analysis = heard.transcript.trim() ? await app.coach.analyzeForPerson({ text: heard.transcript, questionId: options.question, heard: heard.transcript }) : null;
          const { recording: _pending, ...result } = heard;
          if (options.json) return printJson({ ...result, analysis });
          console.log(`${bold('Transcript')}\n${heard.transcript || '(no words recognised)'}\n`);
          console.log(renderAudio(heard.audio, heard.keywords));
          if (analysis) {
            const { renderCoach } = await import('../render-coach.js');
            console.log(`\n${renderCoach(analysis, heard.transcript)}`);
          }
        });
      }),
    );
}
