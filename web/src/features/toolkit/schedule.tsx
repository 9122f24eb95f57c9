import { useId, useState } from 'react';
import { useDraft } from '../../lib/use-draft.js';
import { formatNumber, formatPercent } from '@shared/domain.js';
import { CalcNote, Choice, Field, Figure } from './fields.js';
import { GanttChart } from './gantt-chart.js';
import { SAMPLE_PROJECT } from './sample-project.js';
import { useCalc } from './use-calc.js';
import { ScrollBox } from '../../ui/scroll-box.js';

const LEGACY_KEY = 'tpmprep:toolkit:schedule';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** "Mar 3" for a YYYY-MM-DD the server computed. */
const shortDate = (iso: string | undefined) =>
  iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }) : '';
const days = (n: number) => `${formatNumber(n, 1)} day${n === 1 ? '' : 's'}`;

/** The coming Monday, as the default project start (a form default, not a calculation). */
function nextMonday(today = new Date()): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

/** Critical path, slack, a Gantt chart and PERT odds for a plan written in YAML or CSV. */
export function ScheduleCalculator({ initialText }: { initialText?: string }) {
  // The plan typed here is a draft like any other; a plan handed in (an exercise's) is its own draft.
  const [text, setText] = useDraft('toolkit:schedule', initialText ?? SAMPLE_PROJECT, initialText === undefined ? { legacy: LEGACY_KEY } : { memoryOnly: true });
  const [start, setStart] = useState(nextMonday);
  const [calendar, setCalendar] = useState<'working' | 'calendar'>('working');
  const [deadline, setDeadline] = useState('35');
  const editorId = useId();

  const trimmed = deadline.trim();
  const deadlineValue = trimmed === '' ? undefined : DATE.test(trimmed) ? trimmed : Number(trimmed);
  const input = text.trim()
    ? { text, calendar, ...(DATE.test(start) ? { start } : {}), ...(deadlineValue === undefined || Number.isNaN(deadlineValue) ? {} : { deadline: deadlineValue }) }
    : null;
  const calc = useCalc('schedule', input);
  const r = calc.result;
  const nameOf = new Map(r?.tasks.map((t) => [t.id, t.name]));
  const p80 = r?.pert?.confidence.find((c) => c.probability === 0.8);

  return (
    <div className="calc-stack">
      <div className="calc-layout schedule-layout">
        <div className="calc-inputs panel calc-panel">
          <label className="field-label" htmlFor={editorId}>
            Plan <span className="field-optional">YAML, or CSV with id,name,duration,depends</span>
          </label>
          <textarea id={editorId} className="mono-input plan-editor" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} rows={18} />
          <div className="field-grid">
            <Field label="Start" type="date" numeric={false} optional value={start} onChange={setStart} />
            <Field label="Finish by" numeric={false} optional value={deadline} onChange={setDeadline} hint="Days, or a date YYYY-MM-DD" />
          </div>
          <Choice
            label="Days are"
            value={calendar}
            onChange={setCalendar}
            options={[
              { value: 'working', label: 'Working days' },
              { value: 'calendar', label: 'Calendar days' },
            ]}
          />
          {text !== SAMPLE_PROJECT && (
            <button type="button" className="button small ghost" onClick={() => setText(SAMPLE_PROJECT)}>
              Reset to the sample plan
            </button>
          )}
          <CalcNote error={calc.error} incomplete={input === null} />
        </div>
        <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
          {r && (
            <>
              <div className="figure-grid">
                <Figure value={days(r.duration)} label={r.finishDate ? `expected, done ${r.finishDate}` : 'expected duration'} tone="accent" />
                {p80 && <Figure value={days(p80.duration)} label={`80% confident${p80.date ? `, by ${p80.date}` : ''}`} />}
                {r.deadline && (
                  <Figure
                    value={formatPercent(r.deadline.probability, 0)}
                    label={`chance to finish by ${r.deadline.date ?? `day ${formatNumber(r.deadline.days, 1)}`}`}
                    tone={r.deadline.probability >= 0.8 ? 'good' : r.deadline.probability >= 0.5 ? 'warn' : 'bad'}
                  />
                )}
              </div>
              <div className="critical-path">
                <span className="field-label">Critical path</span>
                <ol className="path-chips" aria-label="Critical path">
                  {r.criticalPath.map((id) => (
                    <li key={id}>{nameOf.get(id) ?? id}</li>
                  ))}
                </ol>
                {r.criticalPaths.length > 1 && <p className="muted small calc-note">{r.criticalPaths.length} paths tie; a slip on any of them moves the launch.</p>}
              </div>
              <section className="gantt-panel" aria-labelledby="gantt-title">
                <div className="gantt-head">
                  <h3 id="gantt-title">Timeline</h3>
                  <ul className="legend">
                    <li>
                      <span className="calc-swatch gantt-swatch-critical" aria-hidden="true" /> critical
                    </li>
                    <li>
                      <span className="calc-swatch gantt-swatch-work" aria-hidden="true" /> has slack
                    </li>
                    <li>
                      <span className="calc-swatch gantt-swatch-slack" aria-hidden="true" /> slack
                    </li>
                  </ul>
                </div>
                <GanttChart result={r} />
              </section>
            </>
          )}
        </div>
      </div>
      {r && (
        <section className={`panel calc-panel ${calc.pending ? 'pending' : ''}`} aria-label="Tasks">
          <ScrollBox className="table-wrap" label="Start times and slack per task">
            <table className="calc-table schedule-table">
              <caption>Earliest and latest start per task; slack is how far a task can slip without moving the end</caption>
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Earliest start</th>
                  <th scope="col">Latest start</th>
                  <th scope="col">Slack</th>
                  {r.start && <th scope="col">Dates</th>}
                </tr>
              </thead>
              <tbody>
                {r.tasks.map((t) => (
                  <tr key={t.id} className={t.critical ? 'critical' : ''}>
                    <th scope="row">
                      {t.name}
                      {t.critical && <span className="tag tag-accent critical-tag">critical</span>}
                    </th>
                    <td>{formatNumber(t.duration, 1)}d</td>
                    <td>day {formatNumber(t.earlyStart, 1)}</td>
                    <td>day {formatNumber(t.lateStart, 1)}</td>
                    <td>{t.slack === 0 ? '–' : `${formatNumber(t.slack, 1)}d`}</td>
                    {r.start && (
                      <td className="nowrap">
                        {shortDate(t.startDate)} – {shortDate(t.finishDate)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {r.pert && (
            <p className="muted small calc-note">
              PERT: expected {days(r.pert.expected)}, σ {formatNumber(r.pert.standardDeviation, 2)} days. {r.pert.caveat}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
