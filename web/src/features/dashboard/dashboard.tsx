import type { PlanView, Progress, ProgressEstimate, RecentItem } from '@shared/api.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { formatDuration, formatMinutes, formatWhen, localDate } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { useChecklist, usePlan, useProgress, useRecent } from '../../lib/queries.js';
import { TrackSwitch, useTrackChoice } from '../../ui/track-switch.js';
import { pct, SkillRadar, TimeBars, TrendChart } from './progress-charts.js';
import './dashboard.css';
import { practiceHref } from '../../lib/practice-links.js';
import { StartHere } from '../welcome/start-here.js';


function AreaBars({ areas }: { areas: ProgressEstimate[] }) {
  return (
    <ul className="area-bars">
      {areas.map((a) => (
        <li key={a.id} data-area={a.id}>
          <Link href={`/practice?area=${a.id}`} className="area-bar-name">
            {a.title}
          </Link>
          {a.score === null ? (
            // No value, so no meter: the words beside it ("Unknown", "no evidence") say it.
            <span className="area-bar unknown" aria-hidden="true" />
          ) : (
            <span
              className="area-bar"
              role="meter"
              aria-label={a.title}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(a.score * 100)}
              aria-valuetext={`${pct(a.score)}, ${a.level} confidence`}
            >
              <span className={`area-bar-fill area-band-${a.band}`} data-band={a.band} style={{ width: `${a.score * 100}%` }} />
            </span>
          )}
          <span className="area-bar-value" data-testid={`area-${a.id}`}>
            {pct(a.score)}
          </span>
          <span className="area-bar-meta muted small">{a.score === null ? 'no evidence' : `${a.items} item${a.items === 1 ? '' : 's'} · ${a.level}`}</span>
        </li>
      ))}
    </ul>
  );
}

