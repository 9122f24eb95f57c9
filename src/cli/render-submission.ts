import type { Submission } from '../app/code/submissions.js';
import { bold, dim } from './output.js';

const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
};

export function renderSubmission(s: Submission): string {
  const lines = [`${bold(s.label)} · ${s.passed}/${s.total} tests passed · ${s.timeMs.toFixed(1)} ms in your code`];
  if (s.message) lines.push(s.message);
  for (const t of s.tests) {
    const mark = t.verdict === null ? '·' : t.passed ? '✓' : '✗';
    lines.push(`  ${mark} ${t.name}${t.verdict === null ? dim(' (not run)') : dim(` ${t.timeMs.toFixed(1)} ms`)}${t.passed || t.verdict === null ? '' : ` — ${t.verdict}`}`);
    if (!t.passed && t.verdict !== null && t.visible) {
      lines.push(`      input:    ${short(t.input)}`, `      expected: ${short(t.expected)}`, `      actual:   ${short(t.actual)}`);
    }
    if (!t.passed && t.message) lines.push(dim(`      ${t.message.split('\n')[0]}`));
  }
  return lines.join('\n');
}
