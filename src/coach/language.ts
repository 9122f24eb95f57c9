/**
 * The coach reads English. An answer in which almost none of the words are English's most common ones
 * (the, and, to, I, we, ...) is in another language: the coach says so rather than calling it off-topic.
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
  const english = words.filter((w) => common.has(w.norm)).length;
  return english / words.length < rule.minEnglishShare ? 'other' : 'english';
}