/** Today's items from the study plan, when the plan covers today. */
function TodayInPlan({ view }: { view: PlanView | undefined }) {
  if (!view) return null;
  const today = localDate(new Date());
  const day = view.plan.days.find((d) => d.date === today);
  return (
    <div className="today-plan">
      <h3>Today in your plan</h3>
      {!day && <p className="muted small">Your plan does not cover today. <Link href="/plan">Set one up</Link> for a day-by-day schedule.</p>}
      {day?.rest && <p className="muted small">A rest day. Tomorrow's work is on the <Link href="/plan">plan</Link>.</p>}
      {day && !day.rest && (
        <ul className="plain-list today-list">
          {day.items.map((item, i) => (
            <li key={`${item.id}-${i}`}>
              <Link href={practiceHref(item.kind, item.id)}>{item.title}</Link> <span className="muted small">· {item.minutes} min</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReadinessSummary({ progress }: { progress: Progress }) {
  const { overall, streak, time } = progress;
  return (
    <div className="dash-summary">
      <div className="dash-overall">
        <span className="stat-label">Overall readiness</span>
        <span className={`dash-overall-value ${overall.score === null ? 'unknown' : ''}`} data-testid="overall">
          {pct(overall.score)}
        </span>
        {overall.score !== null && (
          <span className="muted small">
            Across {overall.known} of {overall.total} areas with evidence · {overall.level} confidence
          </span>
        )}
        {overall.score === null && overall.known === 0 && <span className="muted small">No scored practice yet: every area is unknown, not zero.</span>}
        {overall.score === null && overall.known > 0 && (
          <div className="small overall-missing">
            <p>Too little evidence for an overall figure yet. Still needed:</p>
            <ul data-testid="overall-missing">
              {overall.missing.map((m) => (
                <li key={m.what}>{m.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="stat dash-stat">
        <span className="stat-value" data-testid="streak">
          {streak.days} {streak.days === 1 ? 'day' : 'days'}
        </span>
        <span className="stat-label">{streak.days === 0 ? 'streak: practise today to start one' : streak.activeToday ? 'streak, practised today' : 'streak: practise today to keep it'}</span>
      </div>
      <div className="stat dash-stat">
        <span className="stat-value">{formatMinutes(time.totalSeconds / 60)}</span>
        <span className="stat-label">practised in all · {formatMinutes(time.lastWeekSeconds / 60)} in the last 7 days</span>
      </div>
    </div>
  );
}

const KIND_LABEL: Record<RecentItem['kind'], string> = { answer: 'Answer', code: 'Code', exercise: 'Exercise', mock: 'Mock interview' };

/** The newest practice of every kind, as the server lists it. */
function RecentPractice() {
  const recent = useRecent(6);
  const items = recent.data?.items;
  return (
    <section className="panel" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent practice</h2>
      {recent.error && <ErrorNote message={recent.error.message} onRetry={() => void recent.refetch()} />}
      {items?.length === 0 && (
        <p>
          Nothing yet. <Link href="/practice">Pick a question</Link> and answer it against the clock.
        </p>
      )}
      <ul className="plain-list recent-list" data-testid="recent-practice">
        {items?.map((item) => (
          <li key={`${item.kind}-${item.id}`} data-kind={item.kind}>
            <span className="muted small">{KIND_LABEL[item.kind]}</span>
            <Link href={item.href}>{item.title}</Link>
            <span className="muted small recent-meta">
              {[item.outcome, item.seconds ? formatDuration(item.seconds) : null, formatWhen(item.at)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Dashboard() {
  const track = useTrackChoice();
  const progress = useProgress(track);
  const checklist = useChecklist();
  const plan = usePlan(track);
  const items = checklist.data?.items ?? [];
  const done = items.filter((i) => i.done).length;
  const next = items.find((i) => !i.done);
  const p = progress.data;
  return (
    <div className="page dashboard">
      <header className="page-header">
        <p className="eyebrow">Dashboard</p>
        <h1>Where you stand</h1>
        <p className="lead">Every scored answer, recalled card and ticked checklist item is evidence. Recent evidence counts more; an area you have not practised is unknown, not zero.</p>
      </header>
      <StartHere progress={p} />
      {progress.error && <ErrorNote message={progress.error.message} onRetry={() => void progress.refetch()} />}
      {!p && !progress.error && <Loading label="Reading your progress" />}
      {p && (
        <>
          <TrackSwitch track={p.track} trackFrom={p.trackFrom} what="Readiness" />
          <ReadinessSummary progress={p} />
          <div className="dash-grid">
            <section className="panel" aria-labelledby="skills-title">
              <h2 id="skills-title">Skills</h2>
              <SkillRadar skills={p.skills} />
              <p className="muted small dash-note">Evidence loses half its weight every {p.halfLifeDays} days. A gap in the shape is a skill with no evidence yet.</p>
            </section>
            <section className="panel" aria-labelledby="next-title">
              <h2 id="next-title">Practise next</h2>
              <ol className="next-list">
                {p.next.map((n) => (
                  <li key={n.id}>
                    <div>
                      <p className="panel-title">{n.title}</p>
                      <p className="muted small">{n.reason}</p>
                    </div>
                    <Link href={`/practice?area=${n.id}`} className="button small">
                      Practise <span className="visually-hidden">{n.title}</span>
                    </Link>
                  </li>
                ))}
              </ol>
              <TodayInPlan view={plan.data} />
            </section>
          </div>
          <section className="panel dash-areas" aria-labelledby="areas-title">
            <h2 id="areas-title">The 10 areas</h2>
            <AreaBars areas={p.areas} />
          </section>
          <div className="dash-grid">
            <section className="panel" aria-labelledby="trend-title">
              <h2 id="trend-title">Trend, last {p.trend.length} weeks</h2>
              <TrendChart trend={p.trend} />
            </section>
            <section className="panel" aria-labelledby="time-title">
              <h2 id="time-title">Time spent</h2>
              <TimeBars days={p.time.days} />
              <p className="muted small dash-note">
                Answers count their timed length; a flashcard review counts about {p.time.secondsPerReview} seconds.
              </p>
            </section>
          </div>
        </>
      )}
      <div className="two-col dash-bottom">
        <section className="panel">
          <h2>Next on the checklist</h2>
          {next ? (
            <>
              <p className="panel-title">{next.title}</p>
              <p className="muted small">
                {done} of {items.length} done
              </p>
              <Link href="/guide#checklist" className="button">
                Open the checklist
              </Link>
            </>
          ) : (
            <p>{checklist.data ? 'Every item is done.' : 'Loading…'}</p>
          )}
        </section>
        <RecentPractice />
      </div>
    </div>
  );
}
