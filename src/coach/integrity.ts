/**
 * The integrity findings of one answer, gathered in one place: numbers that cannot be true, recited
 * outline text, keyword lists, repeated and surplus text, and the fit against the question bank.
 */
import { isStoryType } from '../core/taxonomy.js';
import { rankBank, type QuestionBank } from './bank-fit.js';
import { PhraseMatcher } from './phrase-matcher.js';
import type { Context } from './context.js';
import type { KeywordLists } from './keyword-lists.js';
import { checkNumbers } from './number-checks.js';
import { recitalOf, shinglesOf } from './recital.js';
import type { ScoredText } from './repeats.js';
import type { CoachAnalysis, Integrity, Span } from './types.js';

export interface QuestionRef {
  id?: string;
  outline?: readonly string[];
  competency?: { name: string; signals: readonly string[] };
}

export function integrityOf(
  context: Context,
  language: Integrity['language'],
  scored: ScoredText,
  lists: KeywordLists,
  question: QuestionRef,
  bank: QuestionBank | undefined,
): Integrity {
  const rules = context.rules;
  const rule = rules.data.integrity;
  const words = context.parsed.words.length;
  let recital = { share: 0, spans: [] as Span[] };
  if (words >= rule.recital.minWords) {
    const own = question.id && bank ? bank.byId.get(question.id) : undefined;
    const outline = own !== undefined && bank ? bank.outlineOf(own) : question.outline ? shinglesOf(question.outline.join('\n'), rules) : undefined;
    if (outline) recital = recitalOf(context.parsed.words, outline, rules);
  }
  return {
    language,
    numbers: checkNumbers(context.text, rule.numbers),
    keywordList: { flagged: lists.flagged, spans: lists.spans },
    recited: { flagged: recital.share >= rule.recital.minShare, share: recital.share, spans: recital.spans },
    repeated: {
      count: scored.repeated.length,
      share: Math.round((scored.repeated.reduce((sum, [s, e]) => sum + e - s, 0) / Math.max(1, scored.original.trim().length)) * 100) / 100,
      spans: scored.repeated,
    },
    surplus: scored.surplus,
  };
}

// A question's competency is reused across calls: its signals are compiled once.
const matchers = new WeakMap<object, PhraseMatcher<string>>();

function competencyMatcher(competency: { signals: readonly string[] }): PhraseMatcher<string> {
  let matcher = matchers.get(competency);
  if (!matcher) {
    matcher = new PhraseMatcher(competency.signals.map((signal) => ({ phrase: signal, value: signal })));
    matchers.set(competency, matcher);
  }
  return matcher;
}

/**
 * Where the asked question stands in the bank, and for a behavioral story, whether it shows the
 * competency: by its signals, or by fitting the asked question among the top few behavioral ones.
 */
export function bankFitOf(context: Context, question: QuestionRef, bank: QuestionBank | undefined): Partial<CoachAnalysis['relevance']> {
  const rule = context.rules.data.integrity;
  const out: Partial<CoachAnalysis['relevance']> = {};
  const behavioral = isStoryType(context.type);
  const asked = question.id && bank ? bank.byId.get(question.id) : undefined;
  const enough = context.parsed.words.length >= rule.otherQuestion.minWords;
  const ranking = bank && asked !== undefined && enough ? rankBank(bank, context.parsed.words) : undefined;
  if (behavioral && question.competency) {
    const spans = competencyMatcher(question.competency).match(context.parsed.words).map((m): Span => [m.start, m.end]);
    const sameType = ranking?.filter((r) => isStoryType(bank?.questions[r.index]?.type ?? '')) ?? [];
    const typeRank = sameType.findIndex((r) => r.index === asked) + 1;
    const fits = typeRank > 0 && typeRank <= rule.competency.typeRankShown;
    out.competency = { name: question.competency.name, shown: spans.length > 0 || fits, spans };
  }
  if (!ranking || !bank || asked === undefined) return out;
  const askedRank = ranking.findIndex((r) => r.index === asked) + 1;
  out.askedRank = askedRank;
  const askedScore = ranking[askedRank - 1]?.score ?? 0;
  const best = ranking[0];
  if (!best || best.index === asked || best.score <= 0) return out;
  // A story that shows what the question asks about is answering it, whatever its domain words.
  if (behavioral && out.competency?.shown) return out;
  if (askedScore < rule.otherQuestion.maxAskedShare * best.score) {
    const q = bank.questions[best.index];
    if (q) out.otherQuestion = { id: q.id, title: q.title };
  }
  return out;
}
