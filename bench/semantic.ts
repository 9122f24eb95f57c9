/**
 * Semantic layer benchmark: the sentence model's cold load in its worker, the memory it adds, the
 * bank's vectors made cold and read from the disk cache, a semantic pass over a pasted 300-word
 * answer (target < 400 ms warm) and one new sentence while typing (target < 50 ms).
 *
 * RSS is per process: the worker thread lives in this process, so "RSS" rows are host and worker
 * together, as a server that hosts the worker would see them; the worker's own JavaScript heap is
 * reported separately (the model's weights sit in WebAssembly memory, outside any JS heap).
 *
 * The machines are shared, so wall times swing with the load (printed first). Beside each wall
 * time is the CPU time the work took (the worker's thread plus this thread, from
 * /proc/thread-self/schedstat): what it would take on an idle machine, less the overlap of the two.
 *
 *   node --import tsx bench/run.ts semantic
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerSentences, BankScorer, loadBankVectors, scorerFor, SemanticClient, semanticMatches, semanticPass, type LoadedBank } from '../src/coach/semantic/index.js';
import { embed as embedInProcess } from '../src/coach/semantic/embedder.mjs';
import { contentFingerprint } from '../src/content/cache.js';
import { loadContent } from '../src/content/index.js';
import { ANSWER_300 } from './coach.js';
import { percentile, type BenchRow } from './measure.js';

const MB = 1024 * 1024;

/** CPU time of the calling thread in ms (Linux); 0 elsewhere, and the CPU rows then read 0. */
function threadCpuMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return 0;
  }
}

/** Wall and CPU (worker + this thread) ms of one awaited run. */
async function timed(client: SemanticClient, run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const worker = client.stats().workerCpuMs;
  const main = threadCpuMs();
  const start = performance.now();
  await run();
  return { wall: performance.now() - start, cpu: client.stats().workerCpuMs - worker + threadCpuMs() - main };
}
const rssMb = () => process.memoryUsage().rss / MB;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Sentences a person might type next, none of them in the answer. */
const NEW_SENTENCES = [
  'Next time I would ask for a written dependency contract on day one.',
  'The directors later used our plan as the template for two other launches.',
  'I also set up a weekly risk review with the warehouse team.',
  'The biggest lesson was to surface bad news as soon as I had it.',
  'Our support team saw no rise in tickets during the first month.',
  'We kept the batch export as a fallback for the next peak season.',
  'I shared the post-mortem with every team that depended on the inventory API.',
  'Marketing kept its campaign dates because we never moved the launch.',
  'In hindsight a smaller pilot city would have lowered the risk further.',
  'I thanked the warehouse lead publicly in the launch announcement.',
  'The export job failed once, and the buffer absorbed it without cancellations.',
];

