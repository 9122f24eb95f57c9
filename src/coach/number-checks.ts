/**
 * Numbers are checked, not counted: a reduction past 100%, growth in the thousands of percent, a
 * share over the whole, and arithmetic the answer states ("50M x 80,000 = 400 million", "1 billion a
 * day is about 1,000 a second") are recomputed. A stated number that cannot be true earns the
 * answer nothing and is reported with its span. Thresholds live in content/coach/integrity.yaml.
 */
import { checkBounds } from './number-bounds.js';
import type { NumberFinding, Span } from './types.js';

export interface NumberRules {
  /** Growth above this percentage is implausible for one change. */
  maxGrowthPercent: number;
  /** Stated and computed results further apart than this factor are wrong, after rounding. */
  arithmeticTolerance: number;
}

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

// An amount: "$2.5M", "80,000", "1 billion", "400 million", "12k".
const AMOUNT = String.raw`\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mm|mn|b|bn|t)\b|\s(?:thousand|million|billion|trillion)\b)?`;
// Units that scale the amount they follow: "40 TB", "5 Mbps".
const SCALED_UNITS: Record<string, number> = {
  kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15, eb: 1e18,
  kbps: 1e3, mbps: 1e6, gbps: 1e9, tbps: 1e12,
};
const OPERATOR_WORDS = new Set(['x', 'times', 'multiplied', 'divided', 'over', 'plus', 'minus', 'is', 'are', 'equals', 'makes', 'gives', 'comes', 'works', 'about', 'roughly', 'around', 'approximately', 'and', 'or', 'a', 'per', 'to', 'of', 'so', 'that', 'which', 'then']);
// An amount with an optional unit word after it: "2.6 million seconds", "40 TB".
const OPERAND = String.raw`(${AMOUNT})(?:\s([a-z]{1,12})\b)?`;
const PERCENT = String.raw`(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)`;

/** Reads "$2.5M" or "1 billion" as a number; undefined when it is not one. */
export function parseAmount(raw: string): number | undefined {
  const match = /^\$?(\d[\d,]*(?:\.\d+)?)\s?([a-z]+)?$/i.exec(raw.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1];
  // "1,5" is not a thousands separator; "80,000" is.
  if (digits.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return undefined;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  const scale = match[2] ? SCALES[match[2].toLowerCase()] : 1;
  return scale === undefined ? undefined : value * scale;
}

const REDUCTION = new RegExp(
  String.raw`\b(?:cut|cutting|reduc\w*|decreas\w*|lower\w*|dropp?\w*|fell|fall\w*|shr[ai]nk\w*|shrunk|sav\w*|slash\w*|trimm?\w*|down)\b[^.;!?%]{0,60}?\bby\s+(?:about\s+|around\s+|roughly\s+|over\s+|more than\s+|nearly\s+|almost\s+)?` +
    PERCENT,
  'gi',
);
const REDUCTION_AFTER = new RegExp(PERCENT + String.raw`\s+(?:reduction|decrease|drop|cut|fewer|less|lower|savings?|decline)\b`, 'gi');
const GROWTH = new RegExp(
  String.raw`\b(?:up|grew|grow\w*|increas\w*|rose|ris\w*|boost\w*|improv\w*|jump\w*|lift\w*|rais\w*|gain\w*|climb\w*|higher|more)\b[^.;!?%]{0,60}?` + PERCENT,
  'gi',
);
const GROWTH_AFTER = new RegExp(PERCENT + String.raw`\s+(?:increase|growth|rise|jump|lift|gain|improvement|higher|more|uplift)\b`, 'gi');

// "A x B = C", "A times B is about C", "A / B = C", "A divided by B is C", "A + B = C", "A minus B is C".
const OPERATOR = String.raw`\s*(x|×|\*|times|multiplied by|/|÷|divided by|over|\+|plus|-|minus)\s*`;
const EQUALS = String.raw`\s*(?:=|≈|~|is|are|equals|makes|gives(?: us)?|comes to|works out to|is about|is roughly|is around|is approximately|≈ about|= about|= roughly|=\s*~)\s*(?:about\s+|roughly\s+|around\s+|approximately\s+|~\s*)?`;
const ARITHMETIC = new RegExp(`${OPERAND}${OPERATOR}${OPERAND}${EQUALS}${OPERAND}`, 'gi');

// "1 billion requests a day is about 1,000 per second".
const UNIT_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600 };
const PERIOD = String.raw`(?:a|per|each|every|/)\s*(second|minute|hour|day|week|month|year)\b`;
const RATE = new RegExp(
  `(${AMOUNT})(?:\\s+[a-z][a-z-]*){0,2}\\s*${PERIOD}[^.;!?\\d]{0,40}?(?:is|are|=|≈|~|means|comes to|works out to|or|that's|which is)\\s*(?:about\\s+|roughly\\s+|around\\s+|approximately\\s+|~\\s*)?(${AMOUNT})(?:\\s+[a-z][a-z-]*){0,2}\\s*${PERIOD}`,
  'gi',
);

