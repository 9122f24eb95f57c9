import { useState } from 'react';
import { formatNumber, formatPercent } from '@shared/domain.js';
import { CalcNote, Choice, Field, Figure, readNumber } from './fields.js';
import { useCalc } from './use-calc.js';

type Confidence = '0.1' | '0.05' | '0.01';
const signed = (fraction: number, decimals = 2) => `${fraction > 0 ? '+' : ''}${formatPercent(fraction, decimals)}`;

/** A two-proportion z-test of an A/B test with its interval and a verdict in plain words. */
export function AbTestCalculator() {
  const [controlVisitors, setControlVisitors] = useState('1,000');
  const [controlConversions, setControlConversions] = useState('100');
  const [variantVisitors, setVariantVisitors] = useState('1,000');
  const [variantConversions, setVariantConversions] = useState('130');
  const [alpha, setAlpha] = useState<Confidence>('0.05');
  const values = [controlVisitors, controlConversions, variantVisitors, variantConversions].map(readNumber);
  const ready = values.every((v) => v !== undefined);
  const [cv, cc, vv, vc] = values as number[];
  const calc = useCalc('ab', ready ? { control: { visitors: cv, conversions: cc }, variant: { visitors: vv, conversions: vc }, alpha: Number(alpha) } : null);
  const r = calc.result;
  const tone = r?.verdict.code === 'significant-win' ? 'good' : r?.verdict.code === 'significant-loss' ? 'bad' : 'warn';
  return (
    <div className="calc-layout">
      <div className="calc-inputs panel calc-panel">
        <fieldset className="arm">
          <legend>Control</legend>
          <Field label="Visitors" value={controlVisitors} onChange={setControlVisitors} />
          <Field label="Conversions" value={controlConversions} onChange={setControlConversions} />
        </fieldset>
        <fieldset className="arm">
          <legend>Variant</legend>
          <Field label="Visitors" value={variantVisitors} onChange={setVariantVisitors} />
          <Field label="Conversions" value={variantConversions} onChange={setVariantConversions} />
        </fieldset>
        <Choice
          label="Confidence"
          value={alpha}
          onChange={setAlpha}
          options={[
            { value: '0.1', label: '90%' },
            { value: '0.05', label: '95%' },
            { value: '0.01', label: '99%' },
          ]}
        />
        <CalcNote error={calc.error} incomplete={!ready} />
      </div>
      <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
        {r && (
          <>
            <p className={`calc-verdict calc-verdict-${tone}`}>{r.verdict.text}</p>
            <p className="say-line" data-testid="ab-say">
              <span className="say-label">Say it:</span> “{r.say}”
            </p>
            <div className="figure-grid">
              <Figure value={`${formatPercent(r.control.rate)} → ${formatPercent(r.variant.rate)}`} label="conversion, control → variant" />
              <Figure value={r.lift.relative === null ? 'n/a' : signed(r.lift.relative, 1)} label={`relative lift (${signed(r.lift.absolute)} absolute)`} tone="accent" />
              <Figure value={formatNumber(r.pValue, 4)} label={`p-value (z = ${formatNumber(r.z, 3)})`} tone={r.significant ? 'good' : undefined} />
            </div>
            <IntervalBar low={r.confidenceInterval.absolute[0]} high={r.confidenceInterval.absolute[1]} estimate={r.lift.absolute} level={r.confidenceInterval.level} />
            <dl className="facts">
              <dt>{formatPercent(r.confidenceInterval.level, 0)} interval, absolute</dt>
              <dd>
                {signed(r.confidenceInterval.absolute[0])} to {signed(r.confidenceInterval.absolute[1])} points
              </dd>
              <dt>{formatPercent(r.confidenceInterval.level, 0)} interval, relative</dt>
              <dd>{r.confidenceInterval.relative ? `${signed(r.confidenceInterval.relative[0], 1)} to ${signed(r.confidenceInterval.relative[1], 1)}` : 'needs conversions in both arms'}</dd>
              {r.visitorsNeededPerArm !== null && (
                <>
                  <dt>To detect a lift this size</dt>
                  <dd>{formatNumber(r.visitorsNeededPerArm, 0)} visitors per arm (80% power)</dd>
                </>
              )}
            </dl>
            {r.warnings.length > 0 && (
              <ul className="warnings">
                {r.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <p className="muted small calc-note">Two-sided, pooled two-proportion z-test. Intervals: Wald for the difference, log rate ratio (Katz) for the relative lift.</p>
          </>
        )}
      </div>
    </div>
  );
}

/** The interval of the difference against zero: crossing zero means "could be no change". */
function IntervalBar({ low, high, estimate, level }: { low: number; high: number; estimate: number; level: number }) {
  const reach = Math.max(Math.abs(low), Math.abs(high), 1e-9) * 1.15;
  const at = (v: number) => `${50 + (v / reach) * 50}%`;
  return (
    <div className="interval" role="img" aria-label={`${formatPercent(level, 0)} interval of the difference: ${signed(low)} to ${signed(high)}`}>
      <span className="interval-zero" style={{ left: '50%' }} />
      <span className={`interval-range ${low > 0 ? 'interval-good' : high < 0 ? 'interval-bad' : ''}`} style={{ left: at(low), width: `calc(${at(high)} - ${at(low)})` }} />
      <span className="interval-point" style={{ left: at(estimate) }} />
      <span className="interval-end" style={{ left: at(low) }}>
        {signed(low)}
      </span>
      <span className="interval-end" style={{ left: at(high) }}>
        {signed(high)}
      </span>
      <span className="interval-label" style={{ left: '50%' }}>
        no change
      </span>
    </div>
  );
}
