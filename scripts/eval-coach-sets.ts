/**
 * The coach against answers written to fool it, and against realistic ones: keyword salad, answers to
 * another question, impossible numbers, wrong arithmetic, a recited outline, a repeated paragraph,
 * padded mediocre answers, other languages, realistic stories and equal-length quality ladders.
 * Each category prints its figures and its target; test/coach-eval/README.md describes the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { analyzeAnswer, buildQuestionBank, loadCoachRules, STAR_PARTS, type CoachAnalysis, type Span } from '../src/coach/index.js';
import { loadContent, type Question } from '../src/content/index.js';

const CATEGORIES = [
  'keyword-salad',
  'other-question',
  'implausible-numbers',
  'wrong-arithmetic',
  'recited-outline',
  'repeated-paragraph',
  'padded-mediocre',
  'non-english',
  'realistic',
  'ladder',
] as const;
type Category = (typeof CATEGORIES)[number];

const entrySchema = z.strictObject({
  id: z.string().min(1),
  question: z.string().min(1),
  category: z.enum(CATEGORIES),
  quality: z.number().int().min(1).max(5),
  parts: z.array(z.enum(STAR_PARTS)).optional(),
  spans: z.array(z.string()).optional(),
  pair: z.string().optional(),
  answers: z.string().optional(),
  text: z.string().min(1),
});
type Entry = z.infer<typeof entrySchema>;

export interface Scored extends Entry {
  analysis: CoachAnalysis;
}

export const EVAL_DIR = path.resolve(import.meta.dirname, '..', 'test', 'coach-eval');

function readFolder(dir: string): Entry[] {
  const entries: Entry[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = path.join(dir, name);
    const parsed = z.array(entrySchema).safeParse(parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path.relative(process.cwd(), file)}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    entries.push(...parsed.data);
  }
  return entries;
}

let bankCache: { questions: Map<string, Question>; bank: ReturnType<typeof buildQuestionBank> } | undefined;

function bank() {
  if (!bankCache) {
    const content = loadContent();
    bankCache = { questions: new Map(content.questions.map((q) => [q.id, q])), bank: buildQuestionBank(content.questions, loadCoachRules()) };
  }
  return bankCache;
}

export function scoreFolder(folder: string): Scored[] {
  const { questions, bank: index } = bank();
  return readFolder(path.join(EVAL_DIR, folder)).map((entry) => {
    const q = questions.get(entry.question);
    if (!q) throw new Error(`${entry.id}: unknown question "${entry.question}"`);
    const analysis = analyzeAnswer(entry.text, {
      type: q.type,
      rubric: q.rubric,
      prompt: q.prompt,
      questionId: q.id,
      outline: q.outline,
      bank: index,
      ...(q.competency ? { competency: q.competency } : {}),
    });
    return { ...entry, analysis };
  });
}

/** Spearman's rank correlation, with ties given their mean rank. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const ranks = (values: readonly number[]): number[] => {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const out = new Array<number>(values.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
      for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return out;
  };
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(rx), mean(ry)];
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i++) {
    const a = (rx[i] ?? 0) - mx;
    const b = (ry[i] ?? 0) - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}

export interface Figure {
  category: Category | 'all';
  figure: string;
  value: number;
  target: string;
  met: boolean;
  misses: string[];
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

function spanOfText(text: string, quote: string): Span | undefined {
  const at = text.indexOf(quote);
  return at < 0 ? undefined : [at, at + quote.length];
}

function flaggedSpans(scored: Scored, expected: readonly string[]): { found: number; missed: string[] } {
  const found = scored.analysis.integrity.numbers.map((n) => n.span);
  const missed = expected.filter((quote) => {
    const span = spanOfText(scored.text, quote);
    return !span || !found.some((f) => overlaps(f, span));
  });
  return { found: expected.length - missed.length, missed };
}

/** Every figure of every category present in `scored`. */
export function figures(scored: readonly Scored[]): Figure[] {
  const out: Figure[] = [];
  const of = (category: Category): Scored[] => scored.filter((s) => s.category === category);
  const push = (category: Category | 'all', figure: string, value: number, target: string, met: boolean, misses: string[] = []): void => {
    out.push({ category, figure, value, target, met, misses });
  };
  const maxScore = (category: Category, limit: number): void => {
    const items = of(category);
    if (items.length === 0) return;
    const over = items.filter((s) => s.analysis.score > limit);
    push(category, 'highest score', Math.max(...items.map((s) => s.analysis.score)), `<= ${limit}`, over.length === 0, over.map((s) => `${s.id} ${s.analysis.score}`));
  };

  maxScore('keyword-salad', 30);
  const salad = of('keyword-salad');
  if (salad.length) {
    const missed = salad.filter((s) => !s.analysis.integrity.keywordList.flagged && !s.analysis.relevance.otherQuestion && !s.analysis.integrity.recited.flagged);
    push('keyword-salad', 'flagged (keyword list, other question or recited)', (salad.length - missed.length) / salad.length, '>= 0.9', missed.length <= salad.length * 0.1, missed.map((s) => s.id));
  }
  maxScore('other-question', 30);
  const other = of('other-question');
  if (other.length) {
    const named = other.filter((s) => s.analysis.relevance.otherQuestion);
    push('other-question', 'named as another question', named.length / other.length, 'reported', true, other.filter((s) => !named.includes(s)).map((s) => s.id));
  }
  for (const category of ['implausible-numbers', 'wrong-arithmetic'] as const) {
    const items = of(category);
    if (items.length === 0) continue;
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    const falseAlarms: string[] = [];
    for (const s of items) {
      const spans = s.spans ?? [];
      expected += spans.length;
      const result = flaggedSpans(s, spans);
      found += result.found;
      misses.push(...result.missed.map((m) => `${s.id}: "${m}"`));
      if (spans.length === 0 && s.analysis.integrity.numbers.length > 0) falseAlarms.push(`${s.id}: ${s.analysis.integrity.numbers.map((n) => s.text.slice(...n.span)).join(' | ')}`);
    }
    push(category, 'bad numbers flagged with their span', expected ? found / expected : 1, '>= 0.9', expected === 0 || found / expected >= 0.9, misses);
    push(category, 'correct answers flagged', falseAlarms.length, '= 0', falseAlarms.length === 0, falseAlarms);
  }
  const honest = [...of('realistic'), ...of('ladder'), ...of('padded-mediocre')].filter((s) => s.analysis.integrity.numbers.length > 0);
  push('realistic', 'number findings on realistic answers', honest.length, '= 0', honest.length === 0, honest.map((s) => `${s.id}: ${s.analysis.integrity.numbers.map((n) => s.text.slice(...n.span)).join(' | ')}`));
  const recited = of('recited-outline');
  if (recited.length) {
    const missed = recited.filter((s) => !s.analysis.integrity.recited.flagged);
    push('recited-outline', 'flagged "mostly the model outline"', (recited.length - missed.length) / recited.length, '>= 0.9', missed.length <= recited.length * 0.1, missed.map((s) => `${s.id} share ${s.analysis.integrity.recited.share}`));
    maxScore('recited-outline', 40);
  }
  maxScore('repeated-paragraph', 30);
  const padded = of('padded-mediocre').filter((s) => s.pair);
  if (padded.length) {
    const gaps = padded.map((s) => {
      const strong = scored.find((x) => x.id === s.pair);
      return { id: s.id, gap: (strong?.analysis.score ?? 0) - s.analysis.score };
    });
    const short = gaps.filter((g) => g.gap < 15);
    push('padded-mediocre', 'smallest gap below its strong pair', Math.min(...gaps.map((g) => g.gap)), '>= 15', short.length === 0, short.map((g) => `${g.id} ${g.gap}`));
  }
  const foreign = of('non-english');
  if (foreign.length) {
    const missed = foreign.filter((s) => s.analysis.integrity.language !== 'other' || s.analysis.relevance.offTopic);
    push('non-english', 'told "the coach reads English answers"', (foreign.length - missed.length) / foreign.length, '= 1', missed.length === 0, missed.map((s) => s.id));
  }
  const stories = [...of('realistic'), ...of('ladder')].filter((s) => s.parts && s.quality >= 3);
  for (const part of STAR_PARTS) {
    const positives = stories.filter((s) => s.parts?.includes(part));
    if (positives.length === 0) continue;
    const missed = positives.filter((s) => !s.analysis.star[part].present);
    push('realistic', `${part} recall (quality 3+ stories)`, (positives.length - missed.length) / positives.length, '>= 0.9', missed.length <= positives.length * 0.1, missed.map((s) => s.id));
  }
  const strong = [...of('realistic'), ...of('ladder'), ...of('padded-mediocre')].filter((s) => s.quality === 5);
  if (strong.length) {
    const low = strong.filter((s) => s.analysis.score < 60);
    push('realistic', 'lowest score of a quality-5 answer', Math.min(...strong.map((s) => s.analysis.score)), '>= 60', low.length === 0, low.map((s) => `${s.id} ${s.analysis.score}`));
  }
  const ladder = of('ladder');
  if (ladder.length) {
    const rho = spearman(ladder.map((s) => s.quality), ladder.map((s) => s.analysis.score));
    push('ladder', 'Spearman, intended quality vs score (equal lengths)', Math.round(rho * 100) / 100, '>= 0.9', rho >= 0.9, ladder.map((s) => `${s.id} ${s.analysis.score}`));
  }
  return out;
}

/** Prints one folder's figures; returns how many miss their target. */
export function printFigures(title: string, list: readonly Figure[], details: boolean): number {
  console.log(`\n${title}\n`);
  console.log(`${'category'.padEnd(20)} ${'figure'.padEnd(52)} ${'value'.padStart(6)}  target`);
  let missed = 0;
  for (const f of list) {
    if (!f.met) missed++;
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
    console.log(`${f.category.padEnd(20)} ${f.figure.padEnd(52)} ${value.padStart(6)}  ${f.target}${f.met ? '' : '  <'}`);
    if (details && f.misses.length) console.log(`    ${f.misses.join('\n    ')}`);
  }
  console.log(missed === 0 ? '\nEvery figure meets its target.' : `\n${missed} figure(s) miss their target (marked <).`);
  return missed;
}
