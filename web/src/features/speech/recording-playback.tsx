import { useId, useRef, useState } from 'react';
import type { AttemptRecording } from '@shared/api.js';
import type { Provenance } from '@shared/api.js';
import { AudioDelivery } from './audio-delivery.js';
import './speech.css';

/** The saved answer: play it back while the word being said is highlighted in what was heard. */
/** `level`: the heading's level where it is placed (3 under the practice page's answer, 2 in a mock step). */
/** `title`: the heading, where several recordings share a page (a mock's debrief names each question). */
export function RecordingPlayback({ recording, typed, level = 3, title = 'Your recording' }: { recording: AttemptRecording; typed?: Provenance; level?: 2 | 3; title?: string }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const [time, setTime] = useState(-1);
  const player = useRef<HTMLAudioElement>(null);
  const current = recording.words.findIndex((w) => time >= w.start && time < w.end);
  return (
    <section className="recording-playback" aria-labelledby={headingId}>
      <Heading id={headingId} className="playback-heading">
        {title}
      </Heading>
      <audio
        ref={player}
        controls
        preload="metadata"
        src={recording.url}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onEnded={() => setTime(-1)}
        aria-label="Your recorded answer"
      />
      {recording.words.length > 0 && (
        <p className="heard-words" aria-label="What was heard, word by word">
          {recording.words.map((w, i) => (
            <span key={`${w.start}-${i}`}>
              <button
                type="button"
                className={`heard-word ${i === current ? 'speaking' : ''}`}
                aria-current={i === current ? 'true' : undefined}
                onClick={() => {
                  if (player.current) {
                    player.current.currentTime = w.start;
                    void player.current.play();
                  }
                }}
              >
                {w.word}
              </button>{' '}
            </span>
          ))}
        </p>
      )}
      {typed && (
        <p className="small typed-note">
          {typed.heardWords} words of the saved answer were heard in the recording{typed.typedWords > 0 ? `, ${typed.typedWords} typed afterwards` : ''}.
        </p>
      )}
      <AudioDelivery audio={recording.audio} />
    </section>
  );
}
