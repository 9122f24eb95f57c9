/**
 * The integrity findings of one answer, gathered in one place: numbers that cannot be true, recited
 * outline text, keyword lists, repeated and surplus text, and the fit against the question bank.
 */
import { competenciesShown, rankBank, type QuestionBank } from './bank-fit.js';
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
    const outline = own !== undefined && bank ? bank.outlines[own] : question.outline ? shinglesOf(question.outline.join('\n'), rules) : undefined;
    if (outline) recital = recitalOf(context.text, outline, rules);
  }
  return {
    language,
    numbers: checkNumbers(context.text, rule.numbers),
    keywordList: { flagged: lists.flagged, spans: lists.spans },
    recited: { flagged: recital.share >= rule.recital.minShare, share: recital.share, spans: recital.spans },
    repeated: { count: scored.repeated.length, spans: scored.repeated },
    surplus: scored.surplus,
  };
}

/** Where the asked question stands in the bank, and for a behavioral story, whether it shows the competency. */
export function bankFitOf(context: Context, question: QuestionRef, bank: QuestionBank | undefined): Partial<CoachAnalysis['relevance']> {
  const rule = context.rules.data.integrity;
  const out: Partial<CoachAnalysis['relevance']> = {};
  const behavioral = context.type === 'behavioral';
  const shown = bank ? competenciesShown(bank, context.text) : undefined;
  if (behavioral && question.competency) {
    const own = question.id && bank ? bank.byId.get(question.id) : undefined;
    let spans: Span[] = [];
    if (own !== undefined && shown) spans = shown.get(own)?.spans ?? [];
    else {
      const signals = new Set(question.competency.signals.map((s) => s.toLowerCase()));
      spans = context.parsed.words.filter((w) => signals.has(w.norm)).map((w): Span => [w.start, w.end]);
    }
    out.competency = { name: question.competency.name, shown: spans.length > 0, spans };
  }
  if (!bank || !question.id || context.parsed.words.length < rule.otherQuestion.minWords) return out;
  const asked = bank.byId.get(question.id);
  if (asked === undefined) return out;
  const ranking = rankBank(bank, context.text, context.rules);
  const askedRank = ranking.findIndex((r) => r.index === asked) + 1;
  out.askedRank = askedRank;
  const askedScore = ranking[askedRank - 1]?.score ?? 0;
  if (behavioral) {
    // Another story's competency, shown clearly where this one's is not.
    if (out.competency?.shown || !shown) return out;
    const other = ranking.find((r) => r.index !== asked && (shown.get(r.index)?.signals.size ?? 0) >= rule.competency.otherMinSignals);
    const q = other ? bank.questions[other.index] : undefined;
    if (q && q.type === 'behavioral') out.otherQuestion = { id: q.id, title: q.title };
    return out;
  }
  const best = ranking.find((r) => r.index !== asked);
  if (!best || best.score <= 0) return out;
  if (askedRank > rule.otherQuestion.minRank && askedScore < rule.otherQuestion.maxAskedShare * best.score) {
    const q = bank.questions[best.index];
    if (q) out.otherQuestion = { id: q.id, title: q.title };
  }
  return out;
}
