import { useState } from 'react';
import { formatDuration, formatNumber } from '@shared/domain.js';
import { CalcNote, Choice, Field, Figure, readNumber } from './fields.js';
import { useCalc } from './use-calc.js';
import { ScrollBox } from '../../ui/scroll-box.js';

type Mode = 'availability' | 'downtime';
type Period = 'year' | 'month' | 'week' | 'day';
const PERIODS: ReadonlyArray<{ value: Period; label: string }> = [
  { value: 'year', label: 'Year' },
  { value: 'month', label: 'Month' },
  { value: 'week', label: 'Week' },
  { value: 'day', label: 'Day' },
];
const pct = (value: number) => `${formatNumber(value, 7)}%`;

/** Nines to allowed downtime and back, the availability table, and dependencies in series or parallel. */
export function AvailabilityCalculator({ initial = '99.99' }: { initial?: string }) {
  const [mode, setMode] = useState<Mode>('availability');
  const [availability, setAvailability] = useState(initial);
  const [downtime, setDowntime] = useState('1h');
  const [per, setPer] = useState<Period>('year');
  const level = readNumber(availability);
  const input = mode === 'availability' ? (level === undefined ? null : { availability: level }) : downtime.trim() ? { downtime, per } : null;
  const calc = useCalc('availability', input);
  const r = calc.result;

  return (
    <div className="calc-layout">
      <div className="calc-inputs panel calc-panel">
        <Choice
          label="Start from"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'availability', label: 'Availability' },
            { value: 'downtime', label: 'Downtime' },
          ]}
        />
        {mode === 'availability' ? (
          <Field label="Availability" suffix="%" value={availability} onChange={setAvailability} name="availability" hint="e.g. 99.9 (three nines) or 99.99" />
        ) : (
          <>
            <Field label="Downtime allowed" numeric={false} value={downtime} onChange={setDowntime} name="downtime" hint="e.g. 1h, 45m, 2h 30m, 3.65d" />
            <Choice label="Per" value={per} onChange={setPer} options={PERIODS} />
          </>
        )}
        <CalcNote error={calc.error} incomplete={input === null} />
      </div>
      <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
        {r && (
          <>
            <p className="result-lead">
              <strong>{pct(r.availability)}</strong> ({formatNumber(r.nines, 2)} nines) allows this much downtime:
            </p>
            <div className="figure-grid" data-testid="downtime">
              <Figure value={formatDuration(r.downtime.perYear)} label="per year" tone="accent" />
              <Figure value={formatDuration(r.downtime.perMonth)} label="per month" />
              <Figure value={formatDuration(r.downtime.perWeek)} label="per week" />
              <Figure value={formatDuration(r.downtime.perDay)} label="per day" />
            </div>
            <ScrollBox className="table-wrap" label="Allowed downtime by level">
              <table className="calc-table">
                <caption>Allowed downtime by level (a year is 365.25 days, a month a twelfth of it)</caption>
                <thead>
                  <tr>
                    <th scope="col">Availability</th>
                    <th scope="col">Per year</th>
                    <th scope="col">Per month</th>
                    <th scope="col">Per week</th>
                    <th scope="col">Per day</th>
                  </tr>
                </thead>
                <tbody>
                  {r.table.map((row) => (
                    <tr key={row.availability} className={row.current ? 'calc-current' : ''} aria-current={row.current ? 'true' : undefined}>
                      <th scope="row">
                        <button
                          type="button"
                          className="calc-link-button"
                          onClick={() => {
                            setMode('availability');
                            setAvailability(String(row.availability));
                          }}
                        >
                          {pct(row.availability)}
                        </button>
                      </th>
                      <td>{formatDuration(row.downtime.perYear)}</td>
                      <td>{formatDuration(row.downtime.perMonth)}</td>
                      <td>{formatDuration(row.downtime.perWeek)}</td>
                      <td>{formatDuration(row.downtime.perDay)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </>
        )}
        <DependencyComposer />
      </div>
    </div>
  );
}

/** Dependencies composed in series (all must be up) or in parallel (one is enough). */
function DependencyComposer() {
  const [how, setHow] = useState<'series' | 'parallel'>('series');
  const [parts, setParts] = useState(['99.95', '99.9', '99.99']);
  const values = parts.map(readNumber);
  const ready = values.length >= 2 && values.every((v) => v !== undefined);
  const calc = useCalc('availability', ready ? { [how]: values } : null);
  const set = (i: number, value: string) => setParts((all) => all.map((p, j) => (j === i ? value : p)));
  return (
    <section className="panel calc-panel composer" aria-labelledby="composer-title">
      <h3 id="composer-title">Dependencies</h3>
      <p className="muted small calc-note">
        {how === 'series'
          ? 'A request that needs every one of these is up only when all are: multiply the availabilities.'
          : 'Redundant copies where one is enough fail only together: multiply the unavailabilities.'}
      </p>
      <Choice
        label="Composed"
        value={how}
        onChange={setHow}
        options={[
          { value: 'series', label: 'In series' },
          { value: 'parallel', label: 'In parallel' },
        ]}
      />
      <div className="composer-parts">
        {parts.map((part, i) => (
          <div key={i} className="composer-part">
            <Field label={`Service ${i + 1}`} suffix="%" value={part} onChange={(v) => set(i, v)} />
            {parts.length > 2 && (
              <button type="button" className="button ghost small composer-remove" aria-label={`Remove service ${i + 1}`} onClick={() => setParts((all) => all.filter((_, j) => j !== i))}>
                ✕
              </button>
            )}
          </div>
        ))}
      </div>
      <button type="button" className="button small composer-add" onClick={() => setParts((all) => [...all, '99.9'])} disabled={parts.length >= 12}>
        + Add a service
      </button>
      <CalcNote error={calc.error} incomplete={!ready} />
      {calc.result && (
        <p className={`composer-result ${calc.pending ? 'pending' : ''}`} aria-live="polite">
          Together: <strong>{pct(calc.result.availability)}</strong>, about <strong>{formatDuration(calc.result.downtime.perYear)}</strong> of downtime a year.
        </p>
      )}
    </section>
  );
}
