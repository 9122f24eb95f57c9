import type { CalculatorResults } from '../app/toolkit/calc.js';
import { formatBytes, formatDuration, formatNumber, formatPercent } from '../calc/format.js';
import { bold, dim, table } from './output.js';

const pct = (percent: number) => `${formatNumber(percent, 7)}%`;
const rate = (perSecond: number) => `${formatNumber(perSecond, 1)}/s`;

export function renderAvailability(r: CalculatorResults['availability']): string {
  const lines: string[] = [];
  if (r.mode === 'series' || r.mode === 'parallel') {
    lines.push(`${r.components?.map(pct).join(r.mode === 'series' ? ' × ' : ' ∥ ')} ${r.mode === 'series' ? 'in series (all must be up)' : 'in parallel (one is enough)'}`);
  } else if (r.mode === 'downtime' && r.given) {
    lines.push(`${formatDuration(r.given.seconds)} of downtime per ${r.given.per}`);
  }
  lines.push(`${bold(pct(r.availability))} availability (${formatNumber(r.nines, 2)} nines) allows:`);
  lines.push(
    table([
      ['per year', formatDuration(r.downtime.perYear), dim(`${formatNumber(r.downtime.perYear, 3)} s`)],
      ['per month', formatDuration(r.downtime.perMonth), dim(`${formatNumber(r.downtime.perMonth, 3)} s`)],
      ['per week', formatDuration(r.downtime.perWeek), dim(`${formatNumber(r.downtime.perWeek, 3)} s`)],
      ['per day', formatDuration(r.downtime.perDay), dim(`${formatNumber(r.downtime.perDay, 3)} s`)],
    ]),
  );
  lines.push('');
  lines.push(
    table([
      ['availability', 'per year', 'per month', 'per week', 'per day', ''],
      ...r.table.map((row) => [pct(row.availability), formatDuration(row.downtime.perYear), formatDuration(row.downtime.perMonth), formatDuration(row.downtime.perWeek), formatDuration(row.downtime.perDay), row.current ? '◀' : '']),
    ]),
  );
  lines.push(dim('A year is 365.25 days; a month is a twelfth of a year.'));
  return lines.join('\n');
}

export function renderErrorBudget(r: CalculatorResults['error-budget']): string {
  const lines = [`${bold(`${pct(r.slo)} over ${formatDuration(r.windowSeconds)}`)}: an error budget of ${formatDuration(r.budget.seconds)}${r.budget.requests !== undefined ? ` or ${formatNumber(r.budget.requests, 0)} failed requests` : ''} (${formatPercent(r.budget.fraction, 4)} of the window)`];
  if (r.spent) {
    lines.push(`Spent ${formatDuration(r.spent.seconds)}: ${formatPercent(r.spent.ofBudget, 1)} of the budget; ${r.spent.remainingSeconds >= 0 ? `${formatDuration(r.spent.remainingSeconds)} left` : `over by ${formatDuration(-r.spent.remainingSeconds)}`}`);
  }
  if (r.burn) {
    lines.push(`At ${formatNumber(r.burn.errorRate, 4)}% errors the burn rate is ${bold(`${formatNumber(r.burn.burnRate, 2)}x`)}${r.burn.exhaustsInSeconds === null ? '' : `: the whole budget is gone in ${formatDuration(r.burn.exhaustsInSeconds)}`}`);
  }
  if (r.alerts.length > 0) {
    lines.push('', 'Alert when (SRE workbook):');
    lines.push(table(r.alerts.map((a) => [`${formatPercent(a.budgetSpent, 0)} of budget in ${formatDuration(a.windowSeconds)}`, `burn rate ≥ ${formatNumber(a.burnRate, 2)}`, a.action])));
  }
  return lines.join('\n');
}

