/**
 * Does the answer answer this question? The answer is ranked against the whole question bank with
 * BM25 over word stems (each question as its title, prompt, rubric and model outline), so an answer
 * to another question shows up as a better fit for that one. Behavioral questions are judged by the
 * competency the story shows instead: a story's words are about its domain, not about failing or
 * disagreeing, so topic alone cannot place it.
 */
import type { QuestionType } from '../core/taxonomy.js';
import { scanWords, type Word } from './phrase-matcher.js';
import { shinglesOf, type Shingles } from './recital.js';
import type { CoachRules } from './rules-load.js';
import type { RubricPointInput } from './types.js';

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
  /** For each stem, the questions that use it and how often: only those are scored for an answer. */
  postings: Map<string, Array<[question: number, count: number]>>;
  /** BM25's length normalisation of each question, computed once. */
  norms: number[];
  idf: Map<string, number>;
  stopWords: ReadonlySet<string>;
  /** The runs of each question's model outline, computed when first needed. */
  outlineOf(index: number): Shingles;
}

const K1 = 1.2;
const B = 0.75;

function stemsOf(text: string | readonly Word[], stop: ReadonlySet<string>): string[] {
  return (typeof text === 'string' ? scanWords(text) : text)
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
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, questions.length);
  const postings = new Map<string, Array<[number, number]>>();
  terms.forEach((t, question) => {
    for (const [stem, count] of t) {
      const list = postings.get(stem) ?? [];
      list.push([question, count]);
      postings.set(stem, list);
    }
  });
  const n = questions.length;
  const idf = new Map([...postings].map(([stem, list]) => [stem, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5))]));
  const outlines = new Map<number, Shingles>();
  return {
    questions,
    byId: new Map(questions.map((q, i) => [q.id, i])),
    postings,
    norms: lengths.map((length) => K1 * (1 - B + (B * length) / Math.max(1, averageLength))),
    idf,
    stopWords: stop,
    outlineOf: (index) => {
      let found = outlines.get(index);
      if (!found) {
        found = shinglesOf(questions[index]?.outline.join('\n') ?? '', rules);
        outlines.set(index, found);
      }
      return found;
    },
  };
}

/** BM25 of the answer (its text, or its words as scanned) against every question, best first. */
export function rankBank(bank: QuestionBank, text: string | readonly Word[]): Array<{ index: number; score: number }> {
  const scores = new Float64Array(bank.questions.length);
  for (const stem of new Set(stemsOf(text, bank.stopWords))) {
    const idf = bank.idf.get(stem);
    if (idf === undefined) continue;
    for (const [question, tf] of bank.postings.get(stem) ?? []) scores[question] = (scores[question] ?? 0) + idf * ((tf * (K1 + 1)) / (tf + (bank.norms[question] ?? K1)));
  }
  return Array.from(scores, (score, index) => ({ index, score })).sort((a, b) => b.score - a.score || a.index - b.index);
}
