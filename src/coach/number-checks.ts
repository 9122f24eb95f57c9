/**
 * Numbers are checked, not counted: a reduction past 100%, growth in the thousands of percent, a
 * share over the whole, and arithmetic the answer states ("50M x 80,000 = 400 million", "1 billion a
 * day is about 1,000 a second") are recomputed. A stated number that cannot be true earns the
 * answer nothing and is reported with its span. Thresholds live in content/coach/integrity.yaml.
 */
import { checkArithmetic } from './number-arithmetic.js';
import { checkBounds } from './number-bounds.js';
import { checkChanges } from './number-changes.js';
import { digitView } from './number-parse.js';
import type { NumberFinding, Span } from './types.js';

export { parseAmount } from './number-parse.js';

export interface NumberRules {
  /** Growth above this percentage is implausible for one change. */
  maxGrowthPercent: number;
  /** Stated and computed results further apart than this factor are wrong, after rounding. */
  arithmeticTolerance: number;
}

const PERCENT = String.raw`(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)`;

const REDUCTION = new RegExp(
  String.raw`\b(?:cut|cutting|reduc\w*|decreas\w*|lower\w*|dropp?\w*|fell|fall\w*|shr[ai]nk\w*|shrunk|sav\w*|slash\w*|trimm?\w*|down|eliminat\w*)\b[^.;!?%]{0,60}?(?:\bby\s+|\s)(?:about\s+|around\s+|roughly\s+|over\s+|more than\s+|nearly\s+|almost\s+)?` +
    PERCENT,
  'gi',
);
const REDUCTION_AFTER = new RegExp(PERCENT + String.raw`\s+(?:reduction|decrease|drop|cut|fewer|less|lower|savings?|decline|cheaper|smaller|shorter)\b`, 'gi');
const GROWTH = new RegExp(
  String.raw`\b(?:up|grew|grow\w*|increas\w*|rose|ris\w*|boost\w*|improv\w*|jump\w*|lift\w*|rais\w*|gain\w*|climb\w*|higher|more)\b[^.;!?%]{0,60}?` + PERCENT,
  'gi',
);
const GROWTH_AFTER = new RegExp(PERCENT + String.raw`\s+(?:increase|growth|rise|jump|lift|gain|improvement|higher|more|uplift)\b`, 'gi');

function percentValue(raw: string | undefined): number {
  return raw === undefined ? Number.NaN : Number(raw.replace(/,/g, ''));
}

/** The span of the percentage inside a longer match: the number the finding is about. */
function percentSpan(match: RegExpExecArray, raw: string): Span {
  const offset = match[0].lastIndexOf(raw);
  const tail = match[0].slice(offset + raw.length).match(/^\s?(?:%|percent|per cent)/i)?.[0] ?? '';
  return [match.index + offset, match.index + offset + raw.length + tail.length];
}

// "fell to 150%" and "was 150%" state a level, not a change; "150% of target" compares.
const RISE = /\b(?:up|grew|grow\w*|increas\w*|rose|rise|rising|boost\w*|improv\w*|jump\w*|gain\w*|climb\w*|higher|more|doubl\w*)\b/i;
const LEVEL_BEFORE = /\b(?:to|at|of|from|than|reached|hit|was|were|is|are|over|under)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/i;

export function checkNumbers(original: string, rules: NumberRules): NumberFinding[] {
  // Spelled amounts ("three hundred percent") are read in digits; spans still point into the original.
  const { text, regions } = digitView(original);
  const findings: NumberFinding[] = [];
  const taken: Span[] = [];
  const add = (found: NumberFinding): void => {
    const region = regions.find(([s, e]) => found.span[0] >= s && found.span[0] < e);
    const span: Span = region ? [region[0], found.span[1]] : found.span;
    const finding = region ? { ...found, span, message: found.message.split(text.slice(...found.span)).join(original.slice(...span)) } : found;
    if (taken.some(([s, e]) => finding.span[0] < e && s < finding.span[1])) return;
    taken.push(finding.span);
    findings.push(finding);
  };

  for (const finding of checkArithmetic(text, rules.arithmeticTolerance)) add(finding);
  for (const finding of checkChanges(text, rules)) add(finding);
  for (const finding of checkBounds(text)) add(finding);
  for (const pattern of [REDUCTION, REDUCTION_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const value = percentValue(m[1]);
      if (!(value > 100)) continue;
      const before = text.slice(Math.max(0, m.index), m.index + m[0].lastIndexOf(m[1] ?? ''));
      // Without "by", the percentage must be the change itself: not a level ("fell to 150%"), not a
      // comparison ("150% of target"), not a rise named in between ("cut churn, so revenue grew 150%").
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (pattern === REDUCTION && !/\bby\s/i.test(m[0]) && (LEVEL_BEFORE.test(before) || /^\s+of\b/i.test(after) || RISE.test(before))) continue;
      const span = percentSpan(m, m[1] ?? '');
      add({ kind: 'impossible-reduction', span, stated: value, message: `"${text.slice(...span)}" as a reduction is impossible: nothing falls by more than 100%.` });
    }
  }
  for (const pattern of [GROWTH, GROWTH_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const value = percentValue(m[1]);
      if (!(value >= rules.maxGrowthPercent)) continue;
      const span = percentSpan(m, m[1] ?? '');
      add({ kind: 'implausible-growth', span, stated: value, message: `"${text.slice(...span)}" growth is implausible for one change; an interviewer will doubt the rest. Check the number or give the base ("from 200 to 12,000 users").` });
    }
  }
  return findings.sort((x, y) => x.span[0] - y.span[0]);
}
