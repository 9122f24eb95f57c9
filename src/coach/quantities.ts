/**
 * Finds the amounts an answer states: digits ("40%", "$2M", "900 ms", "3-4 weeks") and amounts in
 * words ("twenty minutes", "a third", "half", "doubled", "zero incidents"). Years, dates and version
 * numbers are not amounts. Which words count lives in content/coach/quantities.yaml.
 */
import { isStoryType } from '../core/taxonomy.js';
import type { Context, Hit } from './context.js';
import type { LexiconId } from './rules-load.js';
import { scanWords, type Word } from './phrase-matcher.js';
import type { CoachAnalysis, Quantity, QuantityKind, Span } from './types.js';

export interface FoundQuantity {
  text: string;
  span: Span;
  kind: QuantityKind;
  spelled: boolean;
  /** A change or comparison: a percentage, money, a multiplier, a fraction, or "from/to/by N". */
  change: boolean;
}

const UNIT_KINDS: ReadonlyArray<[LexiconId, QuantityKind]> = [
  ['percent-unit', 'percent'],
  ['money-unit', 'money'],
  ['multiplier-unit', 'multiplier'],
  ['duration-unit', 'duration'],
  ['unit', 'count'],
];
const CHANGE_KINDS: ReadonlySet<QuantityKind> = new Set(['percent', 'money', 'multiplier', 'fraction']);
const YEAR = /^(?:19|20)\d\d$/;
const DIGITS = /^\p{N}/u;

/** The longest hit of each lexicon starting at each word. */
function startsByWord(context: Context, lexicons: readonly LexiconId[]): Map<LexiconId, Map<number, Hit>> {
  const result = new Map<LexiconId, Map<number, Hit>>();
  for (const lexicon of lexicons) {
    const byWord = new Map<number, Hit>();
    for (const hit of context.hits[lexicon]) {
      const known = byWord.get(hit.firstWord);
      if (!known || hit.lastWord > known.lastWord) byWord.set(hit.firstWord, hit);
    }
    result.set(lexicon, byWord);
  }
  return result;
}

