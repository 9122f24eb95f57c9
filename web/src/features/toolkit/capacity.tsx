import { useState } from 'react';
import { formatBytes, formatDuration, formatNumber, formatPercent } from '@shared/domain.js';
import { CalcNote, Choice, Field, Figure, readNumber } from './fields.js';
import { useCalc } from './use-calc.js';

const perSecond = (n: number) => `${formatNumber(n, n < 100 ? 1 : 0)}/s`;

/** Back-of-the-envelope traffic, bandwidth, storage and servers, and Little's law. */
export function CapacityCalculator() {
  return (
    <div className="calc-stack">
      <EstimatePanel />
      <LittlesLawPanel />
    </div>
  );
}

function EstimatePanel() {
  const [dau, setDau] = useState('10,000,000');
  const [actions, setActions] = useState('20');
  const [peak, setPeak] = useState('3');
  const [requestSize, setRequestSize] = useState('10KB');
  const [writeRatio, setWriteRatio] = useState('10');
  const [writeSize, setWriteSize] = useState('1KB');
  const [replicas, setReplicas] = useState('3');
  const [serverRps, setServerRps] = useState('1,000');
  const [headroom, setHeadroom] = useState('30');
  const numbers = { dau: readNumber(dau), actionsPerUser: readNumber(actions), peakFactor: readNumber(peak) };
  const ready = Object.values(numbers).every((v) => v !== undefined);
  const optional = {
    requestSize: requestSize.trim() || undefined,
    writeRatio: readNumber(writeRatio) === undefined ? undefined : (readNumber(writeRatio) as number) / 100,
    writeSize: writeSize.trim() || undefined,
    replicas: readNumber(replicas),
    serverRps: readNumber(serverRps),
    headroom: readNumber(headroom) === undefined ? undefined : (readNumber(headroom) as number) / 100,
  };
  const calc = useCalc('capacity', ready ? { ...numbers, ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) } : null);
  const r = calc.result;
  return (
    <section className="panel calc-panel" aria-labelledby="capacity-title">
      <h3 id="capacity-title">Capacity estimate</h3>
      <div className="calc-layout capacity-layout">
        <div className="calc-inputs field-grid">
          <Field label="Daily active users" value={dau} onChange={setDau} />
          <Field label="Requests per user/day" value={actions} onChange={setActions} />
          <Field label="Peak ÷ average" suffix="×" value={peak} onChange={setPeak} />
          <Field label="Bytes per request" numeric={false} optional value={requestSize} onChange={setRequestSize} hint="e.g. 10KB" />
          <Field label="Share that writes" suffix="%" optional value={writeRatio} onChange={setWriteRatio} />
          <Field label="Bytes per write" numeric={false} optional value={writeSize} onChange={setWriteSize} hint="e.g. 1KB" />
          <Field label="Replicas" optional value={replicas} onChange={setReplicas} />
          <Field label="Server capacity" suffix="req/s" optional value={serverRps} onChange={setServerRps} />
          <Field label="Headroom" suffix="%" optional value={headroom} onChange={setHeadroom} />
          <CalcNote error={calc.error} incomplete={!ready} />
        </div>
        <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
          {r && (
            <>
              <div className="figure-grid">
                <Figure value={perSecond(r.averageRps)} label="average requests" />
                <Figure value={perSecond(r.peakRps)} label={`at peak (${formatNumber(r.peakFactor)}×)`} tone="accent" />
                {r.servers && <Figure value={formatNumber(r.servers.needed, 0)} label={`servers, ${formatPercent(r.servers.utilizationAtPeak, 0)} busy at peak`} />}
              </div>
              <dl className="facts">
                <dt>Requests a day</dt>
                <dd>{formatNumber(r.requestsPerDay, 0)}</dd>
                <dt>Writes at peak</dt>
                <dd>{perSecond(r.writes.peakRps)}</dd>
                {r.bandwidth && (
                  <>
                    <dt>Bandwidth</dt>
                    <dd>
                      {formatBytes(r.bandwidth.averageBytesPerSecond)}/s average, {formatBytes(r.bandwidth.peakBytesPerSecond)}/s peak ({formatNumber(r.bandwidth.peakBitsPerSecond / 1e6, 0)} Mbit/s)
                    </dd>
                  </>
                )}
                {r.storage && (
                  <>
                    <dt>Storage</dt>
                    <dd>
                      {formatBytes(r.storage.perDay)} a day, <strong>{formatBytes(r.storage.perYear)} a year</strong>
                      {r.storage.replicas > 1 && ` with ${r.storage.replicas} replicas`}
                    </dd>
                  </>
                )}
              </dl>
              <p className="muted small calc-note">A day is 86,400 s, a year 365.25 days, 1 KB is 1,000 bytes.</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

type Unknown = 'concurrency' | 'arrivalRate' | 'timeInSystem';

function LittlesLawPanel() {
  const [solve, setSolve] = useState<Unknown>('concurrency');
  const [concurrency, setConcurrency] = useState('200');
  const [rate, setRate] = useState('1,000');
  const [time, setTime] = useState('200ms');
  const given: Record<string, unknown> = {};
  if (solve !== 'concurrency') given.concurrency = readNumber(concurrency);
  if (solve !== 'arrivalRate') given.arrivalRate = readNumber(rate);
  if (solve !== 'timeInSystem') given.timeInSystem = time.trim() || undefined;
  const ready = Object.values(given).every((v) => v !== undefined);
  const calc = useCalc('littles-law', ready ? given : null);
  const r = calc.result;
  return (
    <section className="panel calc-panel" aria-labelledby="little-title">
      <h3 id="little-title">Little's law: L = λ × W</h3>
      <p className="muted small calc-note">Requests in flight equal the arrival rate times the time each one spends. Give two, get the third.</p>
      <div className="calc-layout">
        <div className="calc-inputs">
          <Choice
            label="Solve for"
            value={solve}
            onChange={setSolve}
            options={[
              { value: 'concurrency', label: 'L in flight' },
              { value: 'arrivalRate', label: 'λ rate' },
              { value: 'timeInSystem', label: 'W time' },
            ]}
          />
          {solve !== 'concurrency' && <Field label="Requests in flight (L)" value={concurrency} onChange={setConcurrency} />}
          {solve !== 'arrivalRate' && <Field label="Arrival rate (λ)" suffix="/s" value={rate} onChange={setRate} />}
          {solve !== 'timeInSystem' && <Field label="Time in system (W)" numeric={false} value={time} onChange={setTime} hint="e.g. 200ms, 1.5s, 2m" />}
          <CalcNote error={calc.error} incomplete={!ready} />
        </div>
        <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
          {r && (
            <div className="equation">
              <Figure value={formatNumber(r.concurrency, 2)} label="in flight (L)" tone={r.solvedFor === 'concurrency' ? 'accent' : undefined} />
              <span aria-hidden="true">=</span>
              <Figure value={perSecond(r.arrivalRate)} label="arriving (λ)" tone={r.solvedFor === 'arrivalRate' ? 'accent' : undefined} />
              <span aria-hidden="true">×</span>
              <Figure value={formatDuration(r.timeInSystem)} label="each (W)" tone={r.solvedFor === 'timeInSystem' ? 'accent' : undefined} />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
