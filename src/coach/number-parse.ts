/**
 * Reading amounts as people write them in answers: "$2.5M", "80,000", "1 billion", "12k", "40 TB",
 * "300 ms", "2%". Shared by the number checks; no rule lives here.
 */

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

/** An amount: "$2.5M", "80,000", "1 billion", "400 million", "12k". */
export const AMOUNT = String.raw`\$?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:k|m|mm|mn|b|bn|t)\b|\s(?:thousand|million|billion|trillion)\b)?`;

/** Units that scale the amount they follow: "40 TB", "5 Mbps", "6 kWh", "2 MW". */
export const DATA_UNITS: Record<string, number> = {
  kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15, eb: 1e18,
  kbps: 1e3, mbps: 1e6, gbps: 1e9, tbps: 1e12,
  wh: 1, kwh: 1e3, mwh: 1e6, gwh: 1e9, twh: 1e12,
  w: 1, kw: 1e3, mw: 1e6, gw: 1e9,
};

/** Time units in seconds: "300 ms", "12 minutes", "2 hrs". */
export const TIME_UNITS: Record<string, number> = {
  ms: 0.001, millisecond: 0.001, milliseconds: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86_400, day: 86_400, days: 86_400,
  wk: 604_800, week: 604_800, weeks: 604_800,
  mo: 2_629_800, month: 2_629_800, months: 2_629_800,
  yr: 31_557_600, year: 31_557_600, years: 31_557_600,
};

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

/** A number as a person would say it back: "14.6 million", "21,600". */
export function round(value: number): string {
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v >= 1e12) return `${sign}${+(v / 1e12).toPrecision(3)} trillion`;
  if (v >= 1e9) return `${sign}${+(v / 1e9).toPrecision(3)} billion`;
  if (v >= 1e6) return `${sign}${+(v / 1e6).toPrecision(3)} million`;
  return sign + (+v.toPrecision(3)).toLocaleString('en-US');
}

/** Whether a stated result is further from the computed one than the tolerance allows (a factor). */
export function offBy(stated: number, computed: number, tolerance: number): boolean {
  if (computed === 0 || stated === 0) return Math.abs(stated - computed) > 1e-9;
  const ratio = stated / computed;
  return ratio <= 0 || Math.max(ratio, 1 / ratio) > tolerance;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORD = String.raw`(?:${Object.keys(SMALL).join('|')}|hundred|thousand)`;
/** "three hundred percent", "two-hundred-and-fifty-percent", "eighty-fold": a spelled amount before a percent or a multiple. */
const SPELLED = new RegExp(String.raw`\b(${NUMBER_WORD}(?:[\s-]+(?:and[\s-]+)?${NUMBER_WORD})*)([\s-]?)(?=(?:percent|per cent|fold)\b)`, 'gi');

/** "two hundred and fifty" as 250; undefined when the words do not make one number. */
export function spelledValue(words: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and')) {
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (SMALL[word] !== undefined) current += SMALL[word];
    else return undefined;
  }
  return total + current;
}

/**
 * The text with each spelled amount before "percent" or "fold" written in digits, right-aligned in
 * the same number of characters ("three hundred percent" reads "          300 percent"), so the
 * digit rules apply and every offset still points into the original. `regions` are the rewritten spans.
 */
export function digitView(text: string): { text: string; regions: Array<[number, number]> } {
  const regions: Array<[number, number]> = [];
  const view = text.replace(SPELLED, (whole, words: string, gap: string, offset: number) => {
    const value = spelledValue(words);
    const digits = value === undefined ? '' : String(value);
    if (!digits || digits.length > words.length) return whole;
    regions.push([offset, offset + words.length]);
    // "-percent" after a hyphenated amount reads as " percent".
    return digits.padStart(words.length, ' ') + (gap ? ' ' : '');
  });
  return { text: view, regions };
}
