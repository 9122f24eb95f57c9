import { loadContent } from '../src/content/index.js';
import { buildSearchIndex } from '../src/content/search.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

const QUERIES = ['microservices', 'design a chatbot', 'relational nosql', 'conflict with an engineer', 'a/b test', 'p99 latency', 'roadmap', 'recommend', 'stakeholder escalation', 'kubern'];

export async function benchSearch(): Promise<BenchRow[]> {
  const content = loadContent();
  const buildStart = performance.now();
  const index = buildSearchIndex(content.questions, (q) => [
    { text: q.title, weight: 5 },
    { text: q.prompt, weight: 2 },
    { text: q.rubric.map((r) => `${r.point} ${r.signals.join(' ')}`).join(' '), weight: 1 },
  ]);
  const buildMs = performance.now() - buildStart;
  let i = 0;
  const samples = await timeRuns(() => index.search(QUERIES[i++ % QUERIES.length] as string), 2000, 200);
  return [
    { name: `search index build (${content.questions.length} questions)`, value: buildMs, unit: 'ms' },
    { name: 'free-text search p50', value: percentile(samples, 50), unit: 'ms', target: '< 5 ms' },
    { name: 'free-text search p99', value: percentile(samples, 99), unit: 'ms' },
  ];
}
