/**
 * Regenerates content/cases/<slug>/data.csv from each case's seed, then checks every numeric answer in
 * case.md against what the data gives.
 *
 *   node --import tsx scripts/generate-cases.ts            write every data.csv, then check the answers
 *   node --import tsx scripts/generate-cases.ts --check    write nothing; fail if a file or answer differs
 *   node --import tsx scripts/generate-cases.ts --answers  print the answers the data gives, per case
 *   ... [slug]                                             only that case
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCases } from '../src/content/cases.js';
import { defaultContentRoot } from '../src/content/index.js';
import { CASE_GENERATORS, csvText } from './cases/index.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const printAnswers = args.includes('--answers');
const only = args.find((a) => !a.startsWith('--'));
const root = defaultContentRoot();
const generators = CASE_GENERATORS.filter((g) => !only || g.slug === only);
if (only && generators.length === 0) {
  console.error(`no case "${only}"; the cases are: ${CASE_GENERATORS.map((g) => g.slug).join(', ')}`);
  process.exit(2);
}

let failures = 0;
for (const generator of generators) {
  const file = path.join(root, 'cases', generator.slug, 'data.csv');
  const text = csvText(generator);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (check) {
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), file)}: differs from what seed ${generator.seed} generates; run without --check to rewrite it`);
      failures++;
    }
  } else if (current !== text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${text.split('\n').length - 2} rows)`);
  }
}

const loaded = loadCases(root);
for (const problem of loaded.problems) console.error(`${problem.path}:${problem.line}: ${problem.message}`);
failures += loaded.problems.length;
for (const generator of generators) {
  const found = loaded.items.find((c) => c.id === generator.slug);
  if (!found) continue;
  const computed = generator.answers(found.rows);
  if (printAnswers) console.log(`${generator.slug}: ${JSON.stringify(computed)}`);
  const numeric = found.questions.filter((q) => q.kind === 'numeric');
  for (const q of numeric) {
    if (computed[q.id] === undefined) {
      console.error(`${found.file}: question "${q.id}" has no computation in scripts/cases/${generator.slug}.ts`);
      failures++;
    } else if (computed[q.id] !== q.answer) {
      console.error(`${found.file}: question "${q.id}" says ${q.answer}; the data gives ${computed[q.id]}`);
      failures++;
    }
  }
  for (const id of Object.keys(computed)) {
    if (!numeric.some((q) => q.id === id)) console.error(`${found.file}: the data gives "${id}" = ${computed[id]}, but no numeric question has that id`);
  }
}
if (failures > 0) process.exitCode = 1;
