import type { LoopSummary, MockSummary } from '@shared/api.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/tag.js';
import { formatMinutes, formatWhen } from '../../lib/format.js';
import { Link, navigate } from '../../lib/router.js';
import { useCurrentMock, useMock, useMockLoops, useMocks, useStartMock, useStories } from '../../lib/queries.js';
import { MockDebrief } from './mock-debrief.js';
import { MockRun } from './mock-run.js';
import { TrackSwitch, useTrackChoice } from '../../ui/track-switch.js';
import './mock.css';

const STYLE_LABEL: Record<LoopSummary['style'], string> = { generic: 'The guide\'s loop', 'company-style': 'Company-style format', practice: 'Practice' };

function LoopCard({ loop, busy, disabled, onStart }: { loop: LoopSummary; busy: boolean; disabled: boolean; onStart: () => void }) {
  return (
    <li className={`loop-card loop-${loop.style}`} data-loop={loop.id}>
      <div className="loop-card-head">
        <Tag tone={loop.style === 'practice' ? 'good' : loop.style === 'generic' ? 'accent' : 'plain'}>{STYLE_LABEL[loop.style]}</Tag>
        <span className="loop-minutes">{formatMinutes(loop.minutes)}</span>
      </div>
      <h2>{loop.title}</h2>
      <p className="muted small">{loop.summary}</p>
      <ol className="loop-stages" aria-label={`${loop.title} stages`}>
        {loop.stages.map((s) => (
          <li key={s.id} style={{ flexGrow: s.minutes }}>
            <span className="loop-stage-bar" aria-hidden="true" />
            <span className="loop-stage-title">{s.title}</span>
            <span className="loop-stage-meta muted">
              {s.minutes} min · {s.asks.join(', ')}
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="button primary loop-start" onClick={onStart} disabled={disabled || busy} aria-label={`Start the ${loop.title}`}>
        {busy ? 'Choosing your questions…' : 'Start this loop'}
      </button>
    </li>
  );
}

function PastMocks({ mocks }: { mocks: MockSummary[] }) {
  if (mocks.length === 0) return <p className="muted">No mocks yet. The quick loop takes about fifteen minutes.</p>;
  return (
    <ul className="past-mocks">
      {mocks.map((m) => (
        <li key={m.id}>
          <Link href={`/mock/${m.id}`} className="past-mock">
            <span className="past-mock-title">{m.loopTitle}</span>
            <span className="muted small">{formatWhen(m.startedAt)}</span>
            <span className="small">
              {m.status === 'finished' ? (
                <>
                  <strong>{m.overall ?? '—'}</strong>/100 · {m.signal}
                </>
              ) : (
                <Tag tone="medium">{m.status === 'paused' ? 'paused' : 'in progress'}</Tag>
              )}
            </span>
            <span className="muted small">
              {m.answered}/{m.items} answered
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function LoopPicker() {
  const track = useTrackChoice();
  const loops = useMockLoops(track);
  const current = useCurrentMock();
  const past = useMocks();
  const stories = useStories();
  const starter = useStartMock();
  const starting = starter.isPending || starter.isSuccess ? starter.variables?.loopId : undefined;
  const open = current.data?.mock;

  // A track chosen for this view chooses the questions too; otherwise the server uses the stored one.
  const start = (loopId: string) => starter.mutate({ loopId, ...(track && track !== 'all' ? { track } : {}) }, { onSuccess: (view) => navigate(`/mock/${view.id}`) });

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Mock interview</p>
        <h1>Rehearse the whole loop</h1>
        <p className="lead">
          Each stage runs against its own clock. Questions are chosen for you, weakest areas and unseen questions first, and the interviewer asks one follow-up after
          every answer. No feedback until the debrief, as in a real loop.
        </p>
      </header>
      {open && (
        <div className="resume-banner" role="status">
          <div>
            <strong>{open.loopTitle}</strong> is {open.status === 'paused' ? 'paused' : 'still open'}: stage {(open.stage?.index ?? 0) + 1} of {open.stages.length}.
          </div>
          <Link href={`/mock/${open.id}`} className="button primary small">
            {open.status === 'paused' ? 'Resume' : 'Continue'}
          </Link>
        </div>
      )}
      {starter.error && <ErrorNote message={starter.error.message} />}
      {loops.data && <TrackSwitch track={loops.data.track} trackFrom={loops.data.trackFrom} what="Loops" />}
      {loops.error && <ErrorNote message={loops.error.message} onRetry={() => void loops.refetch()} />}
      {!loops.data && !loops.error && <Loading label="Loading the loops" />}
      <ul className="loop-grid">
        {loops.data?.loops.map((loop) => (
          <LoopCard key={loop.id} loop={loop} busy={starting === loop.id} disabled={Boolean(open) || Boolean(starting)} onStart={() => start(loop.id)} />
        ))}
      </ul>
      <div className="two-col mock-bottom">
        <section className="panel" aria-labelledby="past-title">
          <h2 id="past-title">Your mocks</h2>
          {past.data && <PastMocks mocks={past.data.mocks} />}
        </section>
        <section className="panel" aria-labelledby="stories-title">
          <h2 id="stories-title">Your story bank</h2>
          {stories.data && (
            <p>
              <strong>{stories.data.count}</strong> of {stories.data.target.min}-{stories.data.target.max} stories.{' '}
              {stories.data.count >= stories.data.target.min ? 'Enough to answer a full loop without telling one twice.' : `Add ${stories.data.target.min - stories.data.count} more so that every theme has one.`}
            </p>
          )}
          <p className="muted small">Behavioral rounds go better with rehearsed STAR stories. A loop never lets you tell the same story twice.</p>
          <Link href="/mock/stories" className="button">
            Open the story bank
          </Link>
        </section>
      </div>
    </div>
  );
}

/** One mock: the running interview, or its debrief once finished. */
function MockSession({ id }: { id: number }) {
  const mock = useMock(id);
  if (mock.error) return <ErrorNote message={mock.error.message} onRetry={() => void mock.refetch()} />;
  if (!mock.data) return <Loading label="Loading the mock" />;
  if (mock.data.status === 'finished') return <MockDebrief id={id} />;
  return <MockRun view={mock.data} />;
}

export function MockPage({ id }: { id?: number }) {
  return id === undefined ? <LoopPicker /> : <MockSession key={id} id={id} />;
}
