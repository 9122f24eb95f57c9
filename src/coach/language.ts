/**
 * The coach reads English. An answer in another script, or with more of another language's common
 * words (que, der, une, ...) than English's (the, and, to, ...), is in another language: the coach says
 * so rather than calling it off-topic. A list of English keywords has few of either and stays English.
 */
import type { Word } from './phrase-matcher.js';
import type { CoachRules } from './rules-load.js';

/** `words` are the answer's words as the phrase scanner reads them. */
const sets = new WeakMap<CoachRules, { common: ReadonlySet<string>; foreignWords: ReadonlySet<string> }>();

function wordSets(rules: CoachRules): { common: ReadonlySet<string>; foreignWords: ReadonlySet<string> } {
  let found = sets.get(rules);
  if (!found) {
    found = { common: new Set(rules.data.integrity.language.englishWords), foreignWords: new Set(rules.data.integrity.language.otherWords) };
    sets.set(rules, found);
  }
  return found;
}

export function languageOf(text: string, words: readonly Word[], rules: CoachRules): 'english' | 'other' {
  const rule = rules.data.integrity.language;
  // Scripts without spaces (Chinese, Japanese) scan as a few long "words": count characters too.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  if (letters >= rule.minWords * 4 && latin / letters < 0.5) return 'other';
  if (words.length < rule.minWords) return 'english';
  const { common, foreignWords } = wordSets(rules);
  const english = words.filter((w) => common.has(w.norm)).length;
  const foreign = words.filter((w) => foreignWords.has(w.norm)).length;
  return foreign > english && foreign / words.length >= rule.minOtherShare ? 'other' : 'english';
}
