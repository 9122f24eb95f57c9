import { useState } from 'react';
import { saveSpeechSettings, type SpeechStatus } from './speech-api.js';
import { browserRecognitionSupported } from './use-browser-recognition.js';

const LABELS: Record<string, string> = {
  auto: 'Automatic (first installed)',
  pocketsphinx: 'pocketsphinx (on this machine)',
  whisper: 'whisper.cpp (on this machine)',
  browser: "The browser's recognition (audio leaves this machine)",
};

/** The speech engine setting: a small control beside the recorder. */
export function EngineChoice({ status, onChange }: { status: SpeechStatus; onChange: (engine: string) => void }) {
  // The choice being saved; the saved setting otherwise.
  const [choice, setChoice] = useState<SpeechStatus['settings']['engine']>();
  const engine = choice ?? status.settings.engine;
  const setEngine = setChoice;
  const [error, setError] = useState<string>();
  const options = ['auto', 'pocketsphinx', 'whisper', ...(browserRecognitionSupported() ? ['browser'] : [])];
  const reason = status.engines.find((e) => e.name === engine)?.reason;
  return (
    <div className="engine-choice">
      <label className="small" htmlFor="speech-engine">
        Transcribe with
      </label>{' '}
      <select
        id="speech-engine"
        value={engine}
        onChange={(e) => {
          const next = e.target.value as typeof engine;
          setEngine(next);
          saveSpeechSettings({ engine: next })
            .then(() => {
              setError(undefined);
              onChange(next);
            })
            .catch((err: Error) => setError(err.message));
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {LABELS[o]}
          </option>
        ))}
      </select>
      {engine === 'browser' && (
        <p className="small speech-warn" role="note">
          The browser's own recognition sends your audio to the browser maker's speech service (Google for Chrome, Microsoft for Edge). The recording
          itself, its pauses and pace still stay on this machine.
        </p>
      )}
      {reason && <p className="small speech-warn">{reason}</p>}
      {error && <p className="small error-text">{error}</p>}
    </div>
  );
}
