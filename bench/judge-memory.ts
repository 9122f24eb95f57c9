/**
 * The judge process's memory across 50 hostile submissions (issue 14: under 400 MB). Called by
 * bench/run.ts; `node --import tsx bench/judge-memory.ts` prints it alone. The submissions throw
 * 60 MB error messages, print and return as much as the limits allow, and fill memory, in both
 * languages; the resident set of this process (which holds the QuickJS workers, not the type
 * checker's or the Python processes) is sampled throughout, and the type checker's is reported beside it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireProblems, type Problem } from '../src/content/problems.js';
import { createJudge, type Language } from '../src/judge/index.js';
import type { BenchRow } from './measure.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/judge/fixtures');
const HOSTILE: [Language, string][] = [
  ['js', "function solve(nums) { throw new Error('x'.repeat(60 * 1024 * 1024)); }"],
  ['js', "function solve(nums) { for (;;) console.log('y'.repeat(4096)); }"],
  ['js', "function solve(nums) { return 'z'.repeat(8 * 1024 * 1024); }"],
  ['js', 'function solve(nums) { const keep = []; for (;;) keep.push(new Array(4096).fill(nums)); }'],
  ['ts', "export function solve(nums: number[]): number { throw new RangeError('r'.repeat(30 * 1024 * 1024) + JSON.stringify(nums)); }"],
  ['py', 'def solve(nums):\n    raise ValueError("x" * (60 * 1024 * 1024))\n'],
  ['py', 'def solve(nums):\n    while True:\n        print("y" * 4096)\n'],
  ['py', 'def solve(nums):\n    return "z" * (8 * 1024 * 1024)\n'],
  ['py', 'def solve(nums):\n    keep = []\n    while True:\n        keep.append(bytearray(1 << 20))\n'],
  ['py', 'import sys\nsys.modules["__main__"]._run = lambda *a: "{}"\ndef solve(nums):\n    return 0\n'],
];

/** Resident MB of this process's children whose command line names `script`. */
function childRssMb(script: string): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script)) continue;
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // The process ended while it was read.
    }
  }
  return Math.round(total);
}

export async function benchJudgeMemory(): Promise<BenchRow[]> {
  const problem = requireProblems(FIXTURES)[0] as Problem;
  const roomy: Problem = { ...problem, limits: { ...problem.limits, memoryMb: 128, outputKb: 8 * 1024 } };
  const judge = createJudge({ jsWorkers: 2, pyProcesses: 2 });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    await judge.warmUp();
    for (let i = 0; i < 50; i++) {
      const [lang, code] = HOSTILE[i % HOSTILE.length]!;
      const result = await judge.judge(roomy, { lang, code, mode: 'submit' });
      if (result.verdict === 'accepted' || result.verdict === 'internal_error') throw new Error(`bench: hostile submission ${i} was judged ${result.verdict}`);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const after = process.memoryUsage().rss;
    const checker = childRssMb('type-check-worker');
    return [
      { name: 'judge: RSS after 50 hostile submissions', value: Math.round(after / 2 ** 20), unit: 'MB', target: '< 400 MB' },
      { name: 'judge: peak RSS during 50 hostile submissions', value: Math.round(peak / 2 ** 20), unit: 'MB', target: '< 400 MB' },
      { name: 'judge: RSS of the type checker process after them', value: checker, unit: 'MB', target: 'reported' },
    ];
  } finally {
    clearInterval(sampler);
    await judge.close();
  }
}

/**
 * The same, in a process of its own: inside `npm run bench` this process already holds what the
 * suites before it left, which would be counted as the judge's.
 */
export function benchJudgeMemoryApart(): Promise<BenchRow[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as BenchRow[]) : reject(new Error(`bench/judge-memory.ts exited with ${code}`))));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await benchJudgeMemory();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else for (const row of rows) console.log(`${row.name}: ${row.value} ${row.unit} (target ${row.target})`);
}
