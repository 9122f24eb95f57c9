/**
 * Arithmetic an answer states, recomputed: chains ("2,000 servers x 50 GB x 30 days = 300 TB",
 * "100 million / 2.6 million seconds = 40 writes per second"), a share of an amount ("10% of 300 TB
 * is 30 TB"), division in words ("divide 480 by 40 and you get 12") and rates converted between
 * periods ("1 billion a day is about 12,000 per second", "30M/day ≈ 350/s"). A result is wrong only
 * when no reasonable reading of its units makes it right: data sizes, time units and bare numbers
 * are all tried, and rounding within the tolerance is allowed.
 */
import { AMOUNT, DATA_UNITS, offBy, parseAmount, round, TIME_UNITS } from './number-parse.js';
import type { NumberFinding, Span } from './types.js';

// Words that end an operand's unit words: operators, "equals" words and glue.
const NOT_UNIT = String.raw`(?:x|times|multiplied|divided|over|plus|minus|is|are|equals|makes|gives|comes|works|about|roughly|around|approximately|and|or|a|an|per|so|that|thats|which|then|to|for|of|at|in|on|by|with|call|it|this|gets|get|you|we|i|gives)`;
const UNIT_WORD = String.raw`(?!${NOT_UNIT}\b)[a-z][a-z-]{0,14}\b(?:\/[a-z]{1,8}\b)?`;
/** "about", "~": a hedge before an amount changes nothing in the sum. */
const HEDGE = String.raw`(?:(?:about|roughly|around|approximately)\s+|~\s*)?`;
/** "a month", "per install": a rate's period after the amount, read as part of the operand. */
const PER = String.raw`(?:\s+(?:a|an|per|each|every)\s+[a-z][a-z-]{0,14}\b)?`;
/** An amount, an optional percent sign, up to two unit words, a period: "50 GB", "2.6 million seconds", "$20k a month". */
const OPERAND = String.raw`${HEDGE}${AMOUNT}(?:\s?%)?(?:\s+${UNIT_WORD}){0,2}${PER}`;
/** A stated result keeps one unit word: "= 300 TB", not "= 300 TB hot". */
const RESULT = String.raw`${AMOUNT}(?:\s?%)?(?:\s+${UNIT_WORD})?`;
const OPERATOR = String.raw`(?:\s*(?:×|\*|\/(?!\s*[a-z])|÷|\+)\s*|\s+(?:x|times|multiplied by|divided by|over|plus|minus|-|–)\s+)`;
const EQUALS = String.raw`\s*,?\s*(?:=|≈|~|→|->|=>|is|are|equals|makes|gives(?: us| you)?|comes to|works out to|that's|which is|so that's|so)\s*(?:about\s+|roughly\s+|around\s+|approximately\s+|~\s*|≈\s*)?`;
const CHAIN = new RegExp(String.raw`(?<![\d.,$])(${OPERAND}(?:${OPERATOR}${OPERAND})+)(${EQUALS})(${RESULT})`, 'gi');
const OPERAND_PARTS = new RegExp(String.raw`^${HEDGE}(${AMOUNT})(\s?%)?((?:\s+${UNIT_WORD}){0,2})${PER}$`, 'i');
/** The stated result goes on as a sum ("= 30 + 16 = 46"): both sides are expressions. */
const CONTINUES = new RegExp(String.raw`^((?:${OPERATOR}${OPERAND})+)`, 'i');
const SPLIT = new RegExp(String.raw`\s*(×|\*|\/(?!\s*[a-z])|÷|\+)\s*|\s+(x|times|multiplied by|divided by|over|plus|minus|-|–)\s+`, 'i');

const PERCENT_OF = new RegExp(String.raw`(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b)\s+of\s+(?:the\s+|our\s+|those\s+|these\s+|all\s+)?(${OPERAND})(${EQUALS})(${RESULT})`, 'gi');
/** "1,800 strings at 150 a day is about 12 days": an amount done at a rate takes amount / rate periods. */
const AT_RATE = new RegExp(
  String.raw`(?<![\d.,$])(${AMOUNT})(?:\s+${UNIT_WORD}){0,2}\s+at\s+(?:about\s+|roughly\s+|around\s+)?(${AMOUNT})(?:\s+${UNIT_WORD})?\s+(?:a|an|per|each|every)\s+(day|week|hour|month|sprint)\b${EQUALS}(${AMOUNT})((?:\s+[a-z][a-z-]*){1,2})`,
  'gi',
);
const DIVIDE_WORDS = new RegExp(
  String.raw`\b(divid(?:e|ing)|multipl(?:y|ying))\s+(${OPERAND})\s+by\s+(${OPERAND})(?:\s+[a-z]+){0,3}?\s*,?\s*(?:and you get|you get|to get|and get|gives(?: you| us)?|=|≈|is|comes to|makes|→|->)\s*(?:about\s+|roughly\s+|around\s+|~\s*)?(${OPERAND})`,
  'gi',
);

