import path from 'node:path';
import { requireProblems } from '/work/main/src/content/problems.js';
import { createJudge, stripTypes } from '/work/main/src/judge/index.js';
const problems = requireProblems(path.resolve('/work/main/content'));
const judge = createJudge({ jsWorkers: 1, pyProcesses: 1 });
let t = performance.now();
await judge.warmUp();
console.log('warm', (performance.now() - t).toFixed(0));
for (const p of problems) {
  const row: string[] = [p.id, String(p.tests.length)];
  for (const lang of ['ts', 'js', 'py'] as const) {
    const code = lang === 'py' ? p.solution.py : lang === 'js' ? await stripTypes(p.solution.ts) : p.solution.ts;
    t = performance.now();
    const r = await judge.judge(p, { lang, code, mode: 'submit' });
    row.push(`${lang} ${r.verdict} ${(performance.now() - t).toFixed(0)}ms`);
  }
  console.log(row.join('  '));
}
await judge.close();
