/**
 * The integrity findings of one answer, gathered in one place: numbers that cannot be true, recited
 * outline text, keyword lists, repeated and surplus text, and the fit against the question bank.
 */
import { isStoryType } from '../core/taxonomy.js';
import { rankBank, type QuestionBank } from './bank-fit.js';
import { PhraseMatcher, scanWords, type Word } from './phrase-matcher.js';
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
const matchers = new WeakMap<object, { exact: PhraseMatcher<string>; gapped: Array<{ signal: string; stems: string[]; window: number }> }>();

// Words a signal can leave out or say differently: "I pulled the data" is said as "I pulled two
// years of contract data", "my mistake" as "that was a mistake".
const FUNCTION_WORDS = new Set(['i', 'my', 'me', 'we', 'our', 'us', 'the', 'a', 'an', 'to', 'of', 'was', 'were', 'is', 'it', 'their', 'they', 'them', 'with', 'for', 'and', 'had', 'have', 'been', 'be', 'on', 'in', 'at', 'this', 'that', 'what', 'did', 'do', 'not']);

function competencyMatcher(competency: { signals: readonly string[] }) {
  let matcher = matchers.get(competency);
  if (!matcher) {
    const gapped = competency.signals
      .map((signal) => {
        const words = scanWords(signal);
        return { signal, stems: words.filter((w) => !FUNCTION_WORDS.has(w.norm)).map((w) => w.stem), window: words.length + 3 };
      })
      // A signal with one content word ("the engineer", "my mistake") is matched as written only
      // when the word alone says little; two or more content words in order are evidence enough.
      .filter((g) => g.stems.length >= 2);
    matcher = { exact: new PhraseMatcher(competency.signals.map((signal) => ({ phrase: signal, value: signal }))), gapped };
    matchers.set(competency, matcher);
  }
  return matcher;
}

/** The competency's signals in the answer, said as written or with a few words between. */
function competencyHits(competency: { signals: readonly string[] }, words: readonly Word[], text: string, asWritten = false): { distinct: number; specific: boolean; spans: Span[] } {
  const { exact, gapped: all } = competencyMatcher(competency);
  const gapped = asWritten ? [] : all;
  const found = exact.match(words).map((m) => ({ value: m.value, span: [m.start, m.end] as Span }));
  for (const g of gapped) {
    for (let i = 0; i < words.length; i++) {
      if (words[i]?.stem !== g.stems[0]) continue;
      let k = 1;
      let j = i + 1;
      for (; j < Math.min(words.length, i + g.window) && k < g.stems.length; j++) if (words[j]?.stem === g.stems[k]) k++;
      const last = words[j - 1];
      const first = words[i];
      // Within one sentence: no full stop between the first and the last word.
      if (k === g.stems.length && first && last && !/[.!?]\s/.test(text.slice(first.start, last.end)) && !found.some((f) => f.span[0] <= first.start && f.span[1] >= last.end)) found.push({ value: g.signal, span: [first.start, last.end] });
    }
  }
  // A signal of two content words or more ("I pulled the data") is specific; "I started" is not.
  const specific = found.some((f) => all.some((g) => g.signal === f.value));
  return { distinct: new Set(found.map((f) => f.value)).size, specific, spans: found.map((f) => f.span).sort((a, b) => a[0] - b[0]) };
}

/**
 * Where the asked question stands in the bank, and for a behavioral story, whether it shows the
 * competency: by its signals, or by fitting the asked question about as well as the best-fitting
 * behavioral question. A story that shows the competency by one signal only ("I started"), while it
 * clearly shows the competency of a question that fits it better, answers that question.
 */
export function bankFitOf(context: Context, question: QuestionRef, bank: QuestionBank | undefined): Partial<CoachAnalysis['relevance']> {
  const rule = context.rules.data.integrity;
  const out: Partial<CoachAnalysis['relevance']> = {};
  const behavioral = isStoryType(context.type);
  const asked = question.id && bank ? bank.byId.get(question.id) : undefined;
  const enough = context.parsed.words.length >= rule.otherQuestion.minWords;
  const ranking = bank && asked !== undefined && enough ? rankBank(bank, context.parsed.words) : undefined;
  let weak = false;
  if (behavioral && question.competency) {
    const hits = competencyHits(question.competency, context.parsed.words, context.text);
    const sameType = ranking?.filter((r) => isStoryType(bank?.questions[r.index]?.type ?? '')) ?? [];
    const typeRank = sameType.findIndex((r) => r.index === asked) + 1;
    const share = typeRank > 0 ? (sameType[typeRank - 1]?.score ?? 0) / Math.max(1e-9, sameType[0]?.score ?? 0) : 0;
    const fits = typeRank > 0 && (typeRank <= rule.competency.typeRankShown || share >= rule.competency.minShareShown);
    weak = !fits && hits.distinct < rule.competency.minSignals && !hits.specific;
    out.competency = { name: question.competency.name, shown: hits.distinct > 0 || fits, spans: hits.spans };
  }
  if (!ranking || !bank || asked === undefined) return out;
  const askedRank = ranking.findIndex((r) => r.index === asked) + 1;
  out.askedRank = askedRank;
  const askedScore = ranking[askedRank - 1]?.score ?? 0;
  const best = ranking[0];
  if (!best || best.index === asked || best.score <= 0) return out;
  const name = (index: number): void => {
    const q = bank.questions[index];
    if (q) out.otherQuestion = { id: q.id, title: q.title };
  };
  if (behavioral && out.competency) {
    // A story that barely shows what the question asks about, while it clearly shows the competency
    // of a question that fits it better, answers that one.
    if (weak) {
      // Only a question of the same type counts, by its signals as written: each behavioral question
      // asks for its own competency, while program deep-dives share words such as "options".
      const above = ranking.slice(0, askedRank - 1).find((r) => {
        const other = bank.questions[r.index];
        return (
          other?.competency !== undefined &&
          other.type === context.type &&
          askedScore < rule.competency.maxAskedShare * r.score &&
          competencyHits(other.competency, context.parsed.words, context.text, true).distinct >= rule.competency.minSignals
        );
      });
      if (above) name(above.index);
    }
    // A story that shows what the question asks about is answering it, whatever its domain words.
    if (out.otherQuestion || out.competency.shown) return out;
  }
  if (askedScore >= rule.otherQuestion.maxAskedShare * best.score) return out;
  // A story that does not show the competency is named as an answer to another question only when
  // it shows that question's own competency; its domain words alone place it anywhere.
  const other = bank.questions[best.index];
  if (behavioral && out.competency && other?.competency && competencyHits(other.competency, context.parsed.words, context.text).distinct === 0) return out;
  if (behavioral && out.competency && !other?.competency) return out;
  name(best.index);
  return out;
}
