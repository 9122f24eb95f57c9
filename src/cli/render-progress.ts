import type { Progress, ProgressEstimate } from '../app/readiness/readiness.js';
import { bold, dim, table } from './output.js';

/** Width of a readiness bar in characters: 5% per character. */
export const BAR_WIDTH = 20;
const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A text bar; an unknown value is dotted all the way, so it never reads as an empty (zero) bar. */
export function textBar(value: number | null, width = BAR_WIDTH): string {
  if (value === null) return '·'.repeat(width);
  const filled = Math.round(Math.min(1, Math.max(0, value)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function percent(value: number | null): string {
  return value === null ? 'unknown' : `${Math.round(value * 100)}%`;
}

export function formatMinutes(seconds: number): string {
  if (seconds > 0 && seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

function rows(estimates: ProgressEstimate[]): string {
  return table(
    estimates.map((e) => [
      `  ${e.title}`,
      textBar(e.score),
      percent(e.score).padStart(7),
      e.score === null ? dim('no evidence yet') : dim(`${e.level} confidence, ${e.items} item${e.items === 1 ? '' : 's'}`),
    ]),
  );
}

const KIND_LABEL: Record<string, string> = { attempt: 'answers', flashcard: 'flashcards', submission: 'code', mock: 'mocks', exercise: 'exercises' };

export function renderProgress(p: Progress): string {
  const lines: string[] = [];
  const { overall } = p;
  lines.push(
    overall.known === 0
      ? `${bold('Readiness:')} unknown: no scored practice yet. Answer a question (tpmprep practice) to get a first reading.`
      : overall.score === null
        ? `${bold('Readiness:')} no overall figure yet (${overall.known} of ${overall.total} ${p.track === 'program' ? 'program competencies' : 'areas'} have evidence). Still needed: ${overall.missing.map((m) => m.message).join('; ')}.`
        : `${bold('Readiness:')} ${percent(overall.score)} overall across ${overall.known} of ${overall.total} ${p.track === 'program' ? 'program competencies' : 'areas'}, ${overall.level} confidence${p.track ? ` (${p.track} track)` : ''}`,
    dim(`Recent practice counts more: evidence loses half its weight every ${p.halfLifeDays} days.`),
    '',
    bold('Skills'),
    rows(p.skills),
    '',
    bold('Areas'),
    rows(p.areas),
    '',
  );
  if (p.track !== 'product') lines.push(bold('Program competencies'), rows(p.competencies), '');
  const spark = p.trend.map((t) => (t.overall === null ? '·' : SPARKS[Math.min(SPARKS.length - 1, Math.floor(t.overall * SPARKS.length))])).join(' ');
  const first = p.trend[0];
  const last = p.trend.at(-1);
  lines.push(`${bold(`Trend, last ${p.trend.length} weeks:`)} ${spark}  ${dim(`${first?.date ?? ''} to ${last?.date ?? ''}, now ${percent(last?.overall ?? null)}`)}`);
  const { streak, time } = p;
  lines.push(
    `${bold('Streak:')} ${streak.days} day${streak.days === 1 ? '' : 's'}${streak.days > 0 ? (streak.activeToday ? ', practised today' : ', practise today to keep it') : ''}`,
  );
  const kinds = time.byKind.map((k) => `${KIND_LABEL[k.kind] ?? k.kind} ${formatMinutes(k.seconds)}`).join(', ');
  lines.push(`${bold('Time:')} ${formatMinutes(time.totalSeconds)} in total, ${formatMinutes(time.lastWeekSeconds)} in the last 7 days${kinds ? dim(` (${kinds})`) : ''}`);
  lines.push('', bold('Practise next'));
  p.next.forEach((n, i) => lines.push(`  ${i + 1}. ${n.title}: ${n.reason}`, dim(`     tpmprep questions list --area ${n.id} --attempted no`)));
  return lines.join('\n');
}