export async function benchSemantic(): Promise<BenchRow[]> {
  const content = loadContent();
  const questionId = (content.questions.find((q) => q.type === 'behavioral' && /depend|cross-team|risk/i.test(`${q.title} ${q.prompt}`)) ?? content.questions[0]!).id;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-bench-semantic-'));
  const client = new SemanticClient();
  const rows: BenchRow[] = [{ name: 'machine load average (1 min) at the start, on this many cores', value: round(os.loadavg()[0]!), unit: `on ${os.cpus().length}` }];
  const both = (name: string, t: { wall: number; cpu: number }, target?: string): BenchRow[] => [
    { name: `${name}, wall`, value: round(t.wall, t.wall >= 100 ? 0 : 1), unit: 'ms', ...(target ? { target } : {}) },
    { name: `${name}, CPU (worker + host)`, value: round(t.cpu, t.cpu >= 100 ? 0 : 1), unit: 'ms' },
  ];
  const median = (runs: Array<{ wall: number; cpu: number }>) => ({ wall: percentile(runs.map((r) => r.wall), 50), cpu: percentile(runs.map((r) => r.cpu), 50) });
  try {
    const rssBefore = rssMb();
    const started = performance.now();
    const loadMs = await client.warmUp();
    const readyMs = performance.now() - started;
    const rssLoaded = rssMb();
    rows.push(
      { name: 'model load in the worker, cold: model init, wall', value: round(loadMs, 0), unit: 'ms' },
      { name: 'model load in the worker, cold: thread start to ready, wall', value: round(readyMs, 0), unit: 'ms' },
      { name: 'model load in the worker, cold: thread start to ready, CPU', value: round(client.stats().loadCpuMs ?? 0, 0), unit: 'ms' },
    );

    // Per-sentence cost at the worker's batch size, on sentences it has not seen.
    const sentences = answerSentences(ANSWER_300).map((s) => s.text);
    await client.embed(['warm the model up with one sentence.'], { cache: false });
    const perRequest: Array<{ wall: number; cpu: number }> = [];
    for (let i = 0; i < 3; i++) perRequest.push(await timed(client, () => client.embed(sentences.map((s) => `${s} (${i})`), { cache: false })));
    const perSentence = median(perRequest);
    rows.push(...both(`embedding, per answer sentence (${sentences.length} a request, median of 3)`, { wall: perSentence.wall / sentences.length, cpu: perSentence.cpu / sentences.length }, '~30 ms'));
    const workerHeap = await client.workerMemory();

    // The bank, cold (every text through the worker) and from the disk cache.
    const fingerprint = contentFingerprint(content.root);
    const options = { questions: content.questions, fingerprint, cacheDir, embed: (texts: readonly string[]) => client.embed(texts, { cache: false }) };
    let cold: LoadedBank | undefined;
    const coldTime = await timed(client, async () => {
      cold = await loadBankVectors(options);
    });
    if (cold?.source !== 'model') throw new Error('the bank should have been embedded cold');
    let bank = cold.bank;
    const cachedRuns: Array<{ wall: number; cpu: number }> = [];
    for (let i = 0; i < 5; i++) {
      cachedRuns.push(
        await timed(client, async () => {
          const cached = await loadBankVectors(options);
          if (cached.source !== 'cache') throw new Error('the bank should have come from the disk cache');
          bank = cached.bank;
        }),
      );
    }
    const fileMb = (fs.statSync(cold.files.data).size + fs.statSync(cold.files.index).size) / MB;
    rows.push(
      { name: `bank vectors cold: ${content.questions.length} questions, ${cold.texts} texts, wall`, value: round(coldTime.wall / 1000, 1), unit: 's' },
      { name: 'bank vectors cold, CPU (worker + host)', value: round(coldTime.cpu / 1000, 1), unit: 's' },
      { name: 'bank vectors cold, per text, CPU', value: round(coldTime.cpu / cold.texts), unit: 'ms' },
      ...both('bank vectors from the disk cache (p50 of 5)', median(cachedRuns)),
      { name: 'bank cache on disk', value: round(fileMb, 2), unit: 'MB' },
    );

    // A pasted 300-word answer, model warm, no sentence cached: split, embed all, match, rank.
    const words = ANSWER_300.split(/\s+/).filter(Boolean).length;
    const embedCached = (texts: readonly string[]) => client.embed(texts);
    const passRuns: Array<{ wall: number; cpu: number }> = [];
    for (let i = 0; i < 5; i++) {
      // A pasted answer: neither its vectors nor its rows against the bank are cached.
      client.clearCache();
      scorerFor(bank).clearRows();
      passRuns.push(await timed(client, () => semanticPass(ANSWER_300, questionId, bank, embedCached)));
    }
    const vectors = await client.embed(sentences);
    const scored = sentences.map((key, i) => ({ key, vector: vectors[i]! }));
    const plainTimes: number[] = [];
    const freshTimes: number[] = [];
    const cachedRowTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      let t1 = performance.now();
      semanticMatches(vectors, bank, questionId);
      plainTimes.push(performance.now() - t1);
      const scorer = new BankScorer(bank);
      t1 = performance.now();
      scorer.matches(scored, questionId);
      freshTimes.push(performance.now() - t1);
      t1 = performance.now();
      scorer.matches(scored, questionId);
      cachedRowTimes.push(performance.now() - t1);
    }
    // While typing: the answer so far is cached; one new sentence reaches the model.
    await semanticPass(ANSWER_300, questionId, bank, embedCached);
    const typingRuns: Array<{ wall: number; cpu: number }> = [];
    for (const sentence of NEW_SENTENCES) typingRuns.push(await timed(client, () => semanticPass(`${ANSWER_300} ${sentence}`, questionId, bank, embedCached)));
    const pass = await semanticPass(ANSWER_300, questionId, bank, embedCached);
    rows.push(
      ...both(`semantic pass, pasted ${words}-word answer (${sentences.length} sentences), warm model, nothing cached, p50 of 5`, median(passRuns), '< 400 ms'),
      { name: '  same, worst of 5, wall', value: round(Math.max(...passRuns.map((r) => r.wall)), 0), unit: 'ms' },
      { name: `  match the rubric + rank ${bank.questions.length} questions: plain semanticMatches (p50 of 10)`, value: round(percentile(plainTimes, 50)), unit: 'ms' },
      { name: '  the same with BankScorer, no sentence row cached (p50 of 10)', value: round(percentile(freshTimes, 50)), unit: 'ms' },
      { name: '  the same with BankScorer, every sentence row cached (p50 of 10)', value: round(percentile(cachedRowTimes, 50), 2), unit: 'ms' },
      ...both(`one new sentence while typing, rest cached, p50 of ${typingRuns.length}`, median(typingRuns), '< 50 ms'),
      { name: `  same, worst of ${typingRuns.length}, wall`, value: round(Math.max(...typingRuns.map((r) => r.wall)), 0), unit: 'ms' },
      { name: `  rank of the asked question (${questionId}) for this answer`, value: pass.rank, unit: `of ${bank.questions.length}` },
    );

    const rssWithBank = rssMb();
    rows.push(
      { name: 'RSS before the model (content loaded)', value: round(rssBefore, 0), unit: 'MB' },
      { name: 'RSS with the model loaded (host + worker, one process)', value: round(rssLoaded, 0), unit: 'MB' },
      { name: 'RSS added by loading the model', value: round(rssLoaded - rssBefore, 0), unit: 'MB', target: '130-170 MB' },
      { name: 'RSS after the bank and the passes (host + worker)', value: round(rssWithBank, 0), unit: 'MB' },
      { name: 'worker JS heap used (weights are in wasm memory, not here)', value: round(workerHeap.heapUsed / MB), unit: 'MB' },
    );
    await client.close();

    // The same pasted answer with two workers, each with its model (two cores, twice the model memory).
    const pool = new SemanticClient({ workers: 2 });
    try {
      const rssBeforePool = rssMb();
      await pool.warmUp();
      const rssPool = rssMb();
      await pool.embed(['warm both models up.', 'with two sentences.', 'or more of them.', 'eight in all now.', 'five.', 'six.', 'seven.', 'eight.'], { cache: false });
      const poolRuns: Array<{ wall: number; cpu: number }> = [];
      for (let i = 0; i < 5; i++) {
        pool.clearCache();
        scorerFor(bank).clearRows();
        poolRuns.push(await timed(pool, () => semanticPass(ANSWER_300, questionId, bank, (texts) => pool.embed(texts))));
      }
      rows.push(
        ...both(`semantic pass, pasted ${words}-word answer, two workers, p50 of 5`, median(poolRuns), '< 400 ms'),
        { name: 'RSS added by starting the two-worker pool (after closing the one-worker client)', value: round(rssPool - rssBeforePool, 0), unit: 'MB' },
      );
    } finally {
      await pool.close();
    }

    // Why the worker sends 8 texts a model call: the same sentences in-process at other batch sizes (CPU of this thread).
    const texts = [...sentences, ...NEW_SENTENCES];
    await embedInProcess(texts.slice(0, 8));
    for (const batch of [1, 4, 8, 16]) {
      const cpu = threadCpuMs();
      await embedInProcess(texts, batch);
      rows.push({ name: `per text at batches of ${batch} (${texts.length} texts, in-process), CPU`, value: round((threadCpuMs() - cpu) / texts.length), unit: 'ms' });
    }
    rows.push({ name: 'machine load average (1 min) at the end', value: round(os.loadavg()[0]!), unit: `on ${os.cpus().length}` });
  } finally {
    await client.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchSemantic()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ''}`);
}
