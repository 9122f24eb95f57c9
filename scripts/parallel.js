// Runs npm scripts side by side (`node scripts/parallel.js typecheck lint`), prints each one's output whole
// when it ends, and fails if any of them fails. The checks before the tests are single-threaded, so two of
// them share a two-core machine without slowing each other much.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/parallel.js <npm script> [<npm script> ...]');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', (error) => resolve({ name, code: 1, output: `${output}could not start: ${error.message}\n`, seconds: 0 }));
      child.on('close', (code) => resolve({ name, code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
    }).then((run) => {
      const status = run.code === 0 ? 'passed' : `FAILED (exit ${run.code})`;
      process.stdout.write(`\n> ${run.name}: ${status} in ${run.seconds.toFixed(1)} s\n${run.output}`);
      return run.code;
    }),
);

const codes = await Promise.all(runs);
process.exit(codes.find((code) => code !== 0) ?? 0);
