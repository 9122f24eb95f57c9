import fs from 'node:fs';
import path from 'node:path';
import { requireProblems } from '/work/main/src/content/problems.js';
import { createJudge } from '/work/main/src/judge/index.js';
const problems = requireProblems(path.resolve('/work/main/content'));
const judge = createJudge({ jsWorkers: 1, pyProcesses: 1 });
await judge.warmUp();
await judge.prepare(problems);
const rows: [number, string, string][] = [];
for (const p of problems) {
  const dir = path.join('/work/main/src/judge/fixtures', p.id);
  if (!fs.existsSync(dir)) continue;
  for (const file of fs.readdirSync(dir).sort()) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    const t = performance.now();
    const r = await judge.judge(p, { lang: path.extname(file).slice(1) as 'ts', code, mode: 'submit' });
    rows.push([performance.now() - t, `${p.id}/${file}`, `${r.verdict} ${r.passed}/${r.total}`]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
let sum = 0; for (const r of rows) sum += r[0];
console.log('sum', sum.toFixed(0));
for (const r of rows) console.log(r[0].toFixed(0).padStart(6), r[1], r[2]);
await judge.close();
