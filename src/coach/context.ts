/**
 * Everything the analysis steps share about one answer: the parsed text, the rules, and every
 * lexicon phrase found in it (scanned once).
 */
import type { QuestionType } from '../core/taxonomy.js';
import { LEXICON_IDS, type CoachRules, type LexiconHit, type LexiconId } from './rules-load.js';
import { scanWords, type PhraseMatch, type Word } from './phrase-matcher.js';
import { parseText, type ParsedText } from './text.js';
import type { RubricPointInput, Span } from './types.js';

export type Hit = PhraseMatch<LexiconHit>;

export interface Context {
  /** The text that is scored: the answer with repeated and surplus text blanked out. */
  text: string;
  /** The answer as written, for quoting what was blanked. */
  original: string;
  parsed: ParsedText;
  rules: CoachRules;
  type: QuestionType;
  prompt: string;
  rubric: readonly RubricPointInput[];
  /** Every phrase of every lexicon found, by lexicon, ordered by start (overlaps kept). */
  hits: Record<LexiconId, Hit[]>;
  wordsPerMinute: number;
  /** The prompt's words, scanned once. */
  promptWords: Word[];
}

export function buildContext(
  text: string,
  rules: CoachRules,
  type: QuestionType,
  prompt: string,
  rubric: readonly RubricPointInput[],
  original: string = text,
  words?: Word[],
): Context {
  const parsed = parseText(text, words);
  const hits = Object.fromEntries(LEXICON_IDS.map((id) => [id, [] as Hit[]])) as Record<LexiconId, Hit[]>;
  // Two entries of one list can match the same words ("our" and "ours" share a stem): keep one.
  // Matches come ordered by start and end, so a duplicate is always the list's last item.
  for (const match of rules.matcher.match(parsed.words)) {
    const list = hits[match.value.lexicon];
    const last = list[list.length - 1];
    if (last && last.start === match.start && last.end === match.end) continue;
    list.push(match);
  }
  return { text, original, parsed, rules, type, prompt, rubric, hits, wordsPerMinute: rules.data.delivery.wordsPerMinute, promptWords: scanWords(prompt) };
}

export function spanOf(item: { start: number; end: number }): Span {
  return [item.start, item.end];
}

export function within(item: { start: number; end: number }, span: Span): boolean {
  return item.start >= span[0] && item.end <= span[1];
}

/** Seconds to say `words` words at the configured pace, to one decimal. */
export function secondsFor(context: Context, words: number): number {
  return Math.round((words / context.wordsPerMinute) * 600) / 10;
}

/** A short quote of a span for a message: whole text up to `max` characters, else cut at a word. */
export function quote(text: string, span: Span, max = 90): string {
  // The message supplies its own punctuation: a quoted sentence loses its final full stop.
  const raw = text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim().replace(/[.;,:]+$/, '');
  if (raw.length <= max) return raw;
  const cut = raw.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 40 ? lastSpace : max)}...`;
}
