import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PACKAGE_ROOT } from '../src/cli/run-cli.js';
import { percentile, type BenchRow } from './measure.js';

const BIN = path.join(PACKAGE_ROOT, 'bin', 'tpmprep.js');

function versionMs(): number {
  const start = performance.now();
  spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  return performance.now() - start;
}

/** Milliseconds from spawning `tpmprep serve` to the first 200 from /api/health. */
async function serverReadyMs(home: string): Promise<number> {
  const port = 3900 + Math.floor(Math.random() * 500);
  const start = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, TPMPREP_HOME: home, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - start;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
      if (performance.now() - start > 10_000) throw new Error('the server did not start within 10 s');
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/** Gzipped bytes of the first page: index.html plus every script and stylesheet it links. */
function firstPageGzipBytes(): number {
  const dist = path.join(PACKAGE_ROOT, 'web', 'dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return [html, ...linked.map((p) => fs.readFileSync(path.join(dist, p)))].reduce((sum, body) => sum + zlib.gzipSync(body).length, 0);
}

export async function benchStartup(): Promise<BenchRow[]> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-bench-'));
  try {
    versionMs();
    const version = Array.from({ length: 10 }, versionMs);
    await serverReadyMs(home);
    const ready: number[] = [];
    for (let i = 0; i < 5; i++) ready.push(await serverReadyMs(home));
    return [
      { name: 'tpmprep --version (p50 of 10)', value: percentile(version, 50), unit: 'ms', target: '< 300 ms' },
      { name: 'server ready (p50 of 5)', value: percentile(ready, 50), unit: 'ms', target: '< 1500 ms' },
      { name: 'first page HTML+JS+CSS gzipped', value: firstPageGzipBytes() / 1024, unit: 'KB', target: '< 300 KB' },
    ];
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
