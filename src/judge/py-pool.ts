import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UnavailableError } from '../core/errors.js';
import { makeSnapshot, PyProcess, snapshotCachePath } from './py-process.js';

/**
 * The warm Python pool: `processes` locked-down Pyodide processes, each holding up to `spares`
 * interpreters built before any submission asks. A submission takes an interpreter no code has run
 * in and drops it afterwards; the process then builds another while it has nothing to judge.
 *
 * A build takes ~0.5 s of CPU and blocks its process, so builds are placed where they delay no one:
 * a process builds when it has no spare left, when another process can serve the next submission
 * right away, or when no submission has come for QUIET_MS. A burst of Runs is served from the spares
 * of one process while the other refills.
 */
export interface PyPoolOptions {
  processes: number;
  /** Interpreters each process keeps built ahead. */
  spares: number;
  /** The Pyodide package folder; the installed one by default (tests point it elsewhere). */
  pyodideDir?: string;
}

/** A process builds up to this many interpreters, then is replaced: its JavaScript heap starts clean again. */
const BUILDS_PER_PROCESS = 32;
/** No submission for this long: the pool may fill every process's spares. */
const QUIET_MS = 250;
/** Failed starts of one pool slot after which waiting submissions fail instead of waiting on. */
const MAX_START_ATTEMPTS = 3;

type State = 'starting' | 'idle' | 'building' | 'serving' | 'releasing';

interface Member {
  process: PyProcess;
  state: State;
  spares: number;
  builds: number;
}

export class PyPool {
  private readonly members = new Set<Member>();
  private readonly byProcess = new Map<PyProcess, Member>();
  private readonly waiting: { resolve: (process: PyProcess) => void; reject: (error: Error) => void }[] = [];
  private closed = false;
  private starting = 0;
  /** Slots given up after repeated failed starts; the next submission tries them again. */
  private abandoned = 0;
  private lastRequest = 0;
  private privateDir: string | undefined;
  private snapshot: Promise<string> | undefined;
  private first: Promise<void> | undefined;
  /** Set once the first process is up: from then on the pool keeps `processes` of them. */
  private filling = false;
  private quietTimer: NodeJS.Timeout | undefined;
  private keepAlive: NodeJS.Timeout | undefined;

  constructor(private readonly options: PyPoolOptions) {}

  /** Starts the processes (the first alone, so it does not share the CPU) and waits for one interpreter each. */
  warmUp(): Promise<void> {
    // Whoever waits for the pool keeps Node running until it is up; the processes themselves do not.
    const hold = setInterval(() => undefined, 1_000);
    return this.start().finally(() => clearInterval(hold));
  }

  private start(): Promise<void> {
    this.first ??= this.startOne().then(() => {
      this.filling = true;
      const rest = Math.max(0, this.options.processes - this.members.size - this.starting);
      return Promise.all(Array.from({ length: rest }, () => this.startOne())).then(() => undefined);
    });
    return this.first;
  }

  /** Waits, first come first served, for a process with a fresh interpreter; the caller must `giveBack` it. */
  acquire(): Promise<PyProcess> {
    if (this.closed) return Promise.reject(new UnavailableError('the judge is closed; create a new one'));
    if (!this.first) void this.start().catch(() => undefined);
    if (this.abandoned > 0) this.filling = true; // a first start that failed is not waited for again
    for (; this.abandoned > 0; this.abandoned--) void this.startOne().catch(() => undefined);
    this.lastRequest = performance.now();
    const taken = new Promise<PyProcess>((resolve, reject) => this.waiting.push({ resolve, reject }));
    this.pump();
    return taken;
  }

  /** The submission is done: its interpreter is dropped and the process serves again. */
  giveBack(process: PyProcess): void {
    const member = this.byProcess.get(process);
    if (!member || member.state !== 'serving') return;
    if (process.dead) return; // the exit handler removes it and starts a replacement
    member.state = 'releasing';
    process.release().then(
      () => {
        member.state = 'idle';
        this.pump();
      },
      () => undefined, // the process was killed; its exit handler replaces it
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.quietTimer);
    clearInterval(this.keepAlive);
    for (const waiter of this.waiting.splice(0)) waiter.reject(new UnavailableError('the judge was closed before this submission ran'));
    for (const member of this.members) member.process.kill();
    this.members.clear();
    this.byProcess.clear();
    await this.snapshot?.catch(() => undefined);
    if (this.privateDir) fs.rmSync(this.privateDir, { recursive: true, force: true });
  }

