/**
 * Judge benchmarks, called by bench/run.js: cold start, warm judge time for lru-cache in TypeScript
 * and Python (10 back-to-back Python Runs, and Runs after a pause), the warm type check, and
 * submissions per second with 4 concurrent clients.
 *
 * "Run" judges the visible examples (what the Run button does); "Submit" judges every test,
 * including lru-cache's two 150,000-operation stress tests. Limits count CPU time, so the numbers
 * below are wall times as a user sees them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireProblems, type Problem } from '../src/content/problems.js';
import { createJudge, type Judge, type Language, type Mode } from '../src/judge/index.js';
import { makeSnapshot } from '../src/judge/py-process.js';
import { createTypeChecker } from '../src/judge/type-check.js';
import { percentile, type BenchRow } from './measure.js';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');
const WARM_SAMPLES = 15;
const THROUGHPUT_SECONDS = 8;

export async function benchJudge(): Promise<BenchRow[]> {
  const lru = requireProblems(CONTENT).find((p) => p.id === 'lru-cache');
  if (!lru) throw new Error('content/problems/lru-cache is missing');
  const results: BenchRow[] = [];
  results.push(await snapshotBuild());
  results.push(...(await coldStarts(lru)));

  const judge = createJudge({ jsWorkers: 2, pyProcesses: 2 });
  try {
    await judge.warmUp();
    await judgeOnce(judge, lru, 'ts', 'submit'); // expected values of the generated tests are computed once
    const backToBack = await backToBackRuns(judge, lru);
    await new Promise((resolve) => setTimeout(resolve, 5_000)); // the spares are built again
    const poolMb = pythonPoolRssMb();
    results.push(
      { name: 'judge: lru-cache TypeScript, warm, Run, p50 (type check included)', value: await warmP50(judge, lru, 'ts', 'run'), unit: 'ms', target: '< 100 ms' },
      { name: 'judge: TypeScript type check, warm, p50', value: await typeCheckP50(lru), unit: 'ms', target: '< 300 ms: type errors are compile errors' },
      { name: 'judge: lru-cache Python, 10 back-to-back Runs, p50', value: round(percentile(backToBack, 50)), unit: 'ms', target: '< 300 ms' },
      { name: 'judge: lru-cache Python, 10 back-to-back Runs, p95', value: round(percentile(backToBack, 95)), unit: 'ms', target: '< 600 ms' },
      { name: 'judge: Python pool, resident memory of its processes, spares built', value: poolMb, unit: 'MB' },
      { name: 'judge: lru-cache Python, warm, Run after a pause, p50', value: await warmP50(judge, lru, 'py', 'run'), unit: 'ms', target: '< 300 ms' },
      { name: 'judge: lru-cache TypeScript, warm, Submit (all 10 tests), p50', value: await warmP50(judge, lru, 'ts', 'submit'), unit: 'ms' },
      { name: 'judge: lru-cache Python, warm, Submit (all 10 tests), p50', value: await warmP50(judge, lru, 'py', 'submit'), unit: 'ms' },
      { name: 'judge: 4 concurrent clients, TypeScript Submit', value: await throughput(judge, lru, 'ts', 'submit'), unit: 'submissions/s' },
      { name: 'judge: 4 concurrent clients, TypeScript Run', value: await throughput(judge, lru, 'ts', 'run'), unit: 'submissions/s' },
      { name: 'judge: 4 concurrent clients, Python Run', value: await throughput(judge, lru, 'py', 'run'), unit: 'submissions/s' },
    );
  } finally {
    await judge.close();
  }
  return results;
}

async function judgeOnce(judge: Judge, problem: Problem, lang: Language, mode: Mode): Promise<number> {
  const code = lang === 'py' ? problem.solution.py : problem.solution.ts;
  const started = performance.now();
  const result = await judge.judge(problem, { lang, code, mode });
  if (result.verdict !== 'accepted') throw new Error(`bench: the ${lang} reference was judged ${result.verdict}: ${result.message ?? ''}`);
  return performance.now() - started;
}

/** One full Pyodide load to build the memory snapshot that every Python sandbox starts from. */
async function snapshotBuild(): Promise<BenchRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-bench-'));
  try {
    const started = performance.now();
    await makeSnapshot(path.join(dir, 'pyodide.snapshot'));
    return { name: 'judge: Python snapshot build (first start on a machine)', value: round(performance.now() - started), unit: 'ms' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** From createJudge() to the first verdict, sandboxes started on demand (snapshot already cached). */
async function coldStarts(problem: Problem): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  for (const lang of ['ts', 'py'] as const) {
    const started = performance.now();
    const judge = createJudge({ jsWorkers: 2, pyProcesses: 2 });
    try {
      await judge.judge(problem, { lang, code: lang === 'py' ? problem.solution.py : problem.solution.ts, mode: 'run' });
    } finally {
      await judge.close();
    }
    out.push({ name: `judge: cold start to first verdict, ${lang === 'ts' ? 'TypeScript' : 'Python'} Run`, value: round(performance.now() - started), unit: 'ms' });
  }
  return out;
}

/**
 * Median of sequential submissions by one user. A Python interpreter serves one submission, so a
 * pause lets the pool build the next one, as it does between a person's clicks.
 */
async function warmP50(judge: Judge, problem: Problem, lang: Language, mode: Mode): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARM_SAMPLES; i++) {
    if (lang === 'py') await new Promise((resolve) => setTimeout(resolve, 1_500));
    times.push(await judgeOnce(judge, problem, lang, mode));
  }
  return round(percentile(times, 50));
}

/** Ten Python Runs one right after the other: the pool's built spares, not pauses, must keep up. */
async function backToBackRuns(judge: Judge, problem: Problem): Promise<number[]> {
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // the pool is full when the burst starts
  const times: number[] = [];
  for (let i = 0; i < 10; i++) times.push(await judgeOnce(judge, problem, 'py', 'run'));
  return times;
}

/** Resident memory of this process's Pyodide children (Linux /proc; 0 elsewhere). */
function pythonPoolRssMb(): number {
  let kb = 0;
  for (const pid of fs.existsSync('/proc') ? fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)) : []) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('py-child.mjs')) continue;
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended while being read
    }
  }
  return Math.round(kb / 1024);
}

/** The type checker alone, warm: the cost every TypeScript submission pays before it runs. */
async function typeCheckP50(problem: Problem): Promise<number> {
  const checker = createTypeChecker();
  try {
    await checker.warmUp();
    const times: number[] = [];
    for (let i = 0; i < WARM_SAMPLES; i++) {
      const started = performance.now();
      const errors = await checker.check(`${problem.solution.ts}\n// ${i}`);
      if (errors?.length !== 0) throw new Error(`bench: the type check of the reference failed: ${JSON.stringify(errors)}`);
      times.push(performance.now() - started);
    }
    return round(percentile(times, 50));
  } finally {
    await checker.close();
  }
}

async function throughput(judge: Judge, problem: Problem, lang: Language, mode: Mode): Promise<number> {
  const deadline = performance.now() + THROUGHPUT_SECONDS * 1000;
  let done = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      await judgeOnce(judge, problem, lang, mode);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all([client(), client(), client(), client()]);
  return Math.round((done / ((performance.now() - started) / 1000)) * 10) / 10;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

// `node --import tsx bench/judge.ts` prints the results on their own.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchJudge()) {
    console.log(`${result.name}: ${result.value} ${result.unit}${result.target ? ` (target ${result.target})` : ''}`);
  }
}
