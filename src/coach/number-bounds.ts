/**
 * Values with a hard bound: a rate that is a share of a whole (churn, conversion, uptime) above 100%
 * or below zero,
 * an NPS outside -100..100, more nines of availability than any service measures, more hours in a
 * day or a week than it has, and a share of respondents or users above 100%.
 */
import type { NumberFinding, Span } from './types.js';

const PERCENT = String.raw`(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)`;

/** Rates that are a share of a whole: never below 0% nor above 100%. */
const SHARE_RATES = String.raw`churn|conversion|retention|bounce|click-through|ctr|open rate|error rate|adoption|uptime|availability|attendance|response rate|completion rate|success rate|pass rate|win rate|occupancy|fill rate|opt-in|opt-out|activation|utili[sz]ation`;

// A level, not a change: "churn had risen to 140%", "conversion was 130%" (not "conversion up 130%").
const RATE_LEVEL = new RegExp(
  String.raw`\b(${SHARE_RATES}|coverage|market share|accuracy|on-time rate|gross margin|operating margin|margin)\b(?:\s+rate)?[^.;!?%\d]{0,30}?(?:from\s+\d[\d,]*(?:\.\d+)?\s?%\s+)?\b(?:to|at|of|was|is|were|reached|hit|hits|stood at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?` +
    PERCENT,
  'gi',
);
// "110% of respondents"; not "150% of target", which is a comparison.
const SHARE_OF = new RegExp(PERCENT + String.raw`\s+of\s+(?:all\s+|our\s+|the\s+|their\s+|its\s+|every\s+|total\s+)?([a-z-]+)`, 'gi');
const COMPARED_TO = new Set(['target', 'targets', 'goal', 'goals', 'quota', 'plan', 'forecast', 'baseline', 'budget', 'capacity', 'last', 'previous', 'normal', 'expected', 'what', 'pre', 'prior', 'original', 'estimate', 'peak', 'before', 'that', 'this', 'list', 'market', 'median', 'average', 'mean', 'revenue', 'cost', 'costs', 'salary', 'price', 'value', 'growth', 'base']);
// A share of a whole cannot fall below zero: "cut churn from 5% to -2%", "conversion fell to -1%".
const NEGATIVE_RATE = new RegExp(
  String.raw`\b(${SHARE_RATES})\b[^.;!?]{0,50}?((?:from\s+\d[\d,]*(?:\.\d+)?\s?%\s+)?(?:to|at|of|was|is|hit|reached)\s+(?:[-−]|minus\s+)\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b))`,
  'gi',
);
const NPS = /\b(?:NPS|net promoter score)\b[^.;!?]{0,40}/gi;
const NINES = /\b99\.9{5,}\d*\s?%/g;
const HOURS = /\b(\d[\d,]*(?:\.\d+)?)\s+hours?\s+(?:a|per|each|every)\s+(day|week)\b/gi;
const SAVED_PER_PERSON = /\b(?:sav\w*|freed\s+up|gave\s+back|giving\s+back)\b[^.;!?]{0,30}?\b(?:each|every|per|an?)\s+\w+[^.;!?\d]{0,10}$/i;
const WORKING_WEEK_HOURS = 40;
/** "4.8 out of 5": a score above its own scale is impossible. */
const OUT_OF = /(?<![\d.,])(\d+(?:\.\d+)?)\s+out\s+of\s+(\d+(?:\.\d+)?)(?!\d|[.,]\d)/gi;
/** "...to each of the eight engineers", "per engineer": hours saved counted per person, after the amount. */
const EACH_AFTER = /^\s+(?:back\s+)?(?:to|for)\s+(?:each|every)\b|^\s+(?:per|each|for\s+each|a)\s+(?:engineer|person|developer|employee|member|head|analyst|agent)\b/i;
const SAVED_BEFORE = /\b(?:sav\w*|freed\s+up|free\w*|gave\s+back|giv\w+\s+back|hand\w*\s+back|cut)\b[^.;!?\d]{0,40}$/i;

function at(match: RegExpExecArray, raw: string, tail = ''): Span {
  const offset = match[0].indexOf(raw + tail) >= 0 ? match[0].indexOf(raw + tail) : match[0].indexOf(raw);
  return [match.index + offset, match.index + offset + raw.length + tail.length];
}

function percentTail(match: RegExpExecArray, raw: string): string {
  const after = match[0].slice(match[0].indexOf(raw) + raw.length);
  return /^\s?(?:%|percent|per cent)/i.exec(after)?.[0] ?? '';
}