export function renderLatency(r: CalculatorResults['latency']): string {
  const blocks: string[] = [];
  if (r.samples) {
    const s = r.samples;
    blocks.push(
      [
        `${bold(`${formatNumber(s.count, 0)} samples`)}: min ${formatNumber(s.min)} ms, mean ${formatNumber(s.mean)} ms, max ${formatNumber(s.max)} ms ${dim(`(${s.method})`)}`,
        table(s.percentiles.map((p) => [`p${p.p}`, `${formatNumber(p.value)} ms`])),
      ].join('\n'),
    );
  }
  if (r.fanOut) {
    const f = r.fanOut;
    const slow = f.latencyMs === undefined ? `slower than its p${f.percentile}` : `slower than its p${f.percentile} (${formatNumber(f.latencyMs)} ms)`;
    blocks.push(
      [
        `${bold(formatPercent(f.probability))} of requests that fan out to ${formatNumber(f.calls, 0)} calls wait on at least one call ${slow}.`,
        `For ${formatNumber(f.target, 4)}% of requests to see no slow call, each call needs p${formatNumber(f.perCallPercentile, 4)}.`,
      ].join('\n'),
    );
  }
  if (r.budget) {
    const b = r.budget;
    blocks.push(
      [
        `${bold(`${formatNumber(b.usedMs)} ms of ${formatNumber(b.budgetMs)} ms`)}: ${b.overBudget ? `over budget by ${formatNumber(-b.remainingMs)} ms` : `${formatNumber(b.remainingMs)} ms left`}`,
        table(b.calls.map((c) => [c.name, `${formatNumber(c.ms)} ms`, formatPercent(c.share, 1), `${'█'.repeat(Math.max(1, Math.round(c.share * 30)))}`])),
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}

export function renderCapacity(r: CalculatorResults['capacity']): string {
  const rows = [
    ['requests a day', formatNumber(r.requestsPerDay, 0)],
    ['average', rate(r.averageRps)],
    [`peak (${formatNumber(r.peakFactor)}x)`, rate(r.peakRps)],
    ['writes at peak', `${rate(r.writes.peakRps)} (${formatPercent(r.writes.ratio, 1)} of requests)`],
  ];
  if (r.bandwidth) rows.push(['bandwidth', `${formatBytes(r.bandwidth.averageBytesPerSecond)}/s average, ${formatBytes(r.bandwidth.peakBytesPerSecond)}/s peak (${formatNumber(r.bandwidth.peakBitsPerSecond / 1e6, 1)} Mbit/s)`]);
  if (r.storage) {
    rows.push(['storage a day', `${formatBytes(r.storage.perDay)}${r.storage.replicas > 1 ? ` (${r.storage.replicas} replicas)` : ''}`]);
    rows.push(['storage a year', formatBytes(r.storage.perYear)]);
    if (r.storage.retained !== undefined) rows.push([`over ${formatNumber(r.storage.retentionYears ?? 0)} years`, formatBytes(r.storage.retained)]);
  }
  if (r.servers) rows.push(['servers', `${bold(String(r.servers.needed))} at ${rate(r.servers.perServerRps)} each, ${formatPercent(r.servers.utilizationAtPeak, 0)} busy at peak (headroom ${formatPercent(r.servers.headroom, 0)})`]);
  return `${table(rows)}\n${dim('A day is 86,400 s; a year is 365.25 days; 1 KB = 1,000 bytes.')}`;
}

export function renderLittlesLaw(r: CalculatorResults['littles-law']): string {
  const solved = { concurrency: 'L', arrivalRate: 'λ', timeInSystem: 'W' }[r.solvedFor];
  return [
    `L = λ × W: ${formatNumber(r.concurrency, 3)} in flight = ${rate(r.arrivalRate)} × ${formatDuration(r.timeInSystem)}`,
    dim(`solved for ${solved} (${r.solvedFor})`),
  ].join('\n');
}

export function renderAbTest(r: CalculatorResults['ab']): string {
  const interval = (pair: [number, number] | null) => (pair ? `${formatPercent(pair[0])} to ${formatPercent(pair[1])}` : 'n/a');
  const lines = [
    table([
      ['', 'visitors', 'conversions', 'rate'],
      ['control', formatNumber(r.control.visitors, 0), formatNumber(r.control.conversions, 0), formatPercent(r.control.rate)],
      ['variant', formatNumber(r.variant.visitors, 0), formatNumber(r.variant.conversions, 0), formatPercent(r.variant.rate)],
    ]),
    '',
    table([
      ['lift', `${formatPercent(r.lift.absolute)} absolute, ${r.lift.relative === null ? 'n/a' : formatPercent(r.lift.relative)} relative`],
      ['z', formatNumber(r.z, 4)],
      ['p-value', `${formatNumber(r.pValue, 4)} (two-sided)`],
      [`${formatPercent(r.confidenceInterval.level, 1)} CI, absolute`, interval(r.confidenceInterval.absolute)],
      [`${formatPercent(r.confidenceInterval.level, 1)} CI, relative`, interval(r.confidenceInterval.relative)],
    ]),
    '',
    bold(r.verdict.text),
    `say it: “${r.say}”`,
  ];
  for (const warning of r.warnings) lines.push(`warning: ${warning}`);
  return lines.join('\n');
}

export function renderSampleSize(r: CalculatorResults['sample-size']): string {
  return [
    `${bold(`${formatNumber(r.perArm, 0)} visitors per arm`)} (${formatNumber(r.total, 0)} in all)${r.days !== undefined ? `, about ${r.days} day${r.days === 1 ? '' : 's'}` : ''}`,
    `to detect ${formatPercent(r.baseline)} → ${formatPercent(r.target)} (${formatPercent(r.absoluteEffect)} absolute, ${formatPercent(r.relativeEffect)} relative; the mde was ${r.mdeType})`,
    `with alpha ${r.alpha} (two-sided) and ${formatPercent(r.power, 1)} power`,
    dim(r.method),
  ].join('\n');
}
