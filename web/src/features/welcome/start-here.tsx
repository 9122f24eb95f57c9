import type { Progress } from '@shared/api.js';
import { useFirstRunResult } from '../../lib/queries.js';
import { Link } from '../../lib/router.js';
import './welcome.css';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayOf = (date: string) => DAY.format(new Date(`${date}T00:00:00Z`));

/** Right after the welcome: what the new plan puts first, and what the readiness figure still waits for. */
export function StartHere({ progress }: { progress: Progress | undefined }) {
  const { data: result } = useFirstRunResult();
  if (!result) return null;
  const { plan, firstDay, firstSteps } = result;
  const missing = progress?.overall.missing ?? [];
  return (
    <section className="panel panel-accent start-here" aria-labelledby="start-here-title">
      <h2 id="start-here-title">Start here</h2>
      <p data-testid="plan-span">
        Your plan runs {plan.days.length} days, to {dayOf(plan.end)}.{firstDay ? ` Your first study day is ${dayOf(firstDay)}: do these first.` : ''}
      </p>
      {firstSteps.length > 0 ? (
        <ol className="start-steps" data-testid="first-steps">
          {firstSteps.map((step) => (
            <li key={`${step.kind}-${step.id}`}>
              <Link href={step.href}>{step.title}</Link> <span className="muted small">· {step.minutes} min</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">The plan has no study day yet. Open the <Link href="/plan">plan</Link> to change its dates.</p>
      )}
      {missing.length > 0 && (
        <div className="start-missing">
          <h3>Before an overall readiness figure means anything</h3>
          <ul data-testid="overall-missing">
            {missing.map((gap) => (
              <li key={gap.what}>{gap.message}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted small">
        The whole plan is on the <Link href="/plan">Plan</Link> page. Change your answers in <Link href="/settings">Settings</Link>.
      </p>
    </section>
  );
}
