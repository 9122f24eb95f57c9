import type { ScheduleResult } from '../calc/index.js';
import { formatNumber, formatPercent } from '../calc/format.js';
import { bold, dim, table } from './output.js';

const GANTT_WIDTH = 48;
const LABEL_WIDTH = 24;

const days = (n: number) => `${formatNumber(n, 1)}d`;
const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/**
 * A text Gantt chart: █ critical work, ▒ other work, ░ slack (how far a task can slip), one row per
 * task on a shared scale of GANTT_WIDTH columns.
 */
export function renderGantt(result: ScheduleResult): string {
  const span = Math.max(result.duration, 1e-9);
  const column = (day: number) => Math.round((day / span) * GANTT_WIDTH);
  const rows = result.tasks.map((task) => {
    const start = Math.min(column(task.earlyStart), GANTT_WIDTH - 1);
    const end = Math.max(column(task.earlyFinish), start + (task.duration > 0 ? 1 : 0));
    const lateEnd = Math.max(column(task.lateFinish), end);
    const bar = task.duration === 0 ? '◆' : (task.critical ? '█' : '▒').repeat(end - start);
    const line = `${' '.repeat(start)}${bar}${'░'.repeat(task.duration === 0 ? 0 : lateEnd - end)}`;
    return `${clip(task.name, LABEL_WIDTH).padEnd(LABEL_WIDTH)} │${line.padEnd(GANTT_WIDTH)}│`;
  });
  const end = days(result.duration);
  const axis = `${' '.repeat(LABEL_WIDTH)} 0${' '.repeat(Math.max(1, GANTT_WIDTH - end.length))}${end}`;
  return [...rows, axis, dim(`${' '.repeat(LABEL_WIDTH)} █ critical  ▒ work  ░ slack  ◆ milestone`)].join('\n');
}

export function renderSchedule(result: ScheduleResult): string {
  const byId = new Map(result.tasks.map((t) => [t.id, t]));
  const path = result.criticalPath.map((id) => byId.get(id)?.name ?? id).join(' → ');
  const lines: string[] = [];
  lines.push(`${bold('Critical path')}: ${path}`);
  lines.push(`${bold('Duration')}: ${days(result.duration)}${result.finishDate ? ` (${result.start} to ${result.finishDate}, ${result.calendar === 'working' ? 'working days' : 'calendar days'})` : ''}`);
  if (result.criticalPaths.length > 1) lines.push(dim(`${result.criticalPaths.length} paths tie for critical.`));
  lines.push('');
  const dated = result.start !== undefined;
  const header = ['task', 'duration', 'start', 'finish', 'latest start', 'slack', ''];
  if (dated) header.push('dates');
  const rows = result.tasks.map((t) => {
    const row = [clip(`${t.id}${t.name !== t.id ? ` (${t.name})` : ''}`, 40), days(t.duration), days(t.earlyStart), days(t.earlyFinish), days(t.lateStart), days(t.slack), t.critical ? 'critical' : ''];
    if (dated) row.push(`${t.startDate} → ${t.finishDate}`);
    return row;
  });
  lines.push(table([header, ...rows]));
  lines.push('');
  lines.push(renderGantt(result));
  if (result.pert) {
    const pert = result.pert;
    lines.push('');
    lines.push(`${bold('PERT')}: expected ${days(pert.expected)}, σ ${days(pert.standardDeviation)} along ${pert.path.join(' → ')}`);
    lines.push(
      pert.confidence.map((c) => `P${Math.round(c.probability * 100)} ${days(c.duration)}${c.date ? ` (${c.date})` : ''}`).join(' · '),
    );
    lines.push(dim(pert.caveat));
  }
  if (result.deadline) {
    const d = result.deadline;
    const when = d.date ? `${d.date} (${days(d.days)})` : days(d.days);
    lines.push('');
    lines.push(`${bold('Deadline')} ${when}: ${d.spare >= 0 ? `${days(d.spare)} to spare` : `${days(-d.spare)} late`} on the expected duration; chance of finishing by then ${formatPercent(d.probability, 1)}`);
  }
  return lines.join('\n');
}
