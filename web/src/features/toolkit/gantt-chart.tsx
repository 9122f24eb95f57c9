import type { ScheduleResult } from '@shared/api.js';
import { formatNumber } from '@shared/domain.js';
import { tickStep } from '../../lib/ticks.js';
import { ScrollBox } from '../../ui/scroll-box.js';

const ROW = 30;
const LABEL_W = 170;
const CHART_W = 440;
const W = LABEL_W + CHART_W + 20;
const TOP = 46;
const BAR_H = 16;


const clip = (text: string, max = 23) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const days = (n: number) => formatNumber(n, 1);

/** A Gantt chart drawn by hand in SVG: critical work, other work, slack to latest finish, dependencies. */
export function GanttChart({ result }: { result: ScheduleResult }) {
  const deadline = result.deadline?.days;
  const span = Math.max(result.duration, deadline ?? 0, 1e-9);
  const x = (day: number) => LABEL_W + (day / span) * CHART_W;
  const rowOf = new Map(result.tasks.map((t, i) => [t.id, i]));
  const mid = (i: number) => TOP + i * ROW + ROW / 2;
  const H = TOP + result.tasks.length * ROW + 10;
  const step = tickStep(span, 8);
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => i * step);
  return (
    <ScrollBox className="gantt-scroll" label="Gantt chart">
      <svg className="gantt" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Gantt chart of ${result.tasks.length} tasks over ${days(result.duration)} days; critical path ${result.criticalPath.join(', ')}`}>
        {result.tasks.map((_, i) => i % 2 === 1 && <rect key={`stripe-${i}`} className="gantt-stripe" x={0} y={TOP + i * ROW} width={W} height={ROW} />)}
        {ticks.map((t) => (
          <g key={t}>
            <line className="gantt-grid" x1={x(t)} x2={x(t)} y1={TOP - 6} y2={H - 10} />
            <text className="gantt-tick" x={x(t)} y={TOP - 12} textAnchor="middle">
              {formatNumber(t, 1)}
            </text>
          </g>
        ))}
        <text className="gantt-tick" x={LABEL_W - 10} y={TOP - 12} textAnchor="end">
          day
        </text>
        {result.tasks.flatMap((task) =>
          task.depends.map((dep) => {
            const from = result.tasks[rowOf.get(dep) ?? 0];
            if (!from) return null;
            const x1 = x(from.earlyFinish);
            const x2 = x(task.earlyStart);
            const y1 = mid(rowOf.get(dep) ?? 0);
            const y2 = mid(rowOf.get(task.id) ?? 0) + (y1 < mid(rowOf.get(task.id) ?? 0) ? -BAR_H / 2 : BAR_H / 2);
            const critical = from.critical && task.critical && Math.abs(from.earlyFinish - task.earlyStart) < 1e-6;
            return <path key={`${dep}-${task.id}`} className={`gantt-link ${critical ? 'critical' : ''}`} d={`M${x1},${y1} H${Math.max(x1 + 4, Math.min(x2, x1 + 8))} V${y2}`} />;
          }),
        )}
        {result.tasks.map((task, i) => {
          const y = TOP + i * ROW + (ROW - BAR_H) / 2;
          const tip = `${task.name}: day ${days(task.earlyStart)} to ${days(task.earlyFinish)}${task.critical ? ', critical' : `, ${days(task.slack)} days of slack`}`;
          return (
            <g key={task.id} className={task.critical ? 'gantt-row critical' : 'gantt-row'}>
              <title>{tip}</title>
              <text className="gantt-label" x={10} y={mid(i) + 4}>
                {clip(task.name)}
              </text>
              {task.duration === 0 ? (
                <path className="gantt-milestone" d={`M${x(task.earlyStart)},${mid(i) - 8} l8,8 l-8,8 l-8,-8 Z`} />
              ) : (
                <rect className="gantt-bar" x={x(task.earlyStart)} y={y} width={Math.max(2, x(task.earlyFinish) - x(task.earlyStart))} height={BAR_H} rx={3} />
              )}
              {task.slack > 0 && (
                <g className="gantt-slack">
                  <line x1={x(task.earlyFinish) + 2} x2={x(task.lateFinish)} y1={mid(i)} y2={mid(i)} />
                  <line x1={x(task.lateFinish)} x2={x(task.lateFinish)} y1={mid(i) - 5} y2={mid(i) + 5} />
                </g>
              )}
            </g>
          );
        })}
        {deadline !== undefined && (
          <g className="gantt-deadline">
            <line x1={x(deadline)} x2={x(deadline)} y1={16} y2={H - 10} />
            <text x={x(deadline)} y={12} textAnchor={x(deadline) > W - 60 ? 'end' : 'middle'}>
              deadline
            </text>
          </g>
        )}
      </svg>
    </ScrollBox>
  );
}
