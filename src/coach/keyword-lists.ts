/**
 * Claims, not words. A rubric point is covered by a sentence that says something about it: a clause
 * with a verb and content of its own (a number, a named thing, words that are not the rubric's, the
 * prompt's or the empty words of work). Sentences that stack rubric words, or restate them with no
 * content, read as a list of keywords and earn nothing.
 */
import { stemOf } from './phrase-matcher.js';
import { within, type Context } from './context.js';
import type { Token } from './text.js';
import type { RubricCoverage, Span } from './types.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
const THINKING_LEXICONS = ['tradeoff', 'alternative', 'metric', 'risk', 'collaboration', 'tpm'] as const;

export interface KeywordLists {
  /** Sentences that read as keyword lists. */
  spans: Span[];
  /** Sentences that carry at least one signal. */
  signalSentences: number;
  flagged: boolean;
}

function addStems(stems: Set<string>, text: string): void {
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? []) stems.add(stemOf(raw));
}

// Rubrics and rule sets are reused across calls: their stems are computed once.
const rubricStems = new WeakMap<object, ReadonlySet<string>>();

function cachedStems(key: object, build: (stems: Set<string>) => void): ReadonlySet<string> {
  let stems = rubricStems.get(key);
  if (!stems) {
    const fresh = new Set<string>();
    build(fresh);
    stems = fresh;
    rubricStems.set(key, stems);
  }
  return stems;
}

/** Stems the answer cannot claim as its own: the rubric's, the prompt's and the empty words. */
function borrowedStems(context: Context): (stem: string) => boolean {
  const rubric = cachedStems(context.rubric, (stems) => {
    for (const point of context.rubric) {
      addStems(stems, point.point);
      addStems(stems, point.shows ?? '');
      for (const signal of point.signals) addStems(stems, String(signal));
    }
  });
  const empty = cachedStems(context.rules, (stems) => {
    for (const word of context.rules.data.integrity.keywordList.emptyWords) stems.add(stemOf(word));
  });
  const prompt = new Set<string>();
  addStems(prompt, context.prompt);
  return (stem) => rubric.has(stem) || empty.has(stem) || prompt.has(stem);
}

function isOwn(token: Token, borrowed: (stem: string) => boolean): boolean {
  if (token.type === 'number' || token.pos === 'NUM') return true;
  if (!CONTENT_POS.has(token.pos) || token.stop) return false;
  return !borrowed(stemOf(token.lower)) && !borrowed(stemOf(token.lemma.toLowerCase()));
}

export function findKeywordLists(context: Context, rubric: readonly RubricCoverage[]): KeywordLists {
  const rule = context.rules.data.integrity.keywordList;
  const borrowed = borrowedStems(context);
  const signals: Span[] = [
    ...rubric.flatMap((p) => p.evidence.map((e) => e.span)),
    ...THINKING_LEXICONS.flatMap((id) => context.hits[id].map((h): Span => [h.start, h.end])),
  ];
  const spans: Span[] = [];
  let signalSentences = 0;
  let signalWords = 0;
  let listedWords = 0;
  for (const sentence of context.parsed.sentences) {
    const span: Span = [sentence.start, sentence.end];
    const inside = signals.filter((s) => s[0] >= span[0] && s[1] <= span[1]);
    // Distinct places: a rubric signal and a thinking cue on the same words count once.
    const distinct = new Set(inside.map((s) => s[0])).size;
    if (distinct === 0) continue;
    signalSentences++;
    const words = context.parsed.words.filter((w) => w.start >= span[0] && w.end <= span[1]).length;
    signalWords += words;
    const tokens = context.parsed.tokens.slice(sentence.firstToken, sentence.lastToken + 1);
    const content = tokens.filter((t) => CONTENT_POS.has(t.pos) && !t.stop);
    const covered = (t: Token): boolean => inside.some((s) => within(t, s));
    const own = content.filter((t) => !covered(t) && isOwn(t, borrowed));
    const hasNumber = tokens.some((t) => t.type === 'number' || t.pos === 'NUM');
    const hasVerb = tokens.some((t) => t.pos === 'VERB' && !covered(t));
    const ownShare = content.length === 0 ? 0 : own.length / content.length;
    const commas = context.text.slice(...span).match(/[,;]/g)?.length ?? 0;
    // A number is content: "n per arm ≈ 16 σ²/δ²" lists terms but says something.
    const listed = distinct >= rule.minSignals && commas >= rule.listCommas && ownShare < rule.listMaxOwnShare;
    const verbless = distinct >= rule.verblessSignals && !hasVerb;
    const dense = distinct >= rule.denseSignals && ownShare < rule.denseMaxOwnShare;
    // "I clarified the requirements.": a rubric word restated, with not one word of its own.
    const restated = own.length === 0 && content.length >= rule.restatedMinWords && content.length <= rule.restatedMaxWords;
    if (!hasNumber && (listed || verbless || dense || restated)) {
      spans.push(span);
      listedWords += words;
    }
  }
  // Judged by words, so one long list is as much a list as five short ones.
  const flagged = signalWords > 0 && listedWords / signalWords >= rule.answerShare && listedWords >= rule.minWords;
  return { spans, signalSentences, flagged };
}

/**
 * Rubric evidence said inside a keyword list, or in a sentence without a verb, is not a claim. A
 * verbless sentence with a number is a claim with its verb left out ("Primary metric: orders on
 * time; guardrail: 30-day reorders"), as a sentence with a number is never a keyword list.
 */
export function claimsOnly(context: Context, rubric: RubricCoverage[], lists: readonly Span[]): RubricCoverage[] {
  const verbless = context.parsed.sentences
    .filter((s) => !context.parsed.tokens.slice(s.firstToken, s.lastToken + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    .filter((s) => !/\d/.test(context.text.slice(s.start, s.end)))
    .map((s): Span => [s.start, s.end]);
  const excluded = [...lists, ...verbless];
  return rubric.map((point) => {
    const evidence = point.evidence.filter((e) => !excluded.some((span) => e.span[0] >= span[0] && e.span[1] <= span[1]));
    const signals = [...new Set(evidence.map((e) => e.signal))];
    return { ...point, evidence, signals, covered: signals.length > 0 };
  });
}
