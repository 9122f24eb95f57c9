import type { AttemptRecording, Moment, PracticeNext } from '@shared/api.js';
import { HIRE_BARS } from '@shared/domain.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { formatClock, formatWhen } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { useDebrief } from '../../lib/queries.js';
import { practiceHref } from '../../lib/practice-links.js';
import { RecordingPlayback } from '../speech/index.js';


const tone = (score: number | null) => (score === null ? 'unknown' : score >= HIRE_BARS.hire.overall ? 'high' : score >= HIRE_BARS.leanNoHire.overall ? 'mid' : 'low');

/** An answer that was spoken: its recording, folded so the list of answers stays short. */
function SpokenAnswer({ recording, title, summary }: { recording: AttemptRecording | undefined; title: string; summary: string }) {
  if (!recording) return null;
  return (
    <details className="answer-recording">
      <summary className="small">{summary}</summary>
      <RecordingPlayback recording={recording} level={3} title={title} />
    </details>
  );
}

/** A horizontal 0-100 bar with the hire bar marked, so "close" and "far" read at a glance. */
function ScoreBar({ label, score, sub }: { label: string; score: number | null; sub?: string }) {
  return (
    <li className="score-row">
      <span className="score-label">
        {label}
        {sub && <span className="muted small"> · {sub}</span>}
      </span>
      <span className="score-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score ?? undefined} aria-valuetext={score === null ? 'not scored' : `${score} out of 100`}>
        {score !== null && <span className={`score-fill score-${tone(score)}`} style={{ width: `${score}%` }} />}
        <span className="score-bar-mark" style={{ left: `${HIRE_BARS.hire.overall}%` }} aria-hidden="true" />
      </span>
      <span className="score-value">{score ?? '—'}</span>
    </li>
  );
}

function MomentCard({ moment, strong }: { moment: Moment; strong: boolean }) {
  return (
    <li className={`moment ${strong ? 'strong' : 'weak'}`}>
      <div className="moment-head">
        <span className="moment-score">{moment.score}</span>
        <span>
          <span className="moment-title">{moment.itemTitle}</span>
          <span className="muted small"> · {moment.stageTitle}</span>
        </span>
      </div>
      {moment.quote && <blockquote className="moment-quote">“{moment.quote}”</blockquote>}
      <p className="small moment-note">{moment.note}</p>
    </li>
  );
}

const ACTION: Record<PracticeNext['kind'], string> = { dimension: 'Practise', question: 'Answer again', problem: 'Solve it', area: 'Practise the area', stories: 'Open the story bank', mock: 'Pick a loop' };

