import type { PlanDay, PlanItem, PlanWeek } from '@shared/api.js';
import { AREAS } from '@shared/domain.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { formatMinutes, localDate } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { usePlan } from '../../lib/queries.js';
import { TrackSwitch, useTrackChoice } from '../../ui/track-switch.js';
import { PlanSettingsForm } from './plan-settings.js';
import { shortDate } from '../dashboard/progress-charts.js';
import './plan.css';
import { practiceHref } from '../../lib/practice-links.js';

const KIND = {
  question: { label: 'Question' },
  problem: { label: 'Code' },
  flashcards: { label: 'Cards' },
  mock: { label: 'Mock' },
} as const;

const WEEKDAY = { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' } as const;

/** Today in the browser's own calendar, to mark the current day. */
const localToday = (): string => localDate(new Date());

function Item({ item }: { item: PlanItem }) {
  const kind = KIND[item.kind];
  return (
    <li className={`plan-item kind-${item.kind}`}>
      <span className="plan-kind">{kind.label}</span>
      <Link href={practiceHref(item.kind, item.id)} className="plan-item-title">
        {item.title}
      </Link>
      <span className="plan-item-minutes muted small">{item.minutes} min</span>
    </li>
  );
}

function Day({ day, today }: { day: PlanDay; today: string }) {
  return (
    <li className={`plan-day ${day.rest ? 'rest' : ''} ${day.date === today ? 'plan-today' : day.date < today ? 'past' : ''}`} data-date={day.date}>
      <div className="plan-day-head">
        <span className="plan-day-name">
          {WEEKDAY[day.weekday]} <span className="plan-day-date">{shortDate(day.date)}</span>
        </span>
        {day.date === today && <span className="tag tag-accent">Today</span>}
        {!day.rest && day.minutes > 0 && <span className="muted small">{day.minutes} min</span>}
      </div>
      {day.rest ? (
        <p className="plan-rest-note muted small">Rest day</p>
      ) : day.items.length === 0 ? (
        <p className="plan-rest-note muted small">Free: the week's budget is used up</p>
      ) : (
        <ul className="plan-items">
          {day.items.map((item, i) => (
            <Item key={`${item.kind}-${item.id}-${i}`} item={item} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Week({ week, days, today }: { week: PlanWeek; days: PlanDay[]; today: string }) {
  const share = week.budget > 0 ? week.minutes / week.budget : 0;
  return (
    <section className="plan-week" aria-labelledby={`week-${week.week}`}>
      <header className="plan-week-head">
        <h2 id={`week-${week.week}`}>
          Week {week.week} <span className="muted plan-week-dates">{`${shortDate(week.start)} – ${shortDate(week.end)}`}</span>
        </h2>
        <div className="plan-budget">
          <span className="progress plan-budget-bar" role="meter" aria-label={`Week ${week.week} minutes used`} aria-valuemin={0} aria-valuemax={week.budget} aria-valuenow={week.minutes}>
            <span className="progress-fill plan-budget-fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
          </span>
          <span className="small plan-budget-text">
            <strong>{week.minutes}</strong> of {week.budget} min
          </span>
        </div>
      </header>
      <ol className="plan-days">
        {days.map((day) => (
          <Day key={day.date} day={day} today={today} />
        ))}
      </ol>
    </section>
  );
}

export function PlanPage() {
  const view = usePlan(useTrackChoice());
  if (view.error) return <ErrorNote message={view.error.message} onRetry={() => void view.refetch()} />;
  if (!view.data) return <Loading label="Packing your plan" />;
  const { plan, settings, saved } = view.data;
  const today = localToday();
  const title = (id: string) => AREAS.find((a) => a.id === id)?.title ?? id;
  const mocks = plan.days.filter((d) => d.items.some((i) => i.kind === 'mock')).length;
  return (
    <div className="page">
      <header className="page-header plan-header">
        <div>
          <p className="eyebrow">Plan</p>
          <h1>Your study plan</h1>
          <p className="lead">
            A weekly time budget, filled from a priority list: every area early, your weakest and unknown areas first, a mix of question types, short
            flashcard blocks, and mock interviews from about 60% of the way. It re-plans as your readiness changes.
          </p>
        </div>
        <a href="/api/plan.ics" download className="button plan-ics">
          Download .ics
        </a>
      </header>
      <TrackSwitch track={view.data.track} trackFrom={view.data.trackFrom} what="The plan is packed" />
      <PlanSettingsForm settings={settings} saved={saved} />
      {today > plan.end && (
        <p className="plan-ended" role="note">
          This plan ended on {shortDate(plan.end)}. Set a new start date above for a fresh plan.
        </p>
      )}
      <dl className="plan-summary">
        <div>
          <dt>Length</dt>
          <dd>
            {plan.weeks} weeks
            <span className="muted small plan-summary-note">
              {shortDate(plan.start)} – {shortDate(plan.end)}
              {plan.interviewDate ? `, interview ${shortDate(plan.interviewDate)}` : ''}
            </span>
          </dd>
        </div>
        <div>
          <dt>Planned</dt>
          <dd>
            {formatMinutes(plan.totalMinutes)}
            <span className="muted small plan-summary-note">budget {formatMinutes(plan.budgetPerWeek)} a week</span>
          </dd>
        </div>
        <div>
          <dt>Mock interviews</dt>
          <dd>
            {mocks}
            <span className="muted small plan-summary-note">{plan.mockStart ? `from ${shortDate(plan.mockStart)}` : 'none fit the budget'}</span>
          </dd>
        </div>
        <div>
          <dt>Focus first</dt>
          <dd className="plan-focus">{plan.focus.slice(0, 3).map(title).join(', ')}</dd>
        </div>
      </dl>
      {plan.weekly.map((week) => (
        <Week key={week.week} week={week} days={plan.days.filter((d) => d.week === week.week)} today={today} />
      ))}
    </div>
  );
}
