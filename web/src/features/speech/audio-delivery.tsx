import type { AudioSummary } from '@shared/api.js';
import { formatClock } from '../../lib/format.js';

const ENGINE_LABEL: Record<string, string> = { pocketsphinx: 'pocketsphinx, on this machine', whisper: 'whisper.cpp, on this machine', browser: "the browser's recognition" };

/** Words a minute over the answer, one bar per window; dashed lines mark 120 and 160. */
export function PaceChart({ pace }: { pace: AudioSummary['pace'] }) {
  if (pace.length === 0) return null;
  const max = Math.max(200, ...pace.map((p) => p.wordsPerMinute));
  const width = 320;
  const height = 110;
  const bar = width / pace.length;
  const y = (wpm: number) => height - 16 - (wpm / max) * (height - 26);
  return (
    <figure className="pace-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Pace over time: ${pace.map((p) => `${formatClock(p.start)} ${p.wordsPerMinute} words a minute`).join(', ')}`}>
        {pace.map((p, i) => (
          <g key={p.start}>
            <rect className="pace-bar" x={i * bar + 2} width={Math.max(2, bar - 4)} y={y(p.wordsPerMinute)} height={height - 16 - y(p.wordsPerMinute)} />
            <text className="pace-label" x={i * bar + bar / 2} y={height - 3} textAnchor="middle">
              {formatClock(p.start)}
            </text>
          </g>
        ))}
        {[120, 160].map((wpm) => (
          <line key={wpm} className="pace-guide" x1="0" x2={width} y1={y(wpm)} y2={y(wpm)} />
        ))}
      </svg>
      <figcaption className="muted small">Words a minute, every {pace[0] ? Math.round(pace[0].end - pace[0].start) : 10} s; the dashed lines mark 120 and 160, an easy pace to follow.</figcaption>
    </figure>
  );
}

/** What the recording itself says about delivery. */
export function AudioDelivery({ audio }: { audio: AudioSummary }) {
  return (
    <section className="audio-delivery" aria-labelledby="audio-delivery-title">
      <h3 id="audio-delivery-title">From the recording</h3>
      <dl className="audio-numbers">
        <div>
          <dt>Length</dt>
          <dd>{formatClock(audio.durationSeconds)}</dd>
        </div>
        <div>
          <dt>Speaking</dt>
          <dd>{formatClock(audio.speakingSeconds)}</dd>
        </div>
        <div>
          <dt>Pace</dt>
          <dd>{audio.wordsPerMinute} wpm</dd>
        </div>
        <div>
          <dt>Longest pause</dt>
          <dd>{audio.longestPauseSeconds.toFixed(1)} s</dd>
        </div>
      </dl>
      <p className="small">
        {audio.pauses.length === 0
          ? 'No pause of 1 s or more.'
          : `${audio.pauses.length} pause${audio.pauses.length === 1 ? '' : 's'} of 1 s or more: ${audio.pauses.map((p) => `${formatClock(p.start)} (${p.seconds.toFixed(1)} s)`).join(', ')}.`}{' '}
        {audio.fillers.count === 0 ? 'No "um" or "uh" heard.' : `Heard ${audio.fillers.heard.map((f) => `"${f.word}" at ${formatClock(f.start)}`).join(', ')}.`}
      </p>
      <PaceChart pace={audio.pace} />
      <p className="muted small">
        Heard by {ENGINE_LABEL[audio.engine] ?? audio.engine}. A pause is {`silence under ${audio.silenceThresholdDbfs} dBFS`} for 1 s or more between words.
      </p>
    </section>
  );
}