export function MockDebrief({ id }: { id: number }) {
  const debrief = useDebrief(id);
  if (debrief.error) return <ErrorNote message={debrief.error.message} onRetry={() => void debrief.refetch()} />;
  if (!debrief.data) return <Loading label="Writing the debrief" />;
  const d = debrief.data;
  return (
    <div className="page wide">
      <p className="crumbs">
        <Link href="/mock">← Loops</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Debrief · {d.finishedAt ? formatWhen(d.finishedAt) : ''}</p>
        <h1>{d.loopTitle}</h1>
        <p className="lead">
          {d.answered} of {d.items} questions answered{d.completed ? '' : ', the loop was ended early'}. Scores are 0-100; the line on each bar is the hire bar of {HIRE_BARS.hire.overall}.
        </p>
      </header>

      <section className={`signal-card signal-${d.signal.id}`} aria-labelledby="signal-title">
        <div className="signal-score">
          <span className="signal-number" data-testid="debrief-overall">
            {d.overall ?? '—'}
          </span>
          <span className="muted small">overall / 100</span>
        </div>
        <div>
          <p className="eyebrow">Hire signal</p>
          <h2 id="signal-title" data-testid="hire-signal">
            {d.signal.title}
          </h2>
          <ul className="signal-reasons">
            {d.signal.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      </section>

      <div className="two-col debrief-charts">
        <section className="panel" aria-labelledby="stage-scores">
          <h2 id="stage-scores">By stage</h2>
          <ul className="score-bars">
            {d.stages.map((s) => (
              <ScoreBar key={s.id} label={s.title} score={s.score} sub={s.reached ? `${formatClock(s.elapsedSeconds)} of ${s.minutes}:00${s.overTime ? ', over time' : ''}` : 'not reached'} />
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="dimension-scores">
          <h2 id="dimension-scores">By dimension</h2>
          <ul className="score-bars">
            {d.dimensions.map((x) => (
              <ScoreBar key={x.id} label={x.title} score={x.score} />
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">The evidence</h2>
        <div className="evidence-grid">
          {d.dimensions
            .filter((x) => x.evidence.length > 0)
            .map((x) => (
              <div key={x.id} className="evidence-card">
                <p className="panel-title">
                  {x.title} <span className="muted">· {x.score ?? '—'}</span>
                </p>
                <ul>
                  {x.evidence.map((e, i) => (
                    <li key={i} className={`evidence-${e.tone}`}>
                      {e.quote && <q>{e.quote}</q>} <span className="small">{e.message}</span>
                      <span className="muted small"> · {e.itemTitle}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      </section>

      <div className="two-col moments">
        <section aria-labelledby="strongest-title">
          <h2 id="strongest-title">Strongest moments</h2>
          <ul className="moment-list">
            {d.strongest.map((m) => (
              <MomentCard key={m.itemKey} moment={m} strong />
            ))}
          </ul>
        </section>
        <section aria-labelledby="weakest-title">
          <h2 id="weakest-title">Weakest moments</h2>
          {d.weakest.length === 0 && <p className="muted">Only one answer was given, so there is nothing to compare it with.</p>}
          <ul className="moment-list">
            {d.weakest.map((m) => (
              <MomentCard key={m.itemKey} moment={m} strong={false} />
            ))}
          </ul>
        </section>
      </div>

      <section className="panel practice-next" aria-labelledby="practice-title">
        <h2 id="practice-title">What to practise next</h2>
        <ol className="next-list">
          {d.practice.map((p) => (
            <li key={`${p.kind}-${p.id}`} className="practice-next-item">
              <div>
                <p className="panel-title">{p.title}</p>
                <p className="muted small">{p.reason}</p>
              </div>
              <Link href={practiceHref(p.kind, p.id)} className="button small">
                {ACTION[p.kind]} <span className="visually-hidden">{p.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">Every answer</h2>
        <div className="answer-table">
          {d.stages.map((s) => (
            <div key={s.id} className="answer-stage">
              <p className="panel-title">{s.title}</p>
              <ul>
                {s.items.map((i) => (
                  <li key={i.key}>
                    <span className="answer-score">{i.score ?? '—'}</span>
                    <span>
                      {i.kind === 'coding' ? <Link href={`/code/${i.refId}`}>{i.title}</Link> : <Link href={`/practice/${i.refId}`}>{i.title}</Link>}
                      {i.followUp && (
                        <span className="muted small">
                          {' '}
                          · follow-up {i.followUp.answer === '' ? 'passed' : i.followUp.closed ? 'closed the gap' : i.followUp.closed === false ? 'left the gap open' : 'not answered'}
                        </span>
                      )}
                      {i.score === null && <span className="muted small"> · not answered</span>}
                      <SpokenAnswer recording={d.recordings[i.key]?.answer} title={`Your recording: ${i.title}`} summary="Play your spoken answer" />
                      <SpokenAnswer recording={d.recordings[i.key]?.followUp} title={`Your recording: follow-up on ${i.title}`} summary="Play your spoken follow-up" />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
      <p>
        <Link href="/mock" className="button primary">
          Run another loop
        </Link>{' '}
        <Link href="/" className="button">
          See your readiness
        </Link>
      </p>
    </div>
  );
}