const PERIOD_WORDS = String.raw`seconds?|secs?|s|minutes?|mins?|min|hours?|hrs?|hr|h|days?|d|weeks?|wk|months?|mo|years?|yr`;
const PERIOD = String.raw`(?:(?:a|per|each|every)\s+|/\s*)(${PERIOD_WORDS})\b`;
const ADJECTIVE_PERIOD: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annual: 'year', annually: 'year' };
const CONNECTOR = String.raw`[^.;!?\d]{0,40}?(?:is|are|=|≈|~|means|comes to|works out to|or|that's|which is|so|giving|→|->|i\.e\.)\s*(?:about\s+|roughly\s+|around\s+|approximately\s+|~\s*|≈\s*)?`;
const RATE_SECOND = String.raw`(${AMOUNT})(?:\s+[a-z][a-z-]*){0,2}?\s*(?:${PERIOD}|(qps|rps|tps)\b)`;
const RATE = new RegExp(String.raw`(${AMOUNT})(?:\s+[a-z][a-z-]*){0,2}?\s*${PERIOD}${CONNECTOR}${RATE_SECOND}`, 'gi');
const RATE_ADJECTIVE = new RegExp(String.raw`(${AMOUNT})\s+(hourly|daily|weekly|monthly|yearly|annual)(?:\s+[a-z][a-z-]*){0,2}${CONNECTOR}${RATE_SECOND}`, 'gi');

interface Operand {
  /** The ways to read it: bare, scaled by a data unit, in seconds for a time unit. */
  readings: number[];
  percent: boolean;
  unit: string;
  dataScale: number;
}

function readOperand(raw: string): Operand | undefined {
  const m = OPERAND_PARTS.exec(raw.trim());
  if (!m?.[1]) return undefined;
  const base = parseAmount(m[1]);
  if (base === undefined) return undefined;
  const percent = Boolean(m[2]);
  // "TB/day" is a terabyte amount per day: the size unit scales it.
  const unit = (m[3] ?? '').trim().split(/\s+/)[0]?.split('/')[0]?.toLowerCase() ?? '';
  const dataScale = DATA_UNITS[unit] ?? 1;
  const value = percent ? base / 100 : base;
  const readings = [...new Set([value, value * dataScale, value * (TIME_UNITS[unit] ?? 1)])];
  // "250 B" is 250 bytes as often as 250 billion.
  if (/\d\s?B$/.test(m[1].trim())) readings.push(value / 1e9);
  return { readings, percent, unit, dataScale };
}

function apply(a: number, op: string, b: Operand, bValue: number): number | undefined {
  const o = op.toLowerCase();
  if (['x', '×', '*', 'times', 'multiplied by'].includes(o)) return a * bValue;
  if (['/', '÷', 'divided by', 'over'].includes(o)) return bValue === 0 ? undefined : a / bValue;
  // "1,000 + 20%" adds a fifth; "500 - 10%" takes a tenth off.
  if (['+', 'plus'].includes(o)) return b.percent ? a * (1 + bValue) : a + bValue;
  if (['-', '–', 'minus'].includes(o)) return b.percent ? a * (1 - bValue) : a - bValue;
  return undefined;
}

/** Every result the chain can have under the readings of its operands (precedence: x and / first). */
function evaluate(operands: readonly Operand[], ops: readonly string[]): number[] {
  const results: number[] = [];
  const pick = (i: number, chosen: number[]): void => {
    if (results.length > 64) return;
    if (i === operands.length) {
      // Multiplication and division first, then addition and subtraction, left to right.
      const terms: number[] = [chosen[0] ?? 0];
      const signs: string[] = [];
      for (let k = 0; k < ops.length; k++) {
        const op = ops[k] ?? '';
        const b = operands[k + 1];
        const value = chosen[k + 1] ?? 0;
        if (!b) return;
        if (/^(?:x|×|\*|times|multiplied by|\/|÷|divided by|over)$/i.test(op)) {
          const last = apply(terms[terms.length - 1] ?? 0, op, b, value);
          if (last === undefined) return;
          terms[terms.length - 1] = last;
        } else if (b.percent && !operands[k]?.percent) {
          const last = apply(terms[terms.length - 1] ?? 0, op, b, value);
          if (last === undefined) return;
          terms[terms.length - 1] = last;
        } else {
          signs.push(op);
          terms.push(value);
        }
      }
      let total = terms[0] ?? 0;
      signs.forEach((s, k) => {
        total = /^(?:\+|plus)$/i.test(s) ? total + (terms[k + 1] ?? 0) : total - (terms[k + 1] ?? 0);
      });
      results.push(total);
      return;
    }
    for (const reading of operands[i]?.readings ?? []) pick(i + 1, [...chosen, reading]);
  };
  pick(0, []);
  return results;
}

