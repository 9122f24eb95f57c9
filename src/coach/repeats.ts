/**
 * Text that earns nothing: a sentence said again (it counts once), and text past what the question
 * type can use. Both are blanked out of the text that is scored, character for character, so every
 * span still points into the answer as written.
 */
import { scanWords, type Word } from './phrase-matcher.js';
import type { CoachRules } from './rules-load.js';
import type { Span } from './types.js';

export interface ScoredText {
  /** The answer as written. */
  original: string;
  /** The answer with repeated and surplus text replaced by spaces. */
  text: string;
  repeated: Span[];
  surplus: Span[];
  /** The answer's words as scanned, when nothing was blanked (so `text` scans the same). */
  words?: Word[];
}

/** Sentences by terminal punctuation or line breaks; good enough to find a sentence said twice. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push([match.index + lead, match.index + lead + trimmed.length]);
  }
  return spans;
}

function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    out += text.slice(cursor, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    cursor = end;
  }
  return out + text.slice(cursor);
}

export function scoredText(text: string, rules: CoachRules, maxSeconds: number): ScoredText {
  const sentences = sentenceSpans(text);
  // One scan of the answer, then each sentence's words by position.
  const all = scanWords(text);
  const wordsOf = new Map<Span, string[]>();
  let at = 0;
  for (const span of sentences) {
    while (at < all.length && (all[at]?.start ?? 0) < span[0]) at++;
    const words: string[] = [];
    while (at < all.length && (all[at]?.end ?? 0) <= span[1]) words.push(all[at++]?.norm ?? '');
    wordsOf.set(span, words);
  }
  const seen = new Set<string>();
  const repeated: Span[] = [];
  for (const span of sentences) {
    const words = wordsOf.get(span) ?? [];
    if (words.length < 3) continue;
    const key = words.join(' ');
    if (seen.has(key)) repeated.push(span);
    else seen.add(key);
  }
  const kept = sentences.filter((s) => !repeated.includes(s));
  const rule = rules.data.integrity.surplus;
  const maxWords = Math.round((maxSeconds / 60) * rules.data.delivery.wordsPerMinute * rule.overTarget);
  const surplus: Span[] = [];
  let words = 0;
  const lastKept = kept.slice(-rule.keepLastSentences);
  for (const span of kept) {
    const count = wordsOf.get(span)?.length ?? 0;
    if (words >= maxWords && !lastKept.includes(span)) surplus.push(span);
    words += count;
  }
  const blanked = [...repeated, ...surplus];
  return { original: text, text: blank(text, blanked), repeated, surplus, ...(blanked.length === 0 ? { words: all } : {}) };
}
