import type { Progress, ProgressEstimate } from '@shared/api.js';

/** Hand-drawn SVG charts for the dashboard. Unknown values are drawn as missing, never as zero. */

export const pct = (value: number | null) => (value === null ? 'Unknown' : `${Math.round(value * 100)}%`);

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function shortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${SHORT_MONTHS[m - 1]}`;
}

/**
 * The five skills on a radar. A skill with evidence gets a spoke and a dot; the shape is filled only
 * between neighbouring known skills, so an unknown skill leaves a gap instead of pulling the shape to 0.
 */
export function SkillRadar({ skills }: { skills: ProgressEstimate[] }) {
  // Wider than tall, so the labels beside the shape stay inside the drawing on a narrow screen.
  const width = 440;
  const height = 350;
  const cx = width / 2;
  const cy = 185;
  const r = 112;
  const n = skills.length;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / n;
  const at = (i: number, value: number) => [cx + Math.cos(angle(i)) * r * value, cy + Math.sin(angle(i)) * r * value] as const;
  const ring = (value: number) => skills.map((_, i) => at(i, value).join(',')).join(' ');
  const label = skills.map((s) => `${s.title} ${pct(s.score)}`).join(', ');
  return (
    <svg className="radar" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Readiness by skill: ${label}`}>
      {[0.25, 0.5, 0.75, 1].map((v) => (
        <polygon key={v} points={ring(v)} className={v === 1 ? 'radar-ring outer' : 'radar-ring'} />
      ))}
      <text x={cx + 5} y={cy - r * 0.5 + 12} className="radar-scale">
        50%
      </text>
      {skills.map((s, i) => {
        const [x, y] = at(i, 1);
        return <line key={s.id} x1={cx} y1={cy} x2={x} y2={y} className={s.score === null ? 'radar-axis unknown' : 'radar-axis'} />;
      })}
      {skills.map((s, i) => {
        const next = skills[(i + 1) % n];
        if (s.score === null || !next || next.score === null) return null;
        const [x1, y1] = at(i, s.score);
        const [x2, y2] = at((i + 1) % n, next.score);
        return <polygon key={s.id} points={`${cx},${cy} ${x1},${y1} ${x2},${y2}`} className="radar-area" />;
      })}
      {skills.map((s, i) => {
        if (s.score === null) return null;
        const [x, y] = at(i, s.score);
        return (
          <g key={s.id}>
            <line x1={cx} y1={cy} x2={x} y2={y} className="radar-spoke" />
            <circle cx={x} cy={y} r={4.5} className="radar-dot" />
          </g>
        );
      })}
      {skills.map((s, i) => {
        const [x, y] = at(i, 1.16);
        const anchor = Math.abs(x - cx) < 8 ? 'middle' : x > cx ? 'start' : 'end';
        const words = s.title.split(' ');
        return (
          <text key={s.id} x={x} y={y - (words.length > 1 ? 6 : 0)} textAnchor={anchor} className="radar-label">
            {words.map((w, k) => (
              <tspan key={w} x={x} dy={k === 0 ? 0 : 14}>
                {w}
              </tspan>
            ))}
            <tspan x={x} dy={15} className={s.score === null ? 'radar-value unknown' : 'radar-value'}>
              {pct(s.score)}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}

/** Overall readiness at weekly points; weeks before the first evidence have no point. */
export function TrendChart({ trend }: { trend: Progress['trend'] }) {
  const w = 560;
  const h = 200;
  const pad = { left: 62, right: 22, top: 14, bottom: 30 };
  const x = (i: number) => pad.left + (i * (w - pad.left - pad.right)) / Math.max(1, trend.length - 1);
  const y = (v: number) => pad.top + (1 - v) * (h - pad.top - pad.bottom);
  const segments: string[] = [];
  let run: string[] = [];
  trend.forEach((p, i) => {
    if (p.overall === null) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
    } else run.push(`${x(i)},${y(p.overall)}`);
  });
  if (run.length > 1) segments.push(run.join(' '));
  const known = trend.filter((p) => p.overall !== null);
  const description = trend.map((p) => `${shortDate(p.date)}: ${pct(p.overall)}`).join(', ');
  return (
    <svg className="trend" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Overall readiness by week: ${description}`}>
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={pad.left} x2={w - pad.right} y1={y(v)} y2={y(v)} className="grid-line" />
          <text x={pad.left - 8} y={y(v) + 4} textAnchor="end" className="axis-text">
            {v * 100}%
          </text>
        </g>
      ))}
      {trend.map((p, i) => (
        <text key={p.at} x={x(i)} y={h - 8} textAnchor="middle" className="axis-text">
          {i === trend.length - 1 ? 'Now' : shortDate(p.date)}
        </text>
      ))}
      {segments.map((points) => (
        <polyline key={points} points={points} className="trend-line" />
      ))}
      {trend.map((p, i) =>
        p.overall === null ? null : (
          <circle key={p.at} cx={x(i)} cy={y(p.overall)} r={i === trend.length - 1 ? 5.5 : 4} className={i === trend.length - 1 ? 'trend-dot now' : 'trend-dot'}>
            <title>{`${shortDate(p.date)}: ${pct(p.overall)}`}</title>
          </circle>
        ),
      )}
      {known.length === 0 && (
        <text x={(w + pad.left) / 2} y={h / 2} textAnchor="middle" className="empty-text">
          Your trend starts with your first scored answer
        </text>
      )}
    </svg>
  );
}

/** Minutes of practice per day over the last four weeks. */
export function TimeBars({ days }: { days: Progress['time']['days'] }) {
  const w = 560;
  const h = 150;
  const pad = { left: 50, right: 20, top: 10, bottom: 26 };
  const minutes = days.map((d) => d.seconds / 60);
  const top = Math.max(30, Math.ceil(Math.max(...minutes, 0) / 30) * 30);
  const slot = (w - pad.left - pad.right) / Math.max(1, days.length);
  const y = (m: number) => pad.top + (1 - m / top) * (h - pad.top - pad.bottom);
  const total = Math.round(minutes.reduce((a, b) => a + b, 0));
  return (
    <svg className="time-bars" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Minutes practised per day over the last ${days.length} days: ${total} in all`}>
      {[0, top / 2, top].map((m) => (
        <g key={m}>
          <line x1={pad.left} x2={w - pad.right} y1={y(m)} y2={y(m)} className="grid-line" />
          <text x={pad.left - 6} y={y(m) + 4} textAnchor="end" className="axis-text">
            {m}m
          </text>
        </g>
      ))}
      {days.map((d, i) => {
        const m = minutes[i] ?? 0;
        const barH = m > 0 ? Math.max(2, y(0) - y(m)) : 0;
        return (
          <g key={d.date}>
            <rect x={pad.left + i * slot + slot * 0.18} y={y(0) - barH} width={slot * 0.64} height={barH} rx={2} className={i === days.length - 1 ? 'time-bar today' : 'time-bar'}>
              <title>{`${shortDate(d.date)}: ${Math.round(m)} min`}</title>
            </rect>
            {(i === 0 || i === days.length - 1 || i === Math.floor(days.length / 2)) && (
              <text x={pad.left + i * slot + slot / 2} y={h - 6} textAnchor="middle" className="axis-text">
                {i === days.length - 1 ? 'Today' : shortDate(d.date)}
              </text>
            )}
          </g>
        );
      })}
      {total === 0 && (
        <text x={(w + pad.left) / 2} y={h / 2 - 4} textAnchor="middle" className="empty-text">
          No practice in the last {days.length} days yet
        </text>
      )}
    </svg>
  );
}