/** The reading closest to a stated result, or undefined when one reading makes it right. */
function closestMiss(results: readonly number[], stated: Operand, tolerance: number): { computed: number; scale: number } | undefined {
  let best: { computed: number; scale: number; ratio: number } | undefined;
  for (const computed of results) {
    for (const reading of stated.readings) {
      if (!offBy(reading, computed, tolerance)) return undefined;
      const ratio = reading === 0 || computed === 0 ? Infinity : Math.max(reading / computed, computed / reading);
      const scale = reading === 0 ? 1 : reading / (stated.readings[0] ?? 1);
      if (!best || ratio <= best.ratio) best = { computed, scale, ratio };
    }
  }
  return best;
}

function describe(computed: number, scale: number, stated: Operand, statedText: string): { shown: string; said: string } {
  const amount = OPERAND_PARTS.exec(statedText.trim())?.[1]?.trim() ?? statedText.trim();
  const unit = scale !== 1 && stated.unit ? ` ${OPERAND_PARTS.exec(statedText.trim())?.[3]?.trim().split(/\s+/)[0]?.split('/')[0] ?? stated.unit}` : '';
  const shownValue = stated.percent ? computed * 100 : computed / scale;
  const currency = amount.startsWith('$') ? '$' : '';
  return { shown: `${currency}${round(shownValue)}${stated.percent ? '%' : unit}`, said: `${amount}${stated.percent ? '%' : unit}` };
}

/** "2,000 servers x 50 GB": its operands and operators, or undefined when a piece is not an amount. */
function expression(raw: string): { operands: Operand[]; ops: string[] } | undefined {
  // split() gives [operand, symbol, word, operand, ...]: one of the two operator groups is set.
  const pieces = raw.split(SPLIT);
  const operands: Operand[] = [];
  const ops: string[] = [];
  for (let i = 0; i < pieces.length; i += 3) {
    const operand = readOperand(pieces[i] ?? '');
    if (!operand) return undefined;
    operands.push(operand);
    const op = pieces[i + 1] ?? pieces[i + 2];
    if (i + 3 < pieces.length + 2 && op) ops.push(op.trim());
  }
  return ops.length === operands.length - 1 ? { operands, ops } : undefined;
}

