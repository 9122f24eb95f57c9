import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PyPool } from './py-pool.js';
import type { PyProcess, Settled } from './py-process.js';

/**
 * The warm pool reuses a process, never an interpreter: a submission that changes everything it can
 * reach (files, builtins, modules, the import system, the environment) leaves nothing for the next
 * submission judged in the same process.
 */
const pool = new PyPool({ processes: 1, spares: 2 });
beforeAll(() => pool.warmUp(), 120_000);
afterAll(() => pool.close());

async function judgeOnce(code: string): Promise<{ pid: number | undefined; settled: Settled }> {
  const process = await pool.acquire();
  try {
    const send = (message: object) => process.request(message, 5_000, 1_000, 30_000, Infinity);
    const job = { type: 'load', code, entry: 'solve', kind: 'function', restrictions: [], memoryBytes: 64 << 20, outputBytes: 64 << 10 };
    expect((await send(job)).settled).toEqual({ type: 'loaded' });
    expect((await send({ type: 'prepare', input: '{"args": [[1, 2, 3]]}' })).settled).toEqual({ type: 'prepared' });
    return { pid: process.child.pid, settled: (await send({ type: 'test' })).settled };
  } finally {
    pool.giveBack(process as PyProcess);
  }
}

const POLLUTE = `
import builtins, json, os, string, sys
open("/tmp/left-behind.txt", "w").write("secret of the previous submission")
os.makedirs("/home/pyodide/planted", exist_ok=True)
builtins.leaked = "from the previous submission"
builtins.sum = lambda values: 999
sys.modules["leaked"] = sys
json.dumps = lambda *a, **k: "999"
string.ascii_letters = "leak"
sys.setrecursionlimit(77)
os.environ["LEAKED"] = "1"
class Finder:
    def find_spec(self, *args):
        return None
sys.meta_path.insert(0, Finder())
sys.path.insert(0, "/tmp/planted")
def solve(nums):
    return 1
`;

const PROBE = `
import builtins, json, os, string, sys
def solve(nums):
    return [
        os.path.exists("/tmp/left-behind.txt"),
        os.path.exists("/home/pyodide/planted"),
        hasattr(builtins, "leaked"),
        sum([1, 2, 3]),
        "leaked" in sys.modules,
        json.dumps([1]),
        string.ascii_letters[:4],
        sys.getrecursionlimit() == 77,
        "LEAKED" in os.environ,
        [type(f).__name__ for f in sys.meta_path if type(f).__name__ == "Finder"],
        "/tmp/planted" in sys.path,
    ]
`;

it('judges the next submission in the same process, in an interpreter the previous one never touched', async () => {
  const first = await judgeOnce(POLLUTE);
  expect(first.settled).toEqual({ type: 'result', output: '1', stdout: '', printed: 0 });
  const second = await judgeOnce(PROBE);
  expect(second.pid).toBe(first.pid);
  expect(second.settled).toMatchObject({ type: 'result', output: '[false,false,false,6,false,"[1]","abcd",false,false,[],false]' });
}, 120_000);


it('does not keep Node running once the submissions are judged, even when the judge is never closed', async () => {
  const script = [
    `import { requireProblems } from ${JSON.stringify(path.join(import.meta.dirname, '../content/problems.ts'))};`,
    `import { createJudge } from ${JSON.stringify(path.join(import.meta.dirname, 'index.ts'))};`,
    `const problem = requireProblems(${JSON.stringify(path.join(import.meta.dirname, 'fixtures'))})[0];`,
    `const result = await createJudge({ jsWorkers: 1, pyProcesses: 2 }).judge(problem, { lang: 'py', code: problem.solution.py, mode: 'run' });`,
    `const judged = performance.now();`,
    `process.on('exit', () => console.log(JSON.stringify({ verdict: result.verdict, exitMs: performance.now() - judged })));`,
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 110_000 });
  const report = JSON.parse(child.stdout.trim()) as { verdict: string; exitMs: number };
  expect(report.verdict).toBe('accepted');
  // The second process is still starting when the verdict is in; Node does not wait for it.
  expect(report.exitMs).toBeLessThan(2_000);
}, 120_000);
