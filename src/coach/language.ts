/**
 * The coach reads English. An answer in another script, or with more of another language's common
 * words (que, der, une, ...) than English's (the, and, to, ...), is in another language: the coach says
 * so rather than calling it off-topic. A list of English keywords has few of either and stays English.
 */
import { scanWords } from './phrase-matcher.js';
import type { CoachRules } from './rules-load.js';

export function languageOf(text: string, rules: CoachRules): 'english' | 'other' {
  const rule = rules.data.integrity.language;
  const words = scanWords(text);
  // Scripts without spaces (Chinese, Japanese) scan as a few long "words": count characters too.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  if (letters >= rule.minWords * 4 && latin / letters < 0.5) return 'other';
  if (words.length < rule.minWords) return 'english';
  const common = new Set(rule.englishWords);
  const foreignWords = new Set(rule.otherWords);
  const english = words.filter((w) => common.has(w.norm)).length;
  const foreign = words.filter((w) => foreignWords.has(w.norm)).length;
  return foreign > english && foreign / words.length >= rule.minOtherShare ? 'other' : 'english';
}
