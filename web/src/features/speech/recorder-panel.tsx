import { useEffect, useRef, useState } from 'react';
import type { SpeechResult } from '@shared/api.js';
import { useQuery } from '@tanstack/react-query';
import { formatClock } from '../../lib/format.js';
import { AudioDelivery } from './audio-delivery.js';
import { EngineChoice } from './engine-choice.js';
import { getSpeechStatus, transcribe } from './speech-api.js';
import { useBrowserRecognition } from './use-browser-recognition.js';
import { useRecorder } from './use-recorder.js';
import './speech.css';

/** A transcription as the answer form uses it: `heard` is what the recogniser heard, kept for the coach. */
export type Spoken = SpeechResult & { heard: string };


/**
 * Record a spoken answer: a record button, a live level meter and timer, stop and re-record. On stop
 * the recording is transcribed on this machine and handed to the form, which lets the person edit the
 * text before it is coached.
 */
export function RecorderPanel({ questionId, onTranscribed, onReset }: { questionId?: string; onTranscribed: (spoken: Spoken) => void; onReset?: () => void }) {
  const status = useQuery({ queryKey: ['speech'], queryFn: getSpeechStatus });
  const recorder = useRecorder();
  const browser = useBrowserRecognition();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<Spoken>();
  const browserText = useRef<Promise<string>>(Promise.resolve(''));
  const engine = status.data?.settings.engine ?? 'auto';

  useEffect(() => {
    const blob = recorder.recording;
    if (!blob) return;
    let live = true;
    // A new recording starts its transcription: the progress and error of the last one are reset with it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setProgress(0);
    setError(undefined);
    transcribe(blob, { questionId, engine: engine === 'auto' ? undefined : engine, onProgress: (f) => live && setProgress(f) })
      .then(async (heard) => {
        const text = engine === 'browser' ? await browserText.current : heard.transcript;
        if (!live) return;
        const spoken = { ...heard, transcript: text, heard: text };
        setResult(spoken);
        onTranscribed(spoken);
      })
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setProgress(undefined));
    return () => {
      live = false;
    };
    // Transcribe once per recording, with the engine and question of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recorder.recording]);

  if (!recorder.supported) return <p className="muted small">This browser cannot record audio here; type your answer.</p>;

  const startRecording = () => {
    setResult(undefined);
    setError(undefined);
    onReset?.();
    if (engine === 'browser') browser.start();
    void recorder.start();
  };
  const stopRecording = () => {
    if (engine === 'browser') browserText.current = browser.stop();
    recorder.stop();
  };
  const recording = recorder.state === 'recording';
  const words = result?.transcript.trim() ? result.transcript.trim().split(/\s+/).length : 0;

  return (
    <section className="recorder" aria-label="Record your answer">
      <div className="recorder-controls">
        {recording ? (
          <button type="button" className="button record-button record-stop" onClick={stopRecording}>
            ■ Stop
          </button>
        ) : (
          <button type="button" className="button record-button" onClick={startRecording} disabled={recorder.state === 'starting' || progress !== undefined}>
            ● {result || recorder.state === 'stopped' ? 'Record again' : 'Record answer'}
          </button>
        )}
        <span className="recorder-time" aria-label="Recording time" role="timer">
          {formatClock(recorder.seconds)}
        </span>
        <div className="level-meter" role="meter" aria-label="Microphone level" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(recorder.level * 100)}>
          <div className="level-fill" style={{ width: `${Math.round(recorder.level * 100)}%` }} />
        </div>
        {recording && <span className="small recording-dot">Recording</span>}
      </div>
      {status.data && !recording && progress === undefined && <EngineChoice status={status.data} onChange={() => void status.refetch()} />}
      {progress !== undefined && (
        <p className="small" role="status">
          Transcribing on this machine… <progress max={1} value={progress} aria-label="Transcription progress" /> {Math.round(progress * 100)}%
        </p>
      )}
      {recorder.error && <p className="small error-text">{recorder.error}</p>}
      {error && (
        <p className="small error-text" role="alert">
          {error} Your typed answer still works.
        </p>
      )}
      {result && (
        <>
          <p className="small" role="status">
            Transcribed {words} words{result.keywords.length > 0 ? `; rubric phrases heard: ${[...new Set(result.keywords.map((k) => k.phrase))].join(', ')}` : ''}. Edit the text
            below before you submit: the coach reads it, and knows which words you typed.
          </p>
          <AudioDelivery audio={result.audio} />
        </>
      )}
    </section>
  );
}
