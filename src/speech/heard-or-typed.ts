/**
 * Which words of a kept answer were heard in the recording and which were typed afterwards: the words
 * of the longest common subsequence of the two texts count as heard, the rest as typed. Pure.
 */
export interface Provenance {
  heardWords: number;
  typedWords: number;
  /** Character spans of the kept answer that were typed, not heard. */
  typedSpans: Array<{ start: number; end: number }>;
}

/** Longer answers are compared in full up to this many words each; past it, the rest counts as typed. */
const MAX_COMPARED_WORDS = 3000;

interface Token {
  norm: string;
  start: number;
  end: number;
}

/**
 * A word: letters and digits, joined by an apostrophe, a decimal point or a thousands comma, with a
 * currency sign before and a percent sign after, so "$1,200", "3.5%" and "don't" are one word each.
 */
const WORD = /[$£€]?[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*%?/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ norm: m[0].toLowerCase().replace(/['’]/g, ''), start: m.index, end: m.index + m[0].length }));
}

export function heardOrTyped(heard: string, kept: string): Provenance {
  const a = tokens(heard).slice(0, MAX_COMPARED_WORDS);
  const all = tokens(kept);
  const b = all.slice(0, MAX_COMPARED_WORDS);
  // lengths[i][j]: common subsequence of a[i..] and b[j..], one row per word of a.
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i]?.norm === b[j]?.norm ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const heardIndex = new Set<number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]?.norm === b[j]?.norm) {
      heardIndex.add(j);
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  const typedSpans: Provenance['typedSpans'] = [];
  all.forEach((token, j) => {
    if (heardIndex.has(j)) return;
    const last = typedSpans.at(-1);
    // Consecutive typed words make one span, with the space between them.
    if (last && !heardIndex.has(j - 1) && j > 0) last.end = token.end;
    else typedSpans.push({ start: token.start, end: token.end });
  });
  return { heardWords: heardIndex.size, typedWords: all.length - heardIndex.size, typedSpans };
}
