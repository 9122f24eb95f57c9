import { useState } from 'react';
import { formatNumber, formatPercent } from '@shared/domain.js';
import { FanOutChart } from './fan-out-chart.js';
import { CalcNote, Choice, Field, Figure, readNumber } from './fields.js';
import { useCalc } from './use-calc.js';

const SAMPLE_LATENCIES = '112 98 130 87 101 95 240 105 99 91\n118 97 93 410 102 96 89 125 108 100';

/** Fan-out tail latency with its chart, percentiles from samples, and a latency budget across a chain. */
export function LatencyCalculator() {
  return (
    <div className="calc-stack">
      <FanOutPanel />
      <div className="two-col calc-two-col">
        <PercentilesPanel />
        <BudgetPanel />
      </div>
    </div>
  );
}

function FanOutPanel() {
  const [calls, setCalls] = useState('10');
  const [percentile, setPercentile] = useState('99');
  const [latency, setLatency] = useState('250');
  const n = readNumber(calls);
  const p = readNumber(percentile);
  const ms = readNumber(latency);
  const input = n === undefined || p === undefined ? null : { fanOut: { calls: n, percentile: p, ...(ms === undefined ? {} : { latencyMs: ms }) } };
  const calc = useCalc('latency', input);
  const f = calc.result?.fanOut;
  return (
    <section className="panel calc-panel" aria-labelledby="fanout-title">
      <h3 id="fanout-title">Fan-out tail latency</h3>
      <p className="muted small calc-note">A page that waits for N calls in parallel is as slow as the slowest one.</p>
      <div className="calc-layout">
        <div className="calc-inputs">
          <Field label="Calls per request" value={calls} onChange={setCalls} name="calls" />
          <Field label="Each call's percentile" value={percentile} onChange={setPercentile} hint="99 means p99" />
          <Field label="Latency at that percentile" suffix="ms" optional value={latency} onChange={setLatency} />
          <CalcNote error={calc.error} incomplete={input === null} />
        </div>
        <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
          {f && (
            <>
              <p className="result-lead">
                <strong className="big-inline">{formatPercent(f.probability)}</strong> of requests wait on at least one call slower than its p{formatNumber(f.percentile, 3)}
                {f.latencyMs !== undefined && <> ({formatNumber(f.latencyMs)} ms)</>}.
              </p>
              <p className="muted small calc-note">
                For {formatNumber(f.target, 3)}% of requests to see no slow call, every call needs <strong>p{formatNumber(f.perCallPercentile, 4)}</strong>.
              </p>
              <FanOutChart curve={f.curve} calls={f.calls} percentile={f.percentile} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function PercentilesPanel() {
  const [samples, setSamples] = useState(SAMPLE_LATENCIES);
  const [method, setMethod] = useState<'nearest-rank' | 'linear'>('nearest-rank');
  const calc = useCalc('latency', samples.trim() ? { samplesText: samples, method, percentiles: [50, 90, 95, 99] } : null);
  const s = calc.result?.samples;
  return (
    <section className="panel calc-panel" aria-labelledby="percentiles-title">
      <h3 id="percentiles-title">Percentiles from samples</h3>
      <label className="field-label" htmlFor="samples">
        Latencies in ms
      </label>
      <textarea id="samples" className="mono-input" rows={4} value={samples} onChange={(e) => setSamples(e.target.value)} spellCheck={false} />
      <Choice
        label="Method"
        value={method}
        onChange={setMethod}
        options={[
          { value: 'nearest-rank', label: 'Nearest rank' },
          { value: 'linear', label: 'Interpolated' },
        ]}
      />
      <CalcNote error={calc.error} incomplete={!samples.trim()} />
      {s && (
        <div className={calc.pending ? 'pending' : ''} aria-live="polite">
          <p className="muted small calc-note">
            {formatNumber(s.count, 0)} samples · mean {formatNumber(s.mean)} ms · max {formatNumber(s.max)} ms
          </p>
          <div className="figure-grid compact">
            {s.percentiles.map((p) => (
              <Figure key={p.p} value={formatNumber(p.value)} label={`p${p.p}, ms`} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

interface Call {
  name: string;
  ms: string;
}

function BudgetPanel() {
  const [total, setTotal] = useState('200');
  const [calls, setCalls] = useState<Call[]>([
    { name: 'Gateway', ms: '10' },
    { name: 'Auth', ms: '25' },
    { name: 'Catalog', ms: '80' },
    { name: 'Render', ms: '45' },
  ]);
  const totalMs = readNumber(total);
  const parsed = calls.map((c) => ({ name: c.name.trim(), ms: readNumber(c.ms) }));
  const ready = totalMs !== undefined && parsed.length > 0 && parsed.every((c) => c.name && c.ms !== undefined);
  const calc = useCalc('latency', ready ? { budget: { totalMs, calls: parsed } } : null);
  const b = calc.result?.budget;
  const update = (i: number, patch: Partial<Call>) => setCalls((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const scale = b ? Math.max(b.budgetMs, b.usedMs) : 1;
  return (
    <section className="panel calc-panel" aria-labelledby="budget-title">
      <h3 id="budget-title">Latency budget</h3>
      <Field label="End-to-end budget" suffix="ms" value={total} onChange={setTotal} />
      <div className="chain">
        {calls.map((call, i) => (
          <div className="chain-row" key={i}>
            <input aria-label={`Call ${i + 1} name`} value={call.name} onChange={(e) => update(i, { name: e.target.value })} />
            <input aria-label={`Call ${i + 1} milliseconds`} inputMode="decimal" value={call.ms} onChange={(e) => update(i, { ms: e.target.value })} />
            <span className="muted small calc-note">ms</span>
            <button type="button" className="button ghost small" aria-label={`Remove ${call.name || `call ${i + 1}`}`} onClick={() => setCalls((all) => all.filter((_, j) => j !== i))} disabled={calls.length === 1}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" className="button small chain-add" onClick={() => setCalls((all) => [...all, { name: `Call ${all.length + 1}`, ms: '20' }])}>
          + Add a call
        </button>
      </div>
      <CalcNote error={calc.error} incomplete={!ready} />
      {b && (
        <div className={calc.pending ? 'pending' : ''} aria-live="polite">
          <p className="result-lead">
            <strong>{formatNumber(b.usedMs)} ms</strong> of {formatNumber(b.budgetMs)} ms:{' '}
            {b.overBudget ? <span className="text-bad">over by {formatNumber(-b.remainingMs)} ms</span> : <span className="text-good">{formatNumber(b.remainingMs)} ms left</span>}
          </p>
          <div className="stack-bar" role="img" aria-label={b.calls.map((c) => `${c.name} ${c.ms} ms`).join(', ')}>
            {b.calls.map((c, i) => (
              <span key={i} className={`stack-seg seg-${i % 6}`} style={{ left: `${(c.startMs / scale) * 100}%`, width: `${(c.ms / scale) * 100}%` }} title={`${c.name}: ${c.ms} ms`} />
            ))}
            <span className="stack-budget" style={{ left: `${(b.budgetMs / scale) * 100}%` }} aria-hidden="true" />
          </div>
          <ul className="legend">
            {b.calls.map((c, i) => (
              <li key={i}>
                <span className={`calc-swatch seg-${i % 6}`} aria-hidden="true" />
                {c.name} {formatNumber(c.ms)} ms · {formatPercent(c.share, 0)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
