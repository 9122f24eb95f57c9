import { useState } from 'react';
import { formatNumber, formatPercent } from '@shared/domain.js';
import { CalcNote, Choice, Field, Figure, readNumber } from './fields.js';
import { useCalc } from './use-calc.js';

/** Visitors per arm to detect a minimum effect, and how long the test runs. */
export function SampleSizeCalculator() {
  const [baseline, setBaseline] = useState('10');
  const [mde, setMde] = useState('5');
  const [mdeType, setMdeType] = useState<'relative' | 'absolute'>('relative');
  const [confidence, setConfidence] = useState<'0.1' | '0.05' | '0.01'>('0.05');
  const [power, setPower] = useState<'0.8' | '0.9'>('0.8');
  const [daily, setDaily] = useState('20,000');
  const base = readNumber(baseline);
  const effect = readNumber(mde);
  const perDay = readNumber(daily);
  const ready = base !== undefined && effect !== undefined;
  const calc = useCalc(
    'sample-size',
    ready ? { baseline: base / 100, mde: effect / 100, mdeType, alpha: Number(confidence), power: Number(power), ...(perDay === undefined ? {} : { dailyVisitors: perDay }) } : null,
  );
  const r = calc.result;
  return (
    <div className="calc-layout">
      <div className="calc-inputs panel calc-panel">
        <Field label="Baseline conversion" suffix="%" value={baseline} onChange={setBaseline} />
        <Choice
          label="Minimum detectable effect is"
          value={mdeType}
          onChange={setMdeType}
          options={[
            { value: 'relative', label: 'Relative' },
            { value: 'absolute', label: 'Absolute' },
          ]}
        />
        <Field
          label="Minimum detectable effect"
          suffix={mdeType === 'relative' ? '% of baseline' : 'points'}
          value={mde}
          onChange={setMde}
          hint={mdeType === 'relative' ? '5 means 10% → 10.5%' : '5 means 10% → 15%'}
        />
        <Choice
          label="Confidence"
          value={confidence}
          onChange={setConfidence}
          options={[
            { value: '0.1', label: '90%' },
            { value: '0.05', label: '95%' },
            { value: '0.01', label: '99%' },
          ]}
        />
        <Choice
          label="Power"
          value={power}
          onChange={setPower}
          options={[
            { value: '0.8', label: '80%' },
            { value: '0.9', label: '90%' },
          ]}
        />
        <Field label="Visitors a day, both arms" optional value={daily} onChange={setDaily} />
        <CalcNote error={calc.error} incomplete={!ready} />
      </div>
      <div className={`calc-results ${calc.pending ? 'pending' : ''}`} aria-live="polite">
        {r && (
          <>
            <div className="figure-grid">
              <Figure value={formatNumber(r.perArm, 0)} label="visitors per arm" tone="accent" />
              <Figure value={formatNumber(r.total, 0)} label="visitors in all" />
              {r.days !== undefined && <Figure value={`${formatNumber(r.days, 0)} day${r.days === 1 ? '' : 's'}`} label="to run at this traffic" />}
            </div>
            <p className="result-lead">
              Detects {formatPercent(r.baseline)} → <strong>{formatPercent(r.target)}</strong> ({r.absoluteEffect > 0 ? '+' : ''}
              {formatPercent(r.absoluteEffect)} absolute, {r.relativeEffect > 0 ? '+' : ''}
              {formatPercent(r.relativeEffect)} relative) {formatPercent(r.power, 0)} of the time, with a {formatPercent(r.alpha, 0)} false-positive rate.
            </p>
            {r.days !== undefined && r.days < 7 && <p className="muted small calc-note">Run at least a full week anyway: weekday and weekend users behave differently.</p>}
            <p className="muted small calc-note">Method: {r.method}.</p>
          </>
        )}
      </div>
    </div>
  );
}