  /** Serves waiting submissions, schedules builds, retires and replaces processes. */
  private pump(): void {
    if (this.closed) return;
    for (let member = this.servable(); member && this.waiting.length > 0; member = this.servable()) {
      member.state = 'serving';
      member.spares--;
      this.waiting.shift()?.resolve(member.process);
    }
    const quiet = performance.now() - this.lastRequest >= QUIET_MS;
    for (const member of this.members) {
      if (member.state !== 'idle') continue;
      if (member.spares === 0 && member.builds >= BUILDS_PER_PROCESS) {
        this.retire(member);
        continue;
      }
      if (member.spares >= this.options.spares || member.builds >= BUILDS_PER_PROCESS) continue;
      const otherServes = [...this.members].some((other) => other !== member && other.state === 'idle' && other.spares > 0);
      if (member.spares === 0 || otherServes || quiet) this.build(member);
    }
    const missing = this.options.processes - this.members.size - this.starting - this.abandoned;
    if (this.filling) for (let i = 0; i < missing; i++) void this.startOne().catch(() => undefined);
    this.scheduleQuietFill(quiet);
    this.holdProcessWhileWaiting();
  }

  /** An idle process with a spare; the one with the fewest, so one process empties while another refills. */
  private servable(): Member | undefined {
    let best: Member | undefined;
    for (const member of this.members) {
      if (member.state === 'idle' && member.spares > 0 && (!best || member.spares < best.spares)) best = member;
    }
    return best;
  }

  private build(member: Member): void {
    member.state = 'building';
    member.builds++;
    member.process.build().then(
      () => {
        member.spares++;
        member.state = 'idle';
        this.pump();
      },
      () => undefined, // killed: the exit handler replaces the process
    );
  }

  private retire(member: Member): void {
    this.members.delete(member);
    this.byProcess.delete(member.process);
    member.process.kill();
  }

  private scheduleQuietFill(quiet: boolean): void {
    if (quiet || this.quietTimer) return;
    const wanting = [...this.members].some((m) => m.state === 'idle' && m.spares < this.options.spares && m.builds < BUILDS_PER_PROCESS);
    if (!wanting) return;
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      this.pump();
    }, QUIET_MS);
    this.quietTimer.unref();
  }

  /** The pool's processes and timers are unref'd; a submission waiting for one keeps Node running. */
  private holdProcessWhileWaiting(): void {
    if (this.waiting.length > 0 && !this.keepAlive) this.keepAlive = setInterval(() => undefined, 1_000);
    if (this.waiting.length === 0 && this.keepAlive) {
      clearInterval(this.keepAlive);
      this.keepAlive = undefined;
    }
  }

  private ensureSnapshot(): Promise<string> {
    this.snapshot ??= (async () => {
      const cached = snapshotCachePath(this.options.pyodideDir);
      if (cached && fs.existsSync(cached)) return cached;
      // No usable cache folder: a private one for this judge, removed on close.
      const target = cached ?? path.join((this.privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-judge-'))), 'pyodide.snapshot');
      const partial = `${target}.${process.pid}.${Date.now()}.partial`;
      await makeSnapshot(partial, this.options.pyodideDir);
      fs.renameSync(partial, target); // atomic: a concurrent judge sees the whole file or none
      return target;
    })();
    return this.snapshot;
  }

  /** Starts one process: retries a failed start, then gives the slot up and fails the waiting. */
  private async startOne(): Promise<void> {
    this.starting++;
    try {
      for (let attempt = 1; !this.closed; attempt++) {
        let started: PyProcess | undefined;
        try {
          const file = await this.ensureSnapshot();
          if (this.closed) return;
          started = new PyProcess(file, this.options.pyodideDir);
          await started.ready;
          if (this.closed) return started.kill();
          this.admit(started);
          return;
        } catch (error) {
          started?.kill();
          this.snapshot = undefined; // rebuilt on the next attempt, in case it was the problem
          if (attempt < MAX_START_ATTEMPTS) {
            await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
            continue;
          }
          this.abandoned++;
          const failure = new UnavailableError(`the Python sandbox cannot start: ${error instanceof Error ? error.message : String(error)}`);
          for (const waiter of this.waiting.splice(0)) waiter.reject(failure);
          this.holdProcessWhileWaiting();
          throw failure;
        }
      }
    } finally {
      this.starting--;
    }
  }

  private admit(process: PyProcess): void {
    const member: Member = { process, state: 'idle', spares: 1, builds: 1 };
    this.members.add(member);
    this.byProcess.set(process, member);
    process.child.once('exit', () => {
      if (!this.members.delete(member)) return;
      this.byProcess.delete(process);
      this.pump();
    });
    if (process.dead) return void this.members.delete(member);
    this.pump();
  }
}
