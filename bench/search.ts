import { searchIndexOf } from '../src/app/content/search.js';
import { loadContent } from '../src/content/index.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

const QUERIES = [
  'monolithic',
  'design a chatbot',
  'improve the user experience of a mobile app',
  'trade-offs between monolithic and microservices architecture',
  'design a caching system',
  'conflict with an engineer',
  'a/b test',
  'p99 latency',
  'stakeholder escalation',
  'kubern',
  'microservcies',
];

/** The one index over everything (questions, problems, exercises, flashcards, guide, app pages): build once, then per query. */
export async function benchSearch(): Promise<BenchRow[]> {
  const content = loadContent();
  const buildStart = performance.now();
  const index = searchIndexOf(content);
  const buildMs = performance.now() - buildStart;
  let i = 0;
  const samples = await timeRuns(() => index.search(QUERIES[i++ % QUERIES.length] as string, { limit: 20 }), 2000, 200);
  return [
    { name: `search index build (${index.size} documents)`, value: buildMs, unit: 'ms', target: '< 1000 ms, once per process' },
    { name: 'search everything p50', value: percentile(samples, 50), unit: 'ms', target: '< 5 ms' },
    { name: 'search everything p99', value: percentile(samples, 99), unit: 'ms', target: '< 20 ms' },
  ];
}
