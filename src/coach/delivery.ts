/**
 * Delivery: length against the target for the question type, fillers and hedges per minute, words
 * said too often, readability, and jargon when the question asks for a simple explanation.
 * Speaking time assumes the pace in delivery.yaml (150 words a minute).
 */
import { longestFirst, scanWords, type PhraseMatch } from './phrase-matcher.js';
import { secondsFor, spanOf, type Context, type Hit } from './context.js';
import type { CoachAnalysis, DeliveryMarks, Span, TermCount } from './types.js';

export type DeliveryAnalysis = Pick<
  CoachAnalysis,
  'words' | 'sentences' | 'speakingSeconds' | 'target' | 'fillers' | 'hedges' | 'repeatedWords' | 'readability' | 'jargon'
>;

export function termCounts(matches: ReadonlyArray<{ start: number; end: number }>, text: string): TermCount[] {
  const byTerm = new Map<string, TermCount>();
  for (const match of matches) {
    const term = text.slice(match.start, match.end).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const entry = byTerm.get(term) ?? { term, count: 0, spans: [] };
    entry.count++;
    entry.spans.push(spanOf(match));
    byTerm.set(term, entry);
  }
  return [...byTerm.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

function marks(matches: readonly Hit[], context: Context, perMinute: number, minCount: number): DeliveryMarks {
  const minutes = Math.max(context.parsed.words.length / context.wordsPerMinute, 1 / 60);
  const rate = Math.round((matches.length / minutes) * 10) / 10;
  return {
    count: matches.length,
    perMinute: rate,
    spans: matches.map(spanOf),
    terms: termCounts(matches, context.text),
    heavy: matches.length >= minCount && rate >= perMinute,
  };
}

/** Ambiguous fillers ("like", "so") count only beside a comma, where they cannot be the real word. */
function fillerContextHolds(hit: Hit, context: Context): boolean {
  const entry = context.rules.data.delivery.fillers[hit.value.index];
  if (entry === undefined || typeof entry === 'string') return true;
  const text = context.text;
  const after = text[hit.end];
  const before = text.slice(0, hit.start).trimEnd();
  const previousChar = before[before.length - 1];
  if (entry.when === 'comma') return after === ',' || previousChar === ',';
  return after === ',' && (previousChar === undefined || '.!?\n'.includes(previousChar));
}

function syllables(word: string): number {
  let letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 1;
  if (letters.length <= 3) return 1;
  letters = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, letters.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export function asksForSimpleExplanation(context: Context): boolean {
  if (!context.prompt) return false;
  const words = context.promptWords;
  return words.some((w) => context.rules.words.explainVerbs.has(w.norm)) && context.rules.audienceMatcher.match(words).length > 0;
}

function analyzeJargon(context: Context, applies: boolean): DeliveryAnalysis['jargon'] {
  const thresholds = context.rules.data.delivery.thresholds;
  const promptStems = new Set(context.promptWords.map((w) => w.stem));
  const mentionedInPrompt = (match: { start: number; end: number }): boolean =>
    scanWords(context.text.slice(match.start, match.end)).every((w) => promptStems.has(w.stem));
  const found: Array<{ start: number; end: number }> = longestFirst(context.hits.jargon).filter((m) => !mentionedInPrompt(m));
  for (const word of context.parsed.words) {
    const raw = context.text.slice(word.start, word.end);
    if (!/^[A-Z]{2,5}s?$/.test(raw) || context.rules.words.plainAbbreviations.has(word.norm)) continue;
    if (found.some((m) => m.start <= word.start && m.end >= word.end) || mentionedInPrompt(word)) continue;
    found.push(word);
  }
  found.sort((a, b) => a.start - b.start);
  const perHundredWords = Math.round((found.length / Math.max(context.parsed.words.length, 1)) * 1000) / 10;
  const heavy = applies && found.length >= thresholds.jargonHeavyMinCount && perHundredWords >= thresholds.jargonHeavyPerHundredWords;
  return { applies, count: found.length, perHundredWords, heavy, terms: termCounts(found, context.text) };
}

export function analyzeDelivery(context: Context): DeliveryAnalysis {
  const { words, sentences } = context.parsed;
  const rules = context.rules.data;
  const thresholds = rules.delivery.thresholds;
  const speakingSeconds = secondsFor(context, words.length);
  const [minSeconds, maxSeconds] = rules.scoring.types[context.type].targetSeconds;
  const verdict = speakingSeconds < minSeconds ? 'short' : speakingSeconds > maxSeconds ? 'long' : 'ok';

  const fillerHits = longestFirst(context.hits.filler).filter((hit) => fillerContextHolds(hit, context));
  const hedgeHits = longestFirst(context.hits.hedge) as PhraseMatch<Hit['value']>[];

  const { tokenAt } = context.parsed;
  const promptStems = new Set(context.promptWords.map((w) => w.stem));
  const byStem = new Map<string, Array<{ start: number; end: number }>>();
  for (const word of words) {
    if (word.norm.length < thresholds.repeatedWordMinLength || /^\p{N}/u.test(word.norm)) continue;
    if (tokenAt.get(word.start)?.stop !== false || promptStems.has(word.stem)) continue;
    const list = byStem.get(word.stem) ?? [];
    list.push(word);
    byStem.set(word.stem, list);
  }
  const repeatedWords: TermCount[] = [...byStem.values()]
    .filter((list) => list.length >= thresholds.repeatedWordMinCount)
    .map((list) => ({ term: context.text.slice(list[0]!.start, list[0]!.end).toLowerCase(), count: list.length, spans: list.map(spanOf) }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));

  const sentenceCount = Math.max(sentences.length, words.length > 0 ? 1 : 0);
  const syllableCount = words.reduce((sum, w) => sum + syllables(w.norm), 0);
  const wordsPerSentence = sentenceCount > 0 ? words.length / sentenceCount : 0;
  const readingEase = words.length > 0 ? 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllableCount / words.length) : 0;
  const longSentences: Span[] = sentences
    .filter((s) => words.filter((w) => w.start >= s.start && w.end <= s.end).length > thresholds.longSentenceWords)
    .map(spanOf);

  return {
    words: words.length,
    sentences: sentenceCount,
    speakingSeconds,
    target: { minSeconds, maxSeconds, verdict },
    fillers: marks(fillerHits, context, thresholds.fillerHeavyPerMinute, thresholds.fillerHeavyMinCount),
    hedges: marks(hedgeHits, context, thresholds.hedgeHeavyPerMinute, thresholds.hedgeHeavyMinCount),
    repeatedWords,
    readability: { readingEase: Math.round(readingEase), wordsPerSentence: Math.round(wordsPerSentence * 10) / 10, longSentences },
    jargon: analyzeJargon(context, asksForSimpleExplanation(context)),
  };
}
