/**
 * Does the sentence model beat the lexical coach where it could help? Two comparisons on labelled
 * answers, each printed side by side:
 *
 * 1. Rubric coverage (test/coach-labelled, the points a careful interviewer marked covered): the
 *    lexical rule alone, the model alone (a sentence within `--threshold` cosine of the point's
 *    "shows" text), and both together (a claim that is also close in meaning).
 * 2. Behavioral relevance (test/coach-eval/tuning and holdout): does the story show the question's
 *    competency? The lexical decision against the model's (the best sentence's cosine with the
 *    competency and the asked question's rubric, against the same for every other behavioral question).
 *
 *   node --import tsx scripts/eval-semantic.ts [--threshold 0.45]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyzeAnswer, type RubricPointInput } from '../src/coach/index.js';
import { answerSentences, cosine, SemanticClient } from '../src/coach/semantic/index.js';
import { loadContent } from '../src/content/index.js';
import { scoreFolder } from './eval-coach-sets.js';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const THRESHOLD = arg('--threshold', 0.45);
const client = new SemanticClient();
const embed = (texts: readonly string[]) => client.embed(texts);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const add = (t: Tally, expected: boolean, predicted: boolean): void => {
  if (expected && predicted) t.tp++;
  else if (predicted) t.fp++;
  else if (expected) t.fn++;
};
const pr = (t: Tally): string => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `precision ${p.toFixed(2)}  recall ${r.toFixed(2)}  F1 ${f1.toFixed(2)}`;
};

async function rubricCoverage(): Promise<void> {
  const dir = path.resolve(import.meta.dirname, '..', 'test', 'coach-labelled');
  const rubrics = parse(fs.readFileSync(path.join(dir, 'rubrics.yaml'), 'utf8')) as Record<string, RubricPointInput[]>;
  const files = [...fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'rubrics.yaml').map((f) => path.join(dir, f)), ...fs.readdirSync(path.join(dir, 'holdout')).map((f) => path.join(dir, 'holdout', f))];
  const lexical = tally();
  const model = tally();
  const both = tally();
  for (const file of files) {
    for (const answer of parse(fs.readFileSync(file, 'utf8')) as Array<{ type: 'behavioral'; prompt: string; rubric?: string; covered?: string[]; text: string }>) {
      const rubric = answer.rubric ? rubrics[answer.rubric] : undefined;
      if (!rubric) continue;
      const analysis = analyzeAnswer(answer.text, { type: answer.type, prompt: answer.prompt, rubric });
      const sentences = answerSentences(answer.text);
      const vectors = await embed(sentences.map((s) => s.text));
      const shows = await embed(rubric.map((p) => p.shows ?? p.point));
      rubric.forEach((point, i) => {
        const expected = (answer.covered ?? []).includes(point.point);
        const best = Math.max(0, ...vectors.map((v) => cosine(v, shows[i] as Float32Array)));
        const lex = analysis.rubric[i]?.covered ?? false;
        add(lexical, expected, lex);
        add(model, expected, best >= THRESHOLD);
        add(both, expected, lex && best >= THRESHOLD);
      });
    }
  }
  console.log(`\nRubric coverage on test/coach-labelled (${lexical.tp + lexical.fn} covered points), model threshold ${THRESHOLD}`);
  console.log(`  lexical (claims)        ${pr(lexical)}`);
  console.log(`  model alone             ${pr(model)}`);
  console.log(`  lexical and model       ${pr(both)}`);
}

async function competency(): Promise<void> {
  const content = loadContent();
  const behavioral = content.questions.filter((q) => q.type === 'behavioral');
  const targets = await embed(behavioral.map((q) => [q.competency?.name ?? '', ...q.rubric.map((p) => p.shows ?? p.point)].join('. ')));
  for (const folder of ['tuning', 'holdout']) {
    const lexical = tally();
    const model = tally();
    for (const s of scoreFolder(folder)) {
      const q = behavioral.find((x) => x.id === s.question);
      if (!q || !['other-question', 'realistic', 'ladder'].includes(s.category)) continue;
      // Expected: the story answers the asked question (realistic and ladder answers of quality 3+).
      const answersIt = s.category !== 'other-question' && s.quality >= 3;
      if (s.category !== 'other-question' && s.quality < 3) continue;
      const vectors = await embed(answerSentences(s.text).map((x) => x.text));
      const fit = (i: number): number => Math.max(0, ...vectors.map((v) => cosine(v, targets[i] as Float32Array)));
      const scores = behavioral.map((_, i) => fit(i));
      const asked = behavioral.indexOf(q);
      const rank = scores.filter((x) => x > (scores[asked] ?? 0)).length + 1;
      add(lexical, !answersIt, s.analysis.relevance.otherQuestion !== undefined || s.analysis.relevance.competency?.shown === false);
      add(model, !answersIt, rank > 3);
    }
    console.log(`\nBehavioral stories that do not answer the asked question (${folder}; positives = answers to another question)`);
    console.log(`  lexical (competency signals, bank rank)   ${pr(lexical)}`);
    console.log(`  model (asked question outside the top 3)  ${pr(model)}`);
  }
}

try {
  await rubricCoverage();
  await competency();
} finally {
  await client.close();
}
