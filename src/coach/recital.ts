/**
 * Recited answers: runs of content words the answer shares with the question's model outline (or
 * another text of the bank). A candidate who pastes or lightly rewords the outline shows that they
 * can read it, not that they can do the work.
 */
import { scanWords, type Word } from './phrase-matcher.js';
import type { CoachRules } from './rules-load.js';
import type { Span } from './types.js';

export type Shingles = ReadonlySet<string>;

function contentWords(words: readonly Word[], stop: ReadonlySet<string>): Word[] {
  return words.filter((w) => !stop.has(w.norm) && w.norm.length > 1);
}

const stopWords = new WeakMap<CoachRules, ReadonlySet<string>>();

function stopWordsOf(rules: CoachRules): ReadonlySet<string> {
  let found = stopWords.get(rules);
  if (!found) {
    found = new Set(rules.data.integrity.language.englishWords);
    stopWords.set(rules, found);
  }
  return found;
}

/** The set of runs of `n` content-word stems in a text. */
export function shinglesOf(text: string, rules: CoachRules): Shingles {
  const n = rules.data.integrity.recital.shingle;
  const stems = contentWords(scanWords(text), stopWordsOf(rules)).map((w) => w.stem);
  const set = new Set<string>();
  for (let i = 0; i + n <= stems.length; i++) set.add(stems.slice(i, i + n).join(' '));
  return set;
}

export interface Recital {
  share: number;
  spans: Span[];
}

/** Which share of the answer's runs (its words as scanned) appear in `source`, and where. */
export function recitalOf(scanned: readonly Word[], source: Shingles, rules: CoachRules): Recital {
  const n = rules.data.integrity.recital.shingle;
  const words = contentWords(scanned, stopWordsOf(rules));
  const runs = Math.max(0, words.length - n + 1);
  if (runs === 0 || source.size === 0) return { share: 0, spans: [] };
  const covered = new Array<boolean>(words.length).fill(false);
  let shared = 0;
  for (let i = 0; i < runs; i++) {
    if (!source.has(words.slice(i, i + n).map((w) => w.stem).join(' '))) continue;
    shared++;
    for (let j = i; j < i + n; j++) covered[j] = true;
  }
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!covered[i] || !word) continue;
    const last = spans[spans.length - 1];
    if (last && covered[i - 1]) last[1] = word.end;
    else spans.push([word.start, word.end]);
  }
  return { share: Math.round((shared / runs) * 100) / 100, spans };
}
