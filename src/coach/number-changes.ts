/**
 * A change stated twice must agree with itself: "cut p95 by 80%, from 400 to 300 ms" is a 25% cut;
 * "doubled, from 2,000 to 8,000" is four times; "by a third, from 90 to 30 minutes" is two thirds.
 * The percentage, multiple or fraction next to a "from A to B" is recomputed from A and B. And a
 * business number multiplied many times over in one change ("a 40x jump in signups") is as
 * implausible as growth in the thousands of percent; speed-ups are not ("50x faster queries").
 */
import { AMOUNT, offBy, parseAmount, round, TIME_UNITS } from './number-parse.js';
import type { NumberFinding, Span } from './types.js';

const VALUE = String.raw`${AMOUNT}(?:\s?%|\s+percent\b|\s+per cent\b)?`;
const TIME = String.raw`ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?`;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+)?(${VALUE})(?:\s*(${TIME})\b)?(?:\s+[a-z]+)?\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|roughly\s+|under\s+|just\s+)?(${VALUE})(?:\s*(${TIME})\b)?`,
  'gi',
);
const FRACTIONS: Record<string, number> = { half: 50, 'a half': 50, 'a third': 100 / 3, 'one third': 100 / 3, 'a quarter': 25, 'one quarter': 25, 'two thirds': 200 / 3, 'two-thirds': 200 / 3, 'three quarters': 75 };
const WORD_MULTIPLES: Record<string, number> = { doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, halved: 2, halving: 2 };
// What a change near a "from A to B" can say: a percentage, a multiple, a fraction, a word.
const CLAIM = new RegExp(
  String.raw`(?<![\d.,$])(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)|(?<![\d.,$])(\d+(?:\.\d+)?)\s?(?:x\b|×|-fold\b|fold\b|times\s+(?:faster|more|higher|fewer|less|lower|smaller|cheaper|quicker|bigger|larger))|\bby\s+(half|a half|a third|one third|a quarter|one quarter|two thirds|two-thirds|three quarters)\b|\bin\s+(half)\b|\b(doubled|doubling|tripled|tripling|quadrupled|halved|halving)\b`,
  'gi',
);
const POPULATION = /\b(?:slowest|fastest|top|bottom|worst|best|first|last|remaining|other|largest|biggest|smallest|heaviest|lightest)\s+$/i;
const SPEED = /\b(?:faster|quicker|speed|speed-?up|latency|throughput|queries|query|build|builds|compile|load time|render|response time|p\d\d|compression|cheaper|storage)\b/i;
const GROWTH_WORD = /\b(?:up|grew|grow\w*|increas\w*|rose|ris\w*|boost\w*|jump\w*|lift\w*|gain\w*|climb\w*|more|higher|growth|multipl\w*)\b/i;
const MULTIPLE = /(?:\bby a factor of\s+|(?<![\d.,$]))(\d+(?:\.\d+)?)(?:\s?(?:x\b|×|-fold\b|fold\b)(?!\s*\$?\d)|(?<=factor of\s+\d+(?:\.\d+)?))/gi;

interface Quantity {
  value: number;
  percent: boolean;
  seconds?: number;
}

function quantity(raw: string | undefined, unit: string | undefined): Quantity | undefined {
  const text = (raw ?? '').trim();
  const percent = /(?:%|percent|per cent)$/i.test(text);
  const value = parseAmount(text.replace(/\s?(?:%|percent|per cent)$/i, ''));
  if (value === undefined) return undefined;
  const perUnit = unit ? TIME_UNITS[unit.toLowerCase()] : undefined;
  return { value, percent, ...(perUnit ? { seconds: value * perUnit } : {}) };
}

/** A's and B's values in one unit: "from 12 minutes to 40 seconds" compares seconds. */
function comparable(a: Quantity, b: Quantity): [number, number] {
  if (a.seconds !== undefined && b.seconds !== undefined) return [a.seconds, b.seconds];
  // "from 40 to 12 ms": the unit after B is A's too.
  return [a.value, b.value];
}

interface Claim {
  span: Span;
  percent?: number;
  multiple?: number;
  /** Said as a verb: "doubled", "halving". */
  word?: boolean;
}

function claimOf(m: RegExpExecArray): Claim {
  const span: Span = [m.index, m.index + m[0].length];
  if (m[1]) return { span, percent: Number(m[1].replace(/,/g, '')) };
  if (m[2]) return { span, multiple: Number(m[2]) };
  const fraction = (m[3] ?? m[4] ?? '').toLowerCase();
  if (fraction) return { span, percent: FRACTIONS[fraction] ?? 50 };
  return { span, multiple: WORD_MULTIPLES[(m[5] ?? '').toLowerCase()] ?? 2, word: true };
}

/** Does the claim fit a change from `a` to `b`? Every reading a person could mean is allowed. */
function fits(claim: Claim, a: number, b: number, levels: boolean, tolerance: number): boolean {
  if (a <= 0 || b <= 0 || a === b) return true;
  const down = b < a;
  if (claim.multiple !== undefined) {
    const actual = down ? a / b : b / a;
    // "2x faster" of a time also reads as half the time; "3x more" sometimes means "up 200%".
    return !offBy(claim.multiple, actual, tolerance) || (!down && !offBy(claim.multiple + 1, actual, tolerance));
  }
  const p = claim.percent ?? 0;
  // Percentage points between two percentages: "from 3% to 5%, up 2%".
  if (levels && Math.abs(Math.abs(b - a) - p) <= Math.max(0.5, 0.1 * p)) return true;
  const actual = (Math.abs(b - a) / a) * 100;
  if (Math.abs(actual - p) <= 5) return true;
  // "40% faster" of a time can mean 40% less time or 40% more speed.
  const speed = down ? ((a / b - 1) * 100) : ((1 - a / b) * 100);
  if (Math.abs(speed - p) <= 5) return true;
  const implied = down ? a * (1 - p / 100) : a * (1 + p / 100);
  return implied > 0 && !offBy(implied, b, tolerance);
}

function describeClaim(claim: Claim, text: string): string {
  return text.slice(...claim.span);
}

export function checkChanges(text: string, rules: { maxGrowthPercent: number; arithmeticTolerance: number }): NumberFinding[] {
  const findings: NumberFinding[] = [];
  // "the slowest 5%", "the top 10%": a share of a population, not a change.
  const claims = [...text.matchAll(CLAIM)].filter((m) => !POPULATION.test(text.slice(Math.max(0, m.index - 20), m.index))).map(claimOf);
  for (const m of text.matchAll(FROM_TO)) {
    const a = quantity(m[1], m[2] ?? m[4]);
    const b = quantity(m[3], m[4]);
    if (!a || !b) continue;
    const span: Span = [m.index, m.index + m[0].length];
    // The claim sits right before ("cut it by 80%, from") or right after ("to 12 ms, a 70% cut"),
    // in the same sentence, with no other number between.
    const near = claims.filter((c) => {
      if (c.span[0] < span[1] && span[0] < c.span[1]) return false;
      const between = c.span[1] <= span[0] ? text.slice(c.span[1], span[0]) : text.slice(span[1], c.span[0]);
      if (between.length > 30 || /[.;!?\d]|\b(?:and|or|but|while|whereas)\b/i.test(between)) return false;
      // After B only an amount in apposition qualifies ("to 12 ms, a 70% cut", "(3x)"), not a new
      // clause ("..., bounce rate fell by 120%", "or halving pages").
      return c.span[1] <= span[0] || (!c.word && /^[\s,(:—–-]*(?:(?:which is|that's|i\.e\.|or|so)\s+)?(?:(?:a|an|about|roughly|nearly)\s+)?$/i.test(between));
    });
    const claim = near.sort((x, y) => Math.abs(x.span[0] - span[0]) - Math.abs(y.span[0] - span[0]))[0];
    if (!claim) continue;
    const [va, vb] = comparable(a, b);
    if (fits(claim, va, vb, a.percent && b.percent, rules.arithmeticTolerance)) continue;
    const whole: Span = [Math.min(claim.span[0], span[0]), Math.max(claim.span[1], span[1])];
    const down = vb < va;
    const percent = Math.abs(vb - va) / va * 100;
    const change = claim.multiple !== undefined ? `${round(down ? va / vb : vb / va)} times ${down ? 'smaller' : 'larger'}` : `a ${round(percent)}% ${down ? 'cut' : 'rise'}`;
    findings.push({
      kind: 'wrong-arithmetic',
      span: whole,
      stated: claim.percent ?? claim.multiple ?? 0,
      computed: claim.multiple !== undefined ? (down ? va / vb : vb / va) : percent,
      message: `"${text.slice(...whole).trim()}": ${m[0].trim()} is ${change}, not "${describeClaim(claim, text)}".`,
    });
  }
  const maxMultiple = 1 + rules.maxGrowthPercent / 100;
  for (const m of text.matchAll(MULTIPLE)) {
    const value = Number(m[1]);
    if (!(value >= maxMultiple)) continue;
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const nextStop = text.slice(m.index).search(/[.!?\n]/);
    const sentence = text.slice(sentenceStart, nextStop < 0 ? text.length : m.index + nextStop);
    const around = text.slice(Math.max(sentenceStart, m.index - 40), m.index + m[0].length + 30);
    if (SPEED.test(sentence) || !GROWTH_WORD.test(around) || /\bfrom\s+\$?\d/i.test(sentence)) continue;
    const span: Span = [m.index, m.index + m[0].length];
    findings.push({
      kind: 'implausible-growth',
      span,
      stated: value,
      message: `"${m[0]}" growth is implausible for one change; an interviewer will doubt the rest. Check the number or give the base ("from 200 to 12,000 users").`,
    });
  }
  return findings;
}
