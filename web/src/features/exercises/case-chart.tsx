import type { CaseChart as ChartSpec, CaseRow } from '@shared/api.js';
import { chartData, type ChartData } from './chart-data.js';
import { niceTicks } from '../../lib/ticks.js';

// Drawn at about the size it is shown, so the text stays readable.
const W = 520;
const H = 250;
const M = { left: 50, right: 12, top: 12, bottom: 40 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];


function formatValue(v: number, percent: boolean): string {
  if (percent) return `${Number(v.toPrecision(3))}%`;
  const abs = Math.abs(v);
  if (abs >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (abs >= 1e3) return `${Number((v / 1e3).toPrecision(3))}k`;
  return Number(v.toPrecision(4)).toLocaleString('en-US');
}

function formatLabel(label: string, first: boolean): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
  if (!date) return label;
  // First-of-month dates are months (cohorts, billing periods): name the month alone.
  const text = date[3] === '01' ? `${MONTHS[Number(date[2]) - 1]}` : `${MONTHS[Number(date[2]) - 1]} ${Number(date[3])}`;
  return first || date[2] === '01' ? `${text} ’${(date[1] as string).slice(2)}` : text;
}

const colour = (i: number) => `var(--seg-${i % 6})`;
const dash = (i: number) => (i >= 6 ? '5 3' : undefined);

/** One chart of a case's data, drawn by hand in SVG: line, grouped bars, or a histogram of shares. */
export function CaseChart({ chart, rows }: { chart: ChartSpec; rows: readonly CaseRow[] }) {
  const data = chartData(chart, rows);
  const percent = chart.percent || chart.type === 'histogram';
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  // Lines whose values sit far from zero start near their minimum, so a 7% drop is visible.
  const floor = chart.type === 'line' && min >= 0 && Math.min(...values) > max * 0.5 ? Math.min(...values) : Math.min(min, 0);
  const ticks = niceTicks(floor, max);
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => M.top + PH - ((v - lo) / (hi - lo || 1)) * PH;
  const unit = chart.type === 'histogram' ? `share of rows${chart.unit ? `, x in ${chart.unit}` : ''}` : chart.unit;
  const summary = `${chart.title}: ${data.series.length} series over ${data.labels.length} ${chart.x} values`;
  return (
    <figure className="case-chart">
      <figcaption>
        <span className="case-chart-title">{chart.title}</span>
        {unit && <span className="muted small"> · {unit}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {ticks.map((t) => (
          <g key={t}>
            <line className="chart-grid" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text className="case-tick" x={M.left - 6} y={y(t) + 4} textAnchor="end">
              {formatValue(t, percent)}
            </text>
          </g>
        ))}
        {chart.type === 'line' ? <Lines data={data} y={y} /> : <Bars data={data} y={y} base={y(Math.max(lo, 0))} histogram={chart.type === 'histogram'} percent={percent} />}
        {chart.type === 'histogram' ? (
          <XLabels labels={data.labels.map((l) => formatValue(Number(l.split('–')[0]), false))} bars edges />
        ) : (
          <XLabels labels={data.labels} bars={chart.type !== 'line'} />
        )}
      </svg>
      {data.series.length > 1 && (
        <ul className="legend case-legend">
          {data.series.map((s, i) => (
            <li key={s.name}>
              <span className="case-swatch" style={{ background: colour(i), opacity: i >= 6 ? 0.6 : 1 }} aria-hidden="true" />
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

const xAt = (i: number, n: number, bars: boolean) => (bars ? M.left + ((i + 0.5) * PW) / n : M.left + (n === 1 ? PW / 2 : (i * PW) / (n - 1)));

/** Labels under the x axis; `edges` puts each at the left edge of its bar (a histogram bin's lower bound). */
function XLabels({ labels, bars, edges = false }: { labels: string[]; bars: boolean; edges?: boolean }) {
  // About six labels fit at any width; a histogram labels each bin by its lower edge.
  const every = Math.max(1, Math.ceil(labels.length / (bars && labels.length <= 12 ? 12 : 6)));
  return (
    <g>
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={label} className="case-tick" x={edges ? M.left + (i * PW) / labels.length : xAt(i, labels.length, bars)} y={H - M.bottom + 18} textAnchor="middle">
            {formatLabel(label, i === 0)}
          </text>
        ) : null,
      )}
    </g>
  );
}

function Lines({ data, y }: { data: ChartData; y: (v: number) => number }) {
  const n = data.labels.length;
  return (
    <g>
      {data.series.map((s, k) => {
        let d = '';
        let pen = false;
        s.values.forEach((v, i) => {
          if (v === null) {
            pen = false;
            return;
          }
          d += `${pen ? 'L' : 'M'}${xAt(i, n, false).toFixed(1)},${y(v).toFixed(1)}`;
          pen = true;
        });
        return (
          <g key={s.name}>
            <path className="case-line" d={d} style={{ stroke: colour(k) }} strokeDasharray={dash(k)} />
            {n <= 60 &&
              s.values.map((v, i) =>
                v === null ? null : (
                  <circle key={i} className="case-dot" cx={xAt(i, n, false)} cy={y(v)} r={2.6} style={{ fill: colour(k) }}>
                    <title>{`${s.name} · ${data.labels[i]}: ${Number(v.toPrecision(4))}`}</title>
                  </circle>
                ),
              )}
          </g>
        );
      })}
    </g>
  );
}

function Bars({ data, y, base, histogram, percent }: { data: ChartData; y: (v: number) => number; base: number; histogram: boolean; percent: boolean }) {
  const n = data.labels.length;
  const group = PW / n;
  const inner = group * (histogram ? 0.92 : 0.78);
  const width = inner / data.series.length;
  return (
    <g>
      {data.series.map((s, k) =>
        s.values.map((v, i) => {
          if (v === null) return null;
          const x = M.left + i * group + (group - inner) / 2 + k * width;
          const top = Math.min(y(v), base);
          return (
            <rect key={`${k}-${i}`} className="case-bar" x={x} y={top} width={Math.max(1, width - (histogram ? 0.5 : 1.5))} height={Math.max(0, Math.abs(base - y(v)))} style={{ fill: colour(k) }} rx={histogram ? 0 : 2}>
              <title>{`${s.name} · ${data.labels[i]}: ${formatValue(v, percent)}`}</title>
            </rect>
          );
        }),
      )}
    </g>
  );
}
