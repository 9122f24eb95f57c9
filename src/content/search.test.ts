import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchTerm, snippetOf, type SearchDocument } from './search.js';

const docs: SearchDocument[] = [
  { kind: 'question', id: 'monolith', title: 'Monolith versus microservices', body: 'What are the trade-offs of splitting a service?', href: '/q/monolith' },
  { kind: 'question', id: 'nosql', title: 'Relational versus NoSQL', body: 'Pick a database for orders; consistency matters.', href: '/q/nosql' },
  { kind: 'problem', id: 'cache', title: 'LRU cache', body: 'Design the caching system in front of a slow service.', href: '/p/cache' },
  { kind: 'flashcard', id: 'chatbot', title: 'Design a chatbot', body: 'Pick users and a service; microservices are optional.', href: '/f/chatbot' },
];
const index = buildSearchIndex(docs, { flashcard: 0.5 });
const ids = (query: string, kinds?: string[]) => index.search(query, { kinds }).map((d) => d.id);

describe('searchTerm', () => {
  it('stems with Porter, lower-cases and drops stop words', () => {
    expect(['Monolithic', 'monolith', 'caching', 'caches', 'microservices', 'strategies', 'the', 'p99'].map(searchTerm)).toEqual([
      'monolith', 'monolith', 'cach', 'cach', 'microservic', 'strategi', null, 'p99',
    ]);
  });
});

describe('buildSearchIndex', () => {
  it('finds a word by its stem: "monolithic" finds the monolith', () => {
    expect(ids('monolithic')).toEqual(['monolith']);
  });

  it('ranks a title match above a body match, and weighs kinds', () => {
    expect(ids('microservices')).toEqual(['monolith', 'chatbot']);
  });

  it('matches the last word as a prefix while typing, and forgives a typo in a long word', () => {
    expect(ids('chatb')).toEqual(['chatbot']);
    expect(ids('relational data')).toEqual(['nosql']);
    expect(ids('microservcies')).toEqual(['monolith', 'chatbot']);
  });

  it('boosts a document that holds the query as a phrase', () => {
    const [first, second] = index.search('design caching system');
    expect(first?.id).toBe('cache');
    expect(second?.id).toBe('chatbot');
    expect(first?.snippet).toBe('Design the caching system in front of a slow service.');
  });

  it('filters by kind and returns typed results with their address', () => {
    expect(ids('service', ['problem'])).toEqual(['cache']);
    expect(index.search('nosql')).toEqual([
      { kind: 'question', id: 'nosql', title: 'Relational versus NoSQL', snippet: 'Pick a database for orders; consistency matters.', href: '/q/nosql', score: expect.any(Number) },
    ]);
  });

  it('returns nothing for unknown words, stop words only or an empty query', () => {
    expect(ids('kubernetes')).toEqual([]);
    expect(ids('the of and')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });
});

describe('snippetOf', () => {
  it('cuts a window around the first matched word on word boundaries', () => {
    const body = `${'Filler words come first here. '.repeat(8)}Then the caching layer sits in front of the database and ${'more words follow after that. '.repeat(8)}`;
    const snippet = snippetOf(body, new Set(['cach']));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('Then the caching layer sits in front of the database');
    expect(snippet.length).toBeLessThanOrEqual(162);
  });
});