export function findQuantities(context: Context): FoundQuantity[] {
  const { text } = context;
  const { words } = context.parsed;
  const rules = context.rules.words;
  const lexicons: LexiconId[] = ['number-word', 'singular-word', 'singular-unit', 'fraction', 'multiplier', 'zero-word', 'zero-noun', ...UNIT_KINDS.map(([id]) => id)];
  const starts = startsByWord(context, lexicons);
  const at = (lexicon: LexiconId, index: number): Hit | undefined => starts.get(lexicon)?.get(index);
  const { tokenAt } = context.parsed;
  const isNounAt = (index: number): boolean => {
    const word = words[index];
    const pos = word ? tokenAt.get(word.start)?.pos : undefined;
    return pos === 'NOUN' || pos === 'PROPN';
  };
  const hyphenBefore = (index: number): boolean => {
    const word = words[index];
    const previous = words[index - 1];
    return !!word && !!previous && word.joinsPrevious && /[-‐‑–]/.test(text.slice(previous.end, word.start));
  };

  // "a 30-minute call", "a two-page checklist": the amount describes a thing, it measures nothing.
  const compoundAfter = (last: number): boolean => {
    const next = words[last + 1];
    return !!next && hyphenBefore(last + 1) && !DIGITS.test(next.norm) && !at('number-word', last + 1);
  };

  // The unit after an amount, allowing one describing word in between ("nine working days").
  const unitAfter = (index: number, allowGap: boolean): { kind: QuantityKind; lastWord: number } | undefined => {
    for (const [lexicon, kind] of UNIT_KINDS) {
      const hit = at(lexicon, index);
      if (hit) return { kind, lastWord: hit.lastWord };
    }
    if (allowGap && words[index] && !DIGITS.test(words[index].norm)) return unitAfter(index + 1, false);
    return undefined;
  };

  const found: FoundQuantity[] = [];
  const used = new Set<number>();
  const add = (first: number, last: number, kind: QuantityKind, spelled: boolean, startOffset?: number, endOffset?: number): void => {
    const start = startOffset ?? (words[first] as Word).start;
    const end = endOffset ?? (words[last] as Word).end;
    const before = words[first - 1]?.norm;
    // "by three people" names who, not how much changed: only measures take a change word.
    const change = CHANGE_KINDS.has(kind) || (kind !== 'count' && before !== undefined && rules.changeWords.has(before));
    found.push({ text: text.slice(start, end), span: [start, end], kind, spelled, change });
    for (let i = first; i <= last; i++) used.add(i);
  };

  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const word = words[i] as Word;
    const previous = words[i - 1]?.norm;

    const fraction = at('fraction', i);
    if (fraction) {
      const next = fraction.lastWord + 1;
      const ordinal = /^an? /.test(fraction.phrase) && isNounAt(next) && !unitAfter(next, false);
      // "the next half", "the first quarter": a period of time, not a share.
      const period = previous !== undefined && rules.fractionGuards.has(previous);
      if (!ordinal && !period && !(words[next] && hyphenBefore(next))) {
        add(i, fraction.lastWord, 'fraction', true);
        i = fraction.lastWord;
        continue;
      }
    }
    const multiplier = at('multiplier', i);
    if (multiplier && !(words[multiplier.lastWord + 1] && hyphenBefore(multiplier.lastWord + 1))) {
      add(i, multiplier.lastWord, 'multiplier', !DIGITS.test(word.norm));
      i = multiplier.lastWord;
      continue;
    }

    if (DIGITS.test(word.norm)) {
      if (previous !== undefined && rules.dateWords.has(previous)) continue;
      let last = i;
      // "3-4 weeks", "24/7": one amount.
      while (words[last + 1] && DIGITS.test((words[last + 1] as Word).norm) && (words[last + 1] as Word).joinsPrevious) last++;
      while (at('number-word', last + 1)) last = (at('number-word', last + 1) as Hit).lastWord;
      if (compoundAfter(last)) {
        i = last + 1;
        continue;
      }
      const start = /[$€£]/.test(text[word.start - 1] ?? '') ? word.start - 1 : word.start;
      let end = (words[last] as Word).end;
      let kind: QuantityKind = start < word.start ? 'money' : /x$/.test(word.norm) ? 'multiplier' : /(?:ms|min|s|h)$/.test(word.norm) ? 'duration' : 'count';
      if (text[end] === '%') {
        end += 1;
        kind = 'percent';
      }
      const unit = kind === 'count' ? unitAfter(last + 1, true) : undefined;
      if (YEAR.test(word.norm) && !unit && last === i) continue;
      if (YEAR.test(word.norm) && previous !== undefined && rules.yearContext.has(previous)) continue;
      if (unit) {
        kind = unit.kind;
        last = unit.lastWord;
        end = (words[last] as Word).end;
      } else if (kind === 'count' && text[end] !== '%' && isNounAt(last + 1) && !hyphenBefore(last + 1)) {
        // "40 stores": the thing counted belongs to the amount.
        last += 1;
        end = (words[last] as Word).end;
      }
      add(i, last, kind, false, start, end);
      i = last;
      continue;
    }

    const number = at('number-word', i);
    if (number) {
      let last = number.lastWord;
      while (at('number-word', last + 1)) last = (at('number-word', last + 1) as Hit).lastWord;
      if (compoundAfter(last)) {
        i = last + 1;
        continue;
      }
      const unit = unitAfter(last + 1, true);
      if (unit || isNounAt(last + 1) || (words[last + 1] && isNounAt(last + 2) && !DIGITS.test((words[last + 1] as Word).norm))) {
        add(i, unit ? unit.lastWord : last, unit?.kind ?? 'count', true);
        i = unit ? unit.lastWord : last;
      }
      continue;
    }

    const single = at('singular-word', i);
    const singularUnit = single ? at('singular-unit', single.lastWord + 1) : undefined;
    if (single && singularUnit) {
      const unit = unitAfter(single.lastWord + 1, false);
      add(i, singularUnit.lastWord, unit?.kind ?? 'count', true);
      i = singularUnit.lastWord;
      continue;
    }

    const zero = at('zero-word', i);
    if (zero) {
      for (let j = zero.lastWord + 1; j <= zero.lastWord + 3 && j < words.length; j++) {
        const noun = at('zero-noun', j);
        if (noun) {
          add(i, noun.lastWord, 'zero', true);
          i = noun.lastWord;
          break;
        }
      }
    }
  }
  return found;
}

/**
 * Which amounts make the answer quantified. A story's count in its result; elsewhere any amount
 * counts except one the prompt gave. Small spelled-out counts ("two options") name things rather
 * than measure them.
 */
export function measureAmounts(
  context: Context,
  found: readonly FoundQuantity[],
  resultSpans: readonly Span[],
  offTopic: boolean,
): { quantities: Quantity[]; quantified: CoachAnalysis['quantified'] } {
  const quantities: Quantity[] = found.map(({ text, span, kind, spelled }) => ({
    text,
    span,
    kind,
    spelled,
    inResult: resultSpans.some(([start, end]) => span[0] >= start && span[1] <= end),
  }));
  const naming = context.rules.words.namingCounts;
  const promptWords = new Set(context.promptWords.map((w) => w.norm));
  const measures = quantities.filter((q) => !(q.spelled && q.kind === 'count' && naming.has(scanWords(q.text)[0]?.norm ?? '')));
  const counted =
    isStoryType(context.type)
      ? measures.filter((q) => q.inResult)
      : measures.filter((q) => !offTopic && !scanWords(q.text).every((w) => promptWords.has(w.norm)));
  return { quantities, quantified: { present: counted.length > 0, spans: counted.map((q) => q.span) } };
}
