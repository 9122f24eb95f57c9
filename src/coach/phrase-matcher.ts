/**
 * Whole-word, case-insensitive phrase matching that tolerates simple inflections (plural, -ed, -ing)
 * and the three spellings of compounds ("trade-off", "trade off", "tradeoff").
 *
 * Two keys are compared for every run of words: the stems of each word joined by spaces (so
 * "rolled back" matches "roll back"), and the words glued together with only the last one stemmed
 * (so "tradeoffs" matches "trade-off"). A run may only continue across spaces, one hyphen or one
 * slash: punctuation such as a comma or a full stop ends it.
 */

export interface Word {
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  stem: string;
  start: number;
  end: number;
  /** True when only spaces and at most one hyphen or slash separate this word from the previous one. */
  joinsPrevious: boolean;
}

// Numbers keep their separators and a letter suffix ("1,000", "3.5", "2M", "10x"); words keep
// inner apostrophes ("don't", "customer's").
const WORD_PATTERN = /\p{N}+(?:[.,]\p{N}+)*\p{L}*|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const JOINING_GAP = /^[ \t]*(?:[-/‐‑–][ \t]*)?$/;

export function normalizeWord(raw: string): string {
  return raw.toLowerCase().replace(/’/g, "'");
}

function undouble(stem: string): string {
  const last = stem[stem.length - 1];
  if (stem.length >= 4 && last === stem[stem.length - 2] && last !== undefined && !'lsz'.includes(last)) {
    return stem.slice(0, -1);
  }
  return stem;
}

/** A light suffix-stripper: enough to equate plural, -ed and -ing forms of the same word. */
export function stemOf(norm: string): string {
  let word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  if (word.length <= 3 || /^\p{N}/u.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh|zz)es$/.test(word)) word = word.slice(0, -2);
  else if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length >= 6) word = undouble(word.slice(0, -3));
  else if (word.endsWith('eed')) word = word.slice(0, -1);
  else if (word.endsWith('ied') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('ed') && word.length >= 5) word = undouble(word.slice(0, -2));
  if (word.endsWith('e') && word.length > 3) word = word.slice(0, -1);
  return word;
}

export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const norm = normalizeWord(match[0]);
    const joinsPrevious = previousEnd >= 0 && JOINING_GAP.test(text.slice(previousEnd, start));
    words.push({ norm, stem: stemOf(norm), start, end: start + match[0].length, joinsPrevious });
    previousEnd = start + match[0].length;
  }
  return words;
}

function phraseParts(phrase: string): string[] {
  return [...phrase.matchAll(WORD_PATTERN)].map((m) => normalizeWord(m[0]));
}

function alignedKey(parts: readonly string[]): string {
  return parts.map(stemOf).join(' ');
}

function joinedKey(parts: readonly string[]): string {
  const last = parts[parts.length - 1] ?? '';
  return parts.slice(0, -1).join('') + stemOf(last);
}

export interface PhraseMatch<T> {
  value: T;
  phrase: string;
  start: number;
  end: number;
  firstWord: number;
  lastWord: number;
}

interface Entry<T> {
  phrase: string;
  value: T;
  id: number;
}

export class PhraseMatcher<T> {
  private readonly aligned = new Map<string, Entry<T>[]>();
  private readonly joined = new Map<string, Entry<T>[]>();
  // Runs of words stop growing as soon as no phrase can still start with them: most stop at one word.
  private readonly alignedPrefixes = new Set<string>();
  private readonly gluedPrefixes = new Set<string>();
  /** The longest phrase in words, plus one: "trade off" (two words) may match "tradeoff" (one). */
  readonly maxWords: number;

  constructor(entries: ReadonlyArray<{ phrase: string; value: T }>) {
    let longest = 1;
    entries.forEach((entry, id) => {
      const parts = phraseParts(entry.phrase);
      if (parts.length === 0) return;
      longest = Math.max(longest, parts.length);
      const item = { phrase: entry.phrase, value: entry.value, id };
      push(this.aligned, alignedKey(parts), item);
      push(this.joined, joinedKey(parts), item);
      const stems = parts.map(stemOf);
      for (let k = 1; k < stems.length; k++) this.alignedPrefixes.add(stems.slice(0, k).join(' '));
      const raw = parts.join('');
      for (let k = 1; k < raw.length; k++) this.gluedPrefixes.add(raw.slice(0, k));
    });
    this.maxWords = longest + 1;
  }

  /** All matches, ordered by start and then longest first; one per entry and run of words. */
  match(words: readonly Word[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let first = 0; first < words.length; first++) {
      let aligned = '';
      let glued = '';
      for (let last = first; last < words.length && last - first < this.maxWords; last++) {
        const word = words[last] as Word;
        if (last > first && !word.joinsPrevious) break;
        aligned = last === first ? word.stem : `${aligned} ${word.stem}`;
        const byAligned = this.aligned.get(aligned);
        const byJoined = this.joined.get(glued + word.stem);
        if (byAligned) for (const entry of byAligned) found.push(this.hit(entry, words, first, last));
        if (byJoined) {
          for (const entry of byJoined) if (!byAligned?.includes(entry)) found.push(this.hit(entry, words, first, last));
        }
        glued += word.norm;
        if (!this.alignedPrefixes.has(aligned) && !this.gluedPrefixes.has(glued)) break;
      }
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private hit(entry: Entry<T>, words: readonly Word[], first: number, last: number): PhraseMatch<T> {
    return {
      value: entry.value,
      phrase: entry.phrase,
      start: (words[first] as Word).start,
      end: (words[last] as Word).end,
      firstWord: first,
      lastWord: last,
    };
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Keeps the longest match wherever matches overlap, scanning left to right. */
export function longestFirst<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const kept: PhraseMatch<T>[] = [];
  let reach = -1;
  for (const match of matches) {
    if (match.start < reach) continue;
    kept.push(match);
    reach = match.end;
  }
  return kept;
}