export function checkArithmetic(text: string, tolerance: number): NumberFinding[] {
  const findings: NumberFinding[] = [];
  const wrong = (span: Span, stated: Operand, statedText: string, results: number[]): void => {
    const miss = closestMiss(results, stated, tolerance);
    if (!miss) return;
    const { shown, said } = describe(miss.computed, miss.scale, stated, statedText);
    const quoted = text.slice(...span).replace(/\s+/g, ' ').trim();
    findings.push({ kind: 'wrong-arithmetic', span, stated: stated.readings[0] ?? 0, computed: miss.computed, message: `"${quoted}": that comes to about ${shown}, not ${said}.` });
  };

  // A chain's result can start the next one ("2M x 3 = 6M x 2 = 12M"): scan on from the result.
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    const [whole, left = '', equals = '', right = ''] = m;
    const sum = expression(left);
    const stated = readOperand(right);
    // "a 50/50 split", "24/7", "80/20": a ratio written with a slash and no spaces is not a division.
    const ratio = /(?:^|\s)\d{1,3}\/\d{1,3}(?:\s|$)/.test(left);
    CHAIN.lastIndex = m.index + left.length + equals.length;
    // "3 - 4 weeks" and "2-3 days" are ranges, not subtraction.
    if (ratio || !sum || !stated || sum.ops.some((op) => op === '-' || op === '–')) continue;
    const results = evaluate(sum.operands, sum.ops);
    // "≈ 80-100k", "about 2 to 3 million": a range, read at its ends.
    const after = text.slice(m.index + whole.length);
    const range = /^\s?(?:[-–]|to)\s?(\$?\d[\d,.]*(?:\s?(?:k|m|mm|b|bn|thousand|million|billion)\b)?)/i.exec(after);
    if (range?.[1]) {
      const high = readOperand(range[1]);
      // "80-100k": the low end takes the high end's scale.
      const scale = /\s?[a-z]+$/i.exec(range[1])?.[0] ?? '';
      const low = readOperand(/[a-z%]$/i.test(right.trim()) ? right : right.trim() + scale);
      if (!high || !low) continue;
      const lo = Math.min(...low.readings);
      const hi = Math.max(...high.readings);
      if (results.some((r) => r >= lo / tolerance && r <= hi * tolerance)) continue;
      wrong([m.index, m.index + whole.length + range[0].length], high, range[1], results);
      continue;
    }
    // "= 30 + 16 = 46": the stated side is itself a sum, compared as a whole.
    const more = CONTINUES.exec(after)?.[1];
    const other = more ? expression(right + more) : undefined;
    if (other && !other.ops.some((op) => op === '-' || op === '–')) {
      const sides = evaluate(other.operands, other.ops);
      if (sides.some((b) => results.some((a) => !offBy(b, a, tolerance)))) continue;
    }
    wrong([m.index, m.index + whole.trimEnd().length], stated, right, results);
  }
  for (const m of text.matchAll(PERCENT_OF)) {
    const share = Number((m[1] ?? '').replace(/,/g, '')) / 100;
    const whole = readOperand(m[2] ?? '');
    const stated = readOperand(m[4] ?? '');
    if (!whole || !stated || !Number.isFinite(share)) continue;
    wrong([m.index, m.index + m[0].trimEnd().length], stated, m[4] ?? '', whole.readings.map((r) => r * share));
  }
  for (const m of text.matchAll(AT_RATE)) {
    const amount = parseAmount(m[1] ?? '');
    const rate = parseAmount(m[2] ?? '');
    const period = (m[3] ?? '').toLowerCase();
    const stated = readOperand(m[4] ?? '');
    // Only a result counted in the rate's own period ("12 days", "120 engineer-days") is compared.
    if (!amount || !rate || !stated || !(m[5] ?? '').toLowerCase().includes(period)) continue;
    wrong([m.index, m.index + m[0].trimEnd().length], stated, m[4] ?? '', [amount / rate]);
  }
  for (const m of text.matchAll(DIVIDE_WORDS)) {
    const a = readOperand(m[2] ?? '');
    const b = readOperand(m[3] ?? '');
    const stated = readOperand(m[4] ?? '');
    if (!a || !b || !stated) continue;
    const op = (m[1] ?? '').toLowerCase().startsWith('divid') ? '/' : 'x';
    wrong([m.index, m.index + m[0].trimEnd().length], stated, m[4] ?? '', evaluate([a, b], [op]));
  }
  for (const pattern of [RATE, RATE_ADJECTIVE]) {
    for (const m of text.matchAll(pattern)) {
      const amount = parseAmount(m[1] ?? '');
      const stated = parseAmount(m[3] ?? '');
      const perA = periodOf(m[2] ?? '');
      const perB = m[5] ? 'second' : periodOf(m[4] ?? '');
      if (amount === undefined || stated === undefined || !perA || !perB || perA === perB) continue;
      const computed = (amount / (TIME_UNITS[perA] ?? 1)) * (TIME_UNITS[perB] ?? 1);
      if (!offBy(stated, computed, tolerance)) continue;
      // "1B a day, about 35k a second at peak": a peak is the average times a factor (up to ten).
      const said = text.slice(m.index, m.index + m[0].length + 20);
      if (/\bpeak/i.test(said) && stated > computed && stated <= 10 * computed) continue;
      // "$15 a month or $120 a year": a price with a discount for paying ahead, not a conversion.
      if (/\$/.test(m[0]) && /\bor\b/i.test(m[0])) continue;
      findings.push({
        kind: 'wrong-arithmetic',
        span: [m.index, m.index + m[0].trimEnd().length],
        stated,
        computed,
        message: `"${m[0].trim()}": ${round(amount)} a ${perA} is about ${round(computed)} a ${perB}, not ${round(stated)}.`,
      });
    }
  }
  return findings;
}

/** "day", "/d", "daily" and "days" all name a day. */
function periodOf(word: string): string | undefined {
  const w = word.toLowerCase();
  const adjective = ADJECTIVE_PERIOD[w];
  if (adjective) return adjective;
  const seconds = TIME_UNITS[w];
  if (seconds === undefined) return undefined;
  return Object.entries({ second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600 }).find(([, s]) => s === seconds)?.[0];
}
