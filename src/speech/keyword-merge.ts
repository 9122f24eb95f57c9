import type { HeardWord, SpottedKeyword } from './types.js';

/**
 * Puts spotted rubric phrases into the free-text transcript: the words heard during a spotted phrase
 * ("shared cash" where "cache" was spotted) are replaced by the phrase, so the evidence survives a
 * noisy transcript. A heard word belongs to a phrase when its middle falls inside the phrase's span.
 * Pure; words and keywords are in time order.
 */
export function mergeKeywords(words: readonly HeardWord[], keywords: readonly SpottedKeyword[]): HeardWord[] {
  const sorted = withoutOverlaps(keywords);
  const out: HeardWord[] = [];
  let k = 0;
  const pending = (w: HeardWord) => (w.start + w.end) / 2;
  for (const word of words) {
    while (k < sorted.length && (sorted[k]?.end ?? 0) < pending(word)) insertPhrase(out, sorted[k++] as SpottedKeyword);
    const keyword = sorted[k];
    if (keyword && pending(word) >= keyword.start && pending(word) <= keyword.end) continue;
    out.push(word);
  }
  while (k < sorted.length) insertPhrase(out, sorted[k++] as SpottedKeyword);
  return out;
}

function insertPhrase(out: HeardWord[], keyword: SpottedKeyword): void {
  const parts = keyword.phrase.split(' ');
  const step = (keyword.end - keyword.start) / parts.length;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  parts.forEach((word, i) => out.push({ word, start: round(keyword.start + i * step), end: round(keyword.start + (i + 1) * step) }));
}

/** Overlapping hits keep the longer phrase (the earlier on a tie), in time order. */
export function withoutOverlaps(keywords: readonly SpottedKeyword[]): SpottedKeyword[] {
  const byLength = [...keywords].sort((a, b) => b.phrase.length - a.phrase.length || a.start - b.start);
  const kept: SpottedKeyword[] = [];
  for (const keyword of byLength) {
    if (!kept.some((k) => keyword.start < k.end && k.start < keyword.end)) kept.push(keyword);
  }
  return kept.sort((a, b) => a.start - b.start);
}
