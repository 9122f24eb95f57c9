import { useState } from 'react';
import { formatDuration, formatNumber, formatPercent } from '@shared/domain.js';
import { CalcNote, Field, Figure, readNumber } from './fields.js';
import { useCalc } from './use-calc.js';
import { ScrollBox } from '../../ui/scroll-box.js';

/** An SLO's error budget over its window, the burn rate at an observed error rate, and alert thresholds. */
export function ErrorBudgetCalculator() {
  const [slo, setSlo] = useState('99.9');
  const [window, setWindow] = useState('30d');
  const [errorRate, setErrorRate] = useState('0.5');
  const [spent, setSpent] = useState('20m');
  const sloValue = readNumber(slo);
  const rate = readNumber(errorRate);
  const input = sloValue === undefined || !window.trim() ? null : { slo: sloValue, window, ...(rate === undefined ? {} : { errorRate: rate }), ...(spent.trim() ? { spent } : {}) };
  const calc = useCalc('error-budget', input);
  const r = calc.result;
  const used = r?.spent ? Math.min(1, r.spent.ofBudget) : 0;
  return (
    <div className="calc-layout">
      <div className="calc-inputs panel calc-panel">
        <Field label="SLO" suffix="%" value={slo} onChange={setSlo} hint="The share of good minutes or requests you promise" />
        <Field label="Window" numeric={false} value={window} onChange={setWindow} hint="e.g. 30d or 28d" />
        <Field label="Error rate now" suffix="%" optional value={errorRate} onChange={setErrorRate} hint="The share of requests failing, for the burn rate" />
        <Field label="Bad time spent so far" numeric={false} optional value={spent} onChange={setSpent} hint="e.g. 20m of outage this window" />
        <CalcNote error={calc.error} incomplete={input === null} />
      </div>
      <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
        {r && (
          <>
            <div className="figure-grid">
              <Figure value={formatDuration(r.budget.seconds)} label={`error budget over ${formatDuration(r.windowSeconds)}`} tone="accent" />
              {r.burn && <Figure value={`${formatNumber(r.burn.burnRate, 2)}×`} label="burn rate" tone={r.burn.burnRate > 1 ? 'bad' : 'good'} />}
              {r.burn && <Figure value={r.burn.exhaustsInSeconds === null ? 'never' : formatDuration(r.burn.exhaustsInSeconds)} label="until the budget is gone at this rate" />}
            </div>
            {r.spent && (
              <div>
                <div className="budget-meter-head">
                  <span>
                    Spent <strong>{formatPercent(r.spent.ofBudget, 1)}</strong> of the budget
                  </span>
                  <span className="muted">{r.spent.remainingSeconds >= 0 ? `${formatDuration(r.spent.remainingSeconds)} left` : `over by ${formatDuration(-r.spent.remainingSeconds)}`}</span>
                </div>
                <div className="meter" role="meter" aria-label="Error budget spent" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(used * 100)}>
                  <div className={`meter-fill ${r.spent.ofBudget >= 1 ? 'meter-over' : r.spent.ofBudget > 0.75 ? 'warn' : ''}`} style={{ width: `${used * 100}%` }} />
                </div>
              </div>
            )}
            {r.alerts.length > 0 && (
              <ScrollBox className="table-wrap" label="Alert thresholds">
                <table className="calc-table">
                  <caption>Alert thresholds for this window (Site Reliability Workbook)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Budget burned</th>
                      <th scope="col">Within</th>
                      <th scope="col">Burn rate</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.alerts.map((a) => (
                      <tr key={a.windowSeconds} className={r.burn && r.burn.burnRate >= a.burnRate ? 'calc-current' : ''}>
                        <td>{formatPercent(a.budgetSpent, 0)}</td>
                        <td>{formatDuration(a.windowSeconds)}</td>
                        <td>≥ {formatNumber(a.burnRate, 2)}×</td>
                        <td>{a.action === 'page' ? 'Page someone' : 'Open a ticket'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            )}
          </>
        )}
      </div>
    </div>
  );
}
