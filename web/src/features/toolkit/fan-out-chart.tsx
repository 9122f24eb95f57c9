import type { FanOutPoint } from '@shared/api.js';
import { formatPercent } from '@shared/domain.js';
import { tickStep } from '../../lib/ticks.js';

const W = 640;
const H = 260;
const PAD = { left: 48, right: 16, top: 16, bottom: 40 };


/** The chance a fanned-out request meets at least one slow call, against the number of calls. Hand-drawn SVG. */
export function FanOutChart({ curve, calls, percentile }: { curve: FanOutPoint[]; calls: number; percentile: number }) {
  const maxCalls = curve[curve.length - 1]?.calls ?? 1;
  const x = (n: number) => PAD.left + ((n - 1) / Math.max(1, maxCalls - 1)) * (W - PAD.left - PAD.right);
  const y = (p: number) => PAD.top + (1 - p) * (H - PAD.top - PAD.bottom);
  const line = curve.map((pt, i) => `${i === 0 ? 'M' : 'L'}${x(pt.calls).toFixed(1)},${y(pt.probability).toFixed(1)}`).join('');
  const area = `${line}L${x(maxCalls).toFixed(1)},${y(0)}L${x(1)},${y(0)}Z`;
  const marked = curve.find((pt) => pt.calls === calls) ?? curve.reduce((best, pt) => (Math.abs(pt.calls - calls) < Math.abs(best.calls - calls) ? pt : best), curve[0] as FanOutPoint);
  const step = tickStep(maxCalls, 6);
  const ticks = [1, ...Array.from({ length: Math.floor(maxCalls / step) }, (_, i) => (i + 1) * step)].filter((t) => t <= maxCalls);
  // The label goes where the curve is not: top left while the curve rises slowly, bottom right when it saturates early.
  const early = curve.find((pt) => pt.calls >= maxCalls / 3)?.probability ?? 0;
  const label = early < 0.6 ? { x: PAD.left + 12, y: PAD.top + 16, anchor: 'start' as const } : { x: W - PAD.right - 8, y: y(0) - 12, anchor: 'end' as const };
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Chance of at least one call slower than p${percentile}, from 1 to ${maxCalls} calls; ${formatPercent(marked.probability)} at ${marked.calls} calls`}>
        {[0, 0.25, 0.5, 0.75, 1].map((p) => (
          <g key={p}>
            <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} />
            <text className="chart-tick" x={PAD.left - 8} y={y(p) + 4} textAnchor="end">
              {p * 100}%
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <text key={t} className="chart-tick" x={x(t)} y={H - PAD.bottom + 18} textAnchor="middle">
            {t}
          </text>
        ))}
        <text className="chart-axis" x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle">
          calls per request
        </text>
        <path className="chart-area" d={area} />
        <path className="chart-line" d={line} />
        <line className="chart-marker-line" x1={x(marked.calls)} x2={x(marked.calls)} y1={y(0)} y2={y(marked.probability)} />
        <circle className="chart-marker" cx={x(marked.calls)} cy={y(marked.probability)} r={5} />
        <line className="chart-marker-line" x1={PAD.left} x2={x(marked.calls)} y1={y(marked.probability)} y2={y(marked.probability)} />
        <text className="chart-label" x={label.x} y={label.y} textAnchor={label.anchor}>
          {marked.calls} calls → {formatPercent(marked.probability, 1)} of requests hit a slow call
        </text>
      </svg>
      <figcaption>Chance that a request waits on at least one call slower than its p{percentile}: 1 − ({percentile / 100})ᴺ</figcaption>
    </figure>
  );
}