interface Operand {
  value: number;
  scale: number;
  unit: string;
}

/** An amount and its unit word, scaled when the unit is a data size or a bit rate. */
function operand(amount: string | undefined, unit: string | undefined): Operand | undefined {
  const base = parseAmount(amount ?? '');
  if (base === undefined) return undefined;
  const word = unit?.toLowerCase() ?? '';
  if (OPERATOR_WORDS.has(word)) return { value: base, scale: 1, unit: '' };
  const scale = SCALED_UNITS[word] ?? 1;
  return { value: base * scale, scale, unit: unit ?? '' };
}

function percentValue(raw: string | undefined): number {
  return raw === undefined ? Number.NaN : Number(raw.replace(/,/g, ''));
}

function spanOfMatch(match: RegExpExecArray, from = 0): Span {
  return [match.index + from, match.index + match[0].length];
}

/** The span of the percentage inside a longer match: the number the finding is about. */
function percentSpan(match: RegExpExecArray, raw: string): Span {
  const offset = match[0].lastIndexOf(raw);
  const tail = match[0].slice(offset + raw.length).match(/^\s?(?:%|percent|per cent)/i)?.[0] ?? '';
  return [match.index + offset, match.index + offset + raw.length + tail.length];
}

function round(value: number): string {
  if (value >= 1e12) return `${+(value / 1e12).toPrecision(3)} trillion`;
  if (value >= 1e9) return `${+(value / 1e9).toPrecision(3)} billion`;
  if (value >= 1e6) return `${+(value / 1e6).toPrecision(3)} million`;
  return (+value.toPrecision(3)).toLocaleString('en-US');
}

function operate(a: number, op: string, b: number): number | undefined {
  const o = op.toLowerCase();
  if (['x', '×', '*', 'times', 'multiplied by'].includes(o)) return a * b;
  if (['/', '÷', 'divided by', 'over'].includes(o)) return b === 0 ? undefined : a / b;
  if (['+', 'plus'].includes(o)) return a + b;
  if (['-', 'minus'].includes(o)) return a - b;
  return undefined;
}

function offBy(stated: number, computed: number, tolerance: number): boolean {
  if (computed === 0 || stated === 0) return stated !== computed;
  const ratio = stated / computed;
  return ratio <= 0 || Math.max(ratio, 1 / ratio) > tolerance;
}

export function checkNumbers(text: string, rules: NumberRules): NumberFinding[] {
  const findings: NumberFinding[] = [];
  const taken: Span[] = [];
  const add = (finding: NumberFinding): void => {
    if (taken.some(([s, e]) => finding.span[0] < e && s < finding.span[1])) return;
    taken.push(finding.span);
    findings.push(finding);
  };

  for (const m of text.matchAll(ARITHMETIC)) {
    const a = operand(m[1], m[2]);
    const b = operand(m[4], m[5]);
    const c = operand(m[6], m[7]);
    const op = m[3];
    if (!a || !b || !c || !op) continue;
    // "3-4 weeks" is a range, not a subtraction.
    if (op === '-' && !/\s-\s/.test(m[0])) continue;
    let computed = operate(a.value, op, b.value);
    if (computed === undefined) continue;
    // "2 TB x 365 = 730": the result is in the operands' unit.
    if (c.scale === 1 && (a.scale !== 1 || b.scale !== 1)) computed /= Math.max(a.scale, b.scale);
    if (!offBy(c.value, computed, rules.arithmeticTolerance)) continue;
    const span: Span = [m.index, m.index + m[0].trimEnd().length];
    const unit = c.scale === 1 ? '' : ` ${c.unit}`;
    const shown = c.scale === 1 ? round(computed) : `${round(computed / c.scale)}${unit}`;
    add({ kind: 'wrong-arithmetic', span, stated: c.value, computed, message: `"${m[0].trim()}": that comes to about ${shown}, not ${m[6]?.trim()}${unit}.` });
  }
  for (const m of text.matchAll(RATE)) {
    const [amount, perA, stated, perB] = [parseAmount(m[1] ?? ''), m[2]?.toLowerCase() ?? '', parseAmount(m[3] ?? ''), m[4]?.toLowerCase() ?? ''];
    const secondsA = UNIT_SECONDS[perA];
    const secondsB = UNIT_SECONDS[perB];
    if (amount === undefined || stated === undefined || !secondsA || !secondsB || perA === perB) continue;
    const computed = (amount / secondsA) * secondsB;
    if (!offBy(stated, computed, rules.arithmeticTolerance)) continue;
    add({ kind: 'wrong-arithmetic', span: spanOfMatch(m), stated, computed, message: `"${m[0].trim()}": ${round(amount)} a ${perA} is about ${round(computed)} a ${perB}, not ${round(stated)}.` });
  }
  for (const finding of checkBounds(text)) add(finding);
  for (const pattern of [REDUCTION, REDUCTION_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const value = percentValue(m[1]);
      if (!(value > 100)) continue;
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
