import { isStoryType } from '../core/taxonomy.js';
import type { CoachResult } from '../app/coach/coach.js';
import { bold, dim } from './output.js';

const MARK: Record<string, string> = { strength: '+', info: '·', warning: '!', problem: '✗' };

function quote(text: string, span: [number, number] | undefined, max = 80): string {
  if (!span) return '';
  const said = text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  return said.length > max ? `"${said.slice(0, max - 1)}…"` : `"${said}"`;
}

function bar(score: number, width = 20): string {
  const filled = Math.round((score / 100) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** The coach's findings for a terminal: score, dimensions, STAR with evidence, rubric, feedback. */
export function renderCoach(analysis: CoachResult, text: string): string {
  const lines: string[] = [];
  lines.push(`${bold(`Score ${analysis.score}/100`)} · ${analysis.level}`);
  for (const d of analysis.dimensions) {
    lines.push(`  ${d.title.padEnd(22)} ${bar(d.score)} ${String(d.score).padStart(3)}  ${dim(d.basis)}`);
  }
  if (isStoryType(analysis.type)) {
    lines.push('', bold('STAR'));
    for (const part of ['situation', 'task', 'action', 'result'] as const) {
      const found = analysis.star[part];
      const label = part.charAt(0).toUpperCase() + part.slice(1);
      lines.push(`  ${found.present ? '✓' : '✗'} ${label.padEnd(10)} ${found.present ? `${Math.round(found.share * 100)}% · ${quote(text, found.spans[0])}` : dim('missing')}`);
    }
  }
  if (analysis.scope) {
    const { scope } = analysis;
    lines.push('', bold(`Scope: reads as ${scope.readsAs}${scope.target ? ` (target ${scope.target})` : ''}`), `  ${scope.message}`);
    for (const e of scope.evidence.slice(0, 8)) lines.push(`  ${e.kind.padEnd(10)} ${e.level.padEnd(7)} ${quote(text, e.span)}`);
  }
  lines.push(
    '',
    bold('Delivery'),
    `  ${analysis.words} words, about ${Math.round(analysis.speakingSeconds)} s spoken (target ${analysis.target.minSeconds}-${analysis.target.maxSeconds} s: ${analysis.target.verdict})`,
    `  fillers ${analysis.fillers.count} (${analysis.fillers.perMinute}/min) · hedges ${analysis.hedges.count} (${analysis.hedges.perMinute}/min) · "I" ${analysis.ownership.i} vs "we" ${analysis.ownership.we}`,
  );
  if (analysis.rubric.length > 0) {
    const covered = analysis.rubric.filter((r) => r.covered).length;
    lines.push('', bold(`Rubric: ${covered} of ${analysis.rubric.length} points covered`));
    for (const r of analysis.rubric) {
      lines.push(`  ${r.covered ? '✓' : '✗'} ${r.point}${r.covered ? dim(` — said: ${r.signals.slice(0, 4).join(', ')}`) : ''}`);
    }
  }
  const { topWords, tpmTerms, talkingPoints } = analysis.insights;
  if (topWords.length + tpmTerms.length + talkingPoints.covered.length + talkingPoints.missing.length > 0) {
    lines.push('', bold('Insights'));
    if (topWords.length > 0) lines.push(`  most-used words: ${topWords.slice(0, 8).map((w) => `${w.word} (${w.count})`).join(', ')}`);
    if (tpmTerms.length > 0) lines.push(`  TPM terms: ${tpmTerms.slice(0, 8).map((t) => (t.count > 1 ? `${t.term} (${t.count})` : t.term)).join(', ')}`);
    if (talkingPoints.covered.length > 0) lines.push(`  talking points covered: ${talkingPoints.covered.join('; ')}`);
    if (talkingPoints.missing.length > 0) lines.push(`  talking points missing: ${talkingPoints.missing.join('; ')}`);
  }
  lines.push('', bold('Findings'));
  for (const f of analysis.feedback) lines.push(`  ${MARK[f.severity] ?? '·'} ${f.message}`);
  if (analysis.followUps.length > 0) {
    lines.push('', bold('The interviewer would ask next'));
    for (const f of analysis.followUps) lines.push(`  - ${f.question}`);
  }
  return lines.join('\n');
}
