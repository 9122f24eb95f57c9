import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { speechToolsAvailable, synthesize } from '../speech/testing.js';
import { cliSandbox } from './cli-sandbox.js';
import { runCli } from './run-cli.js';

const QUESTION = 'delivering-under-a-tight-deadline';
const sandbox = cliSandbox('speech');

/**
 * Runs a command with --json; stderr may only hold progress lines, shown when transcription takes over
 * 2 s. Transcribing is real work: on a busy machine it takes longer than the usual 30 s allowed a command.
 */
function spokenJson(...args: string[]) {
  const result = runCli([...args, '--json'], { home: sandbox.home, timeoutMs: 110_000 });
  expect(result.status).toBe(0);
  for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^transcribing .+: (\d?0|100)%$/);
  return JSON.parse(result.stdout);
}

describe('tpmprep transcribe and practice --audio: bad input', { timeout: 90_000 }, () => {
  it('names the formats that work when a file is not audio, and the path when it is missing', () => {
    const notes = sandbox.file('notes.txt', 'typed notes');
    const text = sandbox.cli('transcribe', notes);
    expect([text.status, text.stderr]).toEqual([2, `error: ${notes} does not look like a recording (by its extension); use WAV, WebM/Opus, Ogg/Opus or Vorbis, MP3, M4A/AAC or FLAC\n`]);
    const missing = sandbox.cli('practice', QUESTION, '--audio', path.join(sandbox.home, 'nope.webm'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`error: no audio file at ${path.join(sandbox.home, 'nope.webm')}; give the path of a recording (WAV, WebM/Opus, Ogg/Opus or Vorbis, MP3, M4A/AAC or FLAC)\n`);
    const both = sandbox.cli('practice', QUESTION, '--audio', notes, '--file', notes);
    expect([both.status, both.stderr]).toEqual([2, 'error: give --audio or --file, not both\n']);
  });

  it('says what whisper needs when it is asked for and not set up', () => {
    const wav = sandbox.file('empty.wav', '');
    const result = sandbox.cli('transcribe', wav, '--engine', 'whisper');
    expect(result.status).toBe(7);
    expect(result.stderr).toMatch(/^error: whisper needs a model file: set its path in the speech settings or TPMPREP_WHISPER_MODEL\. whisper\.cpp model files .* tpmprep never downloads a model\n$/);
  });
});

describe.runIf(speechToolsAvailable())('tpmprep transcribe and practice --audio', { timeout: 240_000 }, () => {
  let made: ReturnType<typeof synthesize>;
  beforeAll(() => {
    made = synthesize(sandbox.home, 'answer', 'flite', [
      { say: 'The regulation gave us a fixed date. I owned the plan.' },
      { silence: 2 },
      { say: 'I tracked the critical path in a daily standup, and we shipped on time.' },
    ]);
  });

  it('transcribe --json: the transcript, the delivery measured on the audio and the coach report, saving nothing', () => {
    const out = spokenJson('transcribe', made.file, '--question', QUESTION);
    expect(Object.keys(out).sort()).toEqual(['analysis', 'audio', 'keywords', 'transcript', 'words']);
    expect(out.transcript).toContain('critical path');
    expect(Math.abs(out.audio.durationSeconds - made.seconds) / made.seconds).toBeLessThan(0.05);
    expect(out.audio.pauses.filter((p: { seconds: number }) => p.seconds >= 2)).toHaveLength(1);
    expect(out.audio.longestPauseSeconds).toBeGreaterThanOrEqual(2);
    expect(out.audio.engine).toBe('pocketsphinx');
    // With all of the question's signals listening, the said phrases come out; none that were not said.
    const spotted: string[] = out.keywords.map((k: { phrase: string }) => k.phrase);
    expect(spotted).toEqual(expect.arrayContaining(['regulation', 'fixed date', 'critical path', 'daily standup']));
    const said = 'the regulation gave us a fixed date i owned the plan i tracked the critical path in a daily standup and we shipped on time';
    for (const phrase of spotted) expect(said).toContain(phrase);
    expect(out.analysis.questionId).toBe(QUESTION);
    expect(fs.readdirSync(path.join(sandbox.home, 'audio', 'pending'))).toEqual([]);
  });

  it('practice --audio --json saves the attempt with its recording in the data folder', () => {
    const out = spokenJson('practice', QUESTION, '--audio', made.file);
    expect(out.attempt.answer).toBe(out.transcript);
    expect(out.attempt.seconds).toBe(Math.round(made.seconds));
    expect(out.audio).toEqual(out.attempt.recording.audio);
    expect(out.analysis.spoken).toEqual({ heardWords: out.transcript.split(' ').length, typedWords: 0, typedSpans: [] });
    const saved = path.join(sandbox.home, 'audio', `attempt-${out.attempt.id}.wav`);
    expect(fs.readFileSync(saved).equals(fs.readFileSync(made.file))).toBe(true);
  });
});
