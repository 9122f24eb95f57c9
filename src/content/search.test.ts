import { describe, expect, it } from 'vitest';
import { buildSearchIndex, stem, tokenize } from './search.js';

interface Doc {
  id: string;
  title: string;
  body: string;
}

const docs: Doc[] = [
  { id: 'monolith', title: 'Monolith versus microservices', body: 'trade-offs of splitting a service' },
  { id: 'nosql', title: 'Relational versus NoSQL', body: 'pick a database for orders; consistency' },
  { id: 'cache', title: 'Caching strategy', body: 'when would you add a cache in front of a database' },
  { id: 'chatbot', title: 'Design a chatbot', body: 'pick users and a service; microservices are optional' },
];
const index = buildSearchIndex(docs, (d) => [
  { text: d.title, weight: 5 },
  { text: d.body, weight: 1 },
]);
const ids = (query: string) => index.search(query).map((d) => d.id);

describe('stem and tokenize', () => {
  it('folds plurals and keeps short words', () => {
    const pairs = [['services', 'service'], ['caches', 'cache'], ['strategies', 'strategy'], ['databases', 'database'], ['boxes', 'box']];
    for (const [plural, singular] of pairs) expect(stem(plural as string)).toBe(stem(singular as string));
    expect(['class', 'bus', 'api', 'strategies'].map(stem)).toEqual(['class', 'bus', 'api', 'strategy']);
    expect(tokenize('A/B tests, p99 latencies!')).toEqual(['a', 'b', 'test', 'p99', 'latency']);
  });
});

describe('buildSearchIndex', () => {
  it('ranks a title match above a body match', () => {
    expect(ids('microservices')).toEqual(['monolith', 'chatbot']);
  });

  it('requires every word', () => {
    expect(ids('database consistency')).toEqual(['nosql']);
  });

  it('matches the last word as a prefix while typing', () => {
    expect(ids('chatb')).toEqual(['chatbot']);
    expect(ids('relational data')).toEqual(['nosql']);
  });

  it('returns nothing for unknown words and everything for an empty query', () => {
    expect(ids('kubernetes')).toEqual([]);
    expect(ids('  ')).toEqual(['monolith', 'nosql', 'cache', 'chatbot']);
  });

  it('scores are positive and sorted', () => {
    const ranked = index.rank('database');
    expect(ranked.map((r) => r.item.id)).toEqual(['nosql', 'cache']);
    expect(ranked[0]?.score).toBeGreaterThan(0);
    expect(ranked[0]?.score).toBe(ranked[1]?.score);
  });
});
