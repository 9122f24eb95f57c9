/**
 * Does the answer answer this question? The answer is ranked against the whole question bank with
 * BM25 over word stems (each question as its title, prompt, rubric and model outline), so an answer
 * to another question shows up as a better fit for that one. Behavioral questions are judged by the
 * competency the story shows instead: a story's words are about its domain, not about failing or
 * disagreeing, so topic alone cannot place it.
 */
import type { QuestionType } from '../core/taxonomy.js';
import { PhraseMatcher, scanWords } from './phrase-matcher.js';
import { shinglesOf, type Shingles } from './recital.js';
import type { CoachRules } from './rules-load.js';
import type { RubricPointInput, Span } from './types.js';

export interface BankQuestion {
  id: string;
  title: string;
  type: QuestionType;
  prompt: string;
  rubric: readonly RubricPointInput[];
  outline: readonly string[];
  competency?: { name: string; signals: readonly string[] };
}

export interface QuestionBank {
  questions: readonly BankQuestion[];
  byId: ReadonlyMap<string, number>;
  terms: Array<Map<string, number>>;
  lengths: number[];
  averageLength: number;
  idf: Map<string, number>;
  outlines: Shingles[];
  competencies: PhraseMatcher<{ question: number; signal: string }>;
}

const K1 = 1.2;
const B = 0.75;

function stemsOf(text: string, stop: ReadonlySet<string>): string[] {
  return scanWords(text)
    .filter((w) => !stop.has(w.norm) && w.norm.length > 1 && !/^\p{N}/u.test(w.norm))
    .map((w) => w.stem);
}

/** Indexes the bank once; reuse the result for every answer. */
export function buildQuestionBank(questions: readonly BankQuestion[], rules: CoachRules): QuestionBank {
  const stop = new Set(rules.data.integrity.language.englishWords);
  const terms = questions.map((q) => {
    const text = [q.title, q.prompt, ...q.rubric.flatMap((p) => [p.point, p.shows ?? '', p.signals.join(' ')]), ...q.outline].join('\n');
    const counts = new Map<string, number>();
    for (const stem of stemsOf(text, stop)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    return counts;
  });
  const lengths = terms.map((t) => [...t.values()].reduce((a, b) => a + b, 0));
  const df = new Map<string, number>();
  for (const t of terms) for (const stem of t.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = questions.length;
  const idf = new Map([...df].map(([stem, count]) => [stem, Math.log(1 + (n - count + 0.5) / (count + 0.5))]));
  const competencies = new PhraseMatcher(
    questions.flatMap((q, question) => (q.competency?.signals ?? []).map((signal) => ({ phrase: signal, value: { question, signal } }))),
  );
  return {
    questions,
    byId: new Map(questions.map((q, i) => [q.id, i])),
    terms,
    lengths,
    averageLength: lengths.reduce((a, b) => a + b, 0) / Math.max(1, n),
    idf,
    outlines: questions.map((q) => shinglesOf(q.outline.join('\n'), rules)),
    competencies,
  };
}

/** BM25 of the answer against every question, best first. */
export function rankBank(bank: QuestionBank, text: string, rules: CoachRules): Array<{ index: number; score: number }> {
  const stop = new Set(rules.data.integrity.language.englishWords);
  const query = new Set(stemsOf(text, stop));
  const scores = bank.terms.map((terms, index) => {
    const norm = K1 * (1 - B + (B * (bank.lengths[index] ?? 0)) / bank.averageLength);
    let score = 0;
    for (const stem of query) {
      const tf = terms.get(stem);
      if (tf) score += (bank.idf.get(stem) ?? 0) * ((tf * (K1 + 1)) / (tf + norm));
    }
    return { index, score };
  });
  return scores.sort((a, b) => b.score - a.score || a.index - b.index);
}

/** Which behavioral competencies the answer shows: distinct signals and their spans, by question. */
export function competenciesShown(bank: QuestionBank, text: string): Map<number, { signals: Set<string>; spans: Span[] }> {
  const shown = new Map<number, { signals: Set<string>; spans: Span[] }>();
  for (const match of bank.competencies.match(scanWords(text))) {
    const entry = shown.get(match.value.question) ?? { signals: new Set<string>(), spans: [] };
    entry.signals.add(match.value.signal);
    entry.spans.push([match.start, match.end]);
    shown.set(match.value.question, entry);
  }
  return shown;
}
