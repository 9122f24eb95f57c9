// `npm run bench`: every benchmark, printed as one table. Compare ratios within one run: machines are shared.
import { benchCalc } from './calc.js';
import { benchCoach } from './coach.js';
import { benchExercises } from './exercises.js';
import { benchFlashcards } from './flashcards.js';
import { benchJudge } from './judge.js';
import { benchJudgeMemoryApart } from './judge-memory.js';
import type { BenchRow } from './measure.js';
import { benchMock } from './mock.js';
import { benchPlan } from './plan.js';
import { benchSearch } from './search.js';
import { benchSemantic } from './semantic.js';
import { benchSpeech } from './speech.js';
import { benchStartup } from './startup.js';

const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['startup', benchStartup],
  ['search', benchSearch],
  ['coach', benchCoach],
  ['judge', benchJudge],
  ['judge-memory', benchJudgeMemoryApart],
  ['flashcards', benchFlashcards],
  ['calc', benchCalc],
  ['exercises', benchExercises],
  ['plan', benchPlan],
  ['mock', benchMock],
  ['semantic', benchSemantic],
  ['speech', benchSpeech],
];
// Embedding the whole bank cold takes minutes: the semantic suite runs only when named
// (`npm run bench -- semantic`); the coach does not score with it (see scripts/eval-semantic.ts).
const NAMED_ONLY = new Set(['semantic']);

const only = process.argv[2];
const rows: Array<BenchRow & { suite: string }> = [];
for (const [suite, run] of suites) {
  if (only ? only !== suite : NAMED_ONLY.has(suite)) continue;
  process.stderr.write(`running ${suite}…\n`);
  for (const row of await run()) rows.push({ suite, ...row });
}

const format = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const table = [['suite', 'benchmark', 'value', 'unit', 'target'], ...rows.map((r) => [r.suite, r.name, format(r.value), r.unit, r.target ?? ''])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const [n, row] of table.entries()) {
  console.log(row.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd());
  if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