/** "a churn rate", "a fill rate", "a gross margin", "an adoption rate". */
function rateName(noun: string | undefined): string {
  const name = (noun ?? '').toLowerCase();
  const article = /^[aeiou]/.test(name) ? 'an' : 'a';
  return /(?:rate|margin|share)$/.test(name) ? `${article} ${name}` : `${article} ${name} rate`;
}

export function checkBounds(text: string): NumberFinding[] {
  const out: NumberFinding[] = [];
  for (const m of text.matchAll(RATE_LEVEL)) {
    const raw = m[2] ?? '';
    const value = Number(raw.replace(/,/g, ''));
    if (!(value > 100)) continue;
    // "conversion at 120% of target" compares with a goal; it is not the rate itself.
    const compared = /^\s+of\s+(?:the\s+|our\s+|its\s+|their\s+)?([a-z]+)/i.exec(text.slice(m.index + m[0].length))?.[1];
    if (compared && COMPARED_TO.has(compared.toLowerCase())) continue;
    // Net revenue retention counts expansion and passes 100% in healthy businesses.
    if ((m[1] ?? '').toLowerCase() === 'retention' && /\b(?:net|revenue|dollar|nrr)\s*(?:revenue\s+|dollar\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const span: Span = [m.index, m.index + m[0].length];
    out.push({ kind: 'share-over-whole', span, stated: value, message: `"${m[0].trim()}": ${rateName(m[1])} is a share of a whole and cannot pass 100%.` });
  }
  for (const m of text.matchAll(SHARE_OF)) {
    const raw = m[1] ?? '';
    const value = Number(raw.replace(/,/g, ''));
    if (!(value > 100) || COMPARED_TO.has((m[2] ?? '').toLowerCase())) continue;
    const span = at(m, raw, percentTail(m, raw));
    const whole: Span = [span[0], m.index + m[0].length];
    out.push({ kind: 'share-over-whole', span: whole, stated: value, message: `"${m[0].trim()}": a share cannot be more than 100% of the whole.` });
  }
  for (const m of text.matchAll(NEGATIVE_RATE)) {
    const raw = m[2] ?? '';
    const start = m.index + m[0].length - raw.length;
    const value = Number(/(?:[-−]|minus\s+)(\d[\d,]*(?:\.\d+)?)\s?(?:%|percent|per cent)\s*$/i.exec(raw)?.[1]?.replace(/,/g, '') ?? 'NaN');
    out.push({ kind: 'share-over-whole', span: [start, start + raw.length], stated: -value, message: `"${raw}": ${rateName(m[1])} is a share of a whole and cannot fall below zero.` });
  }
  for (const m of text.matchAll(NPS)) {
    for (const n of m[0].matchAll(/(?<![\d.])-?\d+(?![\d.%])/g)) {
      const value = Number(n[0]);
      if (value >= -100 && value <= 100) continue;
      const span: Span = [m.index + n.index, m.index + n.index + n[0].length];
      out.push({ kind: 'share-over-whole', span, stated: value, message: `An NPS of ${value} is impossible: the score runs from -100 to 100.` });
    }
  }
  for (const m of text.matchAll(NINES)) {
    const value = Number(m[0].replace(/[%\s]/g, ''));
    out.push({ kind: 'implausible-growth', span: [m.index, m.index + m[0].length], stated: value, message: `"${m[0]}" availability is more nines than any service measures; say what you measured and over what period.` });
  }
  for (const m of text.matchAll(HOURS)) {
    const value = Number((m[1] ?? '').replace(/,/g, ''));
    const period = (m[2] ?? '').toLowerCase();
    const span: Span = [m.index, m.index + m[0].length];
    const limit = period === 'day' ? 24 : 168;
    if (value > limit) {
      out.push({ kind: 'share-over-whole', span, stated: value, message: `"${m[0]}" is more hours than a ${period} has.` });
    } else if (
      period === 'week' &&
      value > WORKING_WEEK_HOURS &&
      (SAVED_PER_PERSON.test(text.slice(Math.max(0, m.index - 60), m.index)) ||
        (SAVED_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) && EACH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))))
    ) {
      out.push({ kind: 'implausible-growth', span, stated: value, message: `Saving one person "${m[0]}" is more than a working week; an interviewer will doubt it.` });
    }
  }
  for (const m of text.matchAll(OUT_OF)) {
    const value = Number(m[1]);
    const scale = Number(m[2]);
    if (!(scale > 0 && value > scale)) continue;
    out.push({ kind: 'share-over-whole', span: [m.index, m.index + m[0].length], stated: value, message: `"${m[0]}" is impossible: a score cannot pass the top of its scale.` });
  }
  return out;
}
