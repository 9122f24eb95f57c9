import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp();
});
afterAll(() => app.close());

const top = (q: string, limit = 3) => app.search.query({ q, limit: String(limit) }).results.map((r) => `${r.kind}:${r.id}`);
const firstOf = (q: string, kind: string) => app.search.query({ q, kind, limit: '1' }).results[0]?.id;

describe('search everything', () => {
  it('"monolithic" finds the monolith-vs-microservices question first', () => {
    expect(top('monolithic', 2)).toEqual(['question:monolith-vs-microservices', 'flashcard:monolith-vs-microservices']);
  });

  // Every question, exercise and problem the guide (shared/seed/tpm-interview-guide.txt) names, in its own words.
  const GUIDE_PHRASES: Array<[string, string]> = [
    ['Design a chatbot', 'question:design-a-chatbot'],
    ['How would you improve the user experience of a mobile app', 'question:improve-mobile-app-ux'],
    ['What are the trade-offs between monolithic and microservices architecture?', 'question:monolith-vs-microservices'],
    ['What are the pros and cons of using a relational database versus a NoSQL database?', 'question:relational-vs-nosql'],
    ['How would you design a recommendation system for an e-commerce platform?', 'question:ecommerce-recommendation-system'],
    ['design a scalable e-commerce platform, with a 99.99% uptime and a latency of less than 200ms', 'question:scalable-ecommerce-platform'],
    ['analyze the metrics of a product launch, with a 25% increase in sales and a 15% decrease in customer complaints', 'question:launch-sales-up-complaints-down'],
    ['designing a caching system', 'problem:lru-cache'],
    ['implementing a sorting algorithm', 'problem:sort-array'],
    ['What is the average salary for a Technical Product Manager?', 'guide:faq-salary'],
    ['How long does the TPM interview process typically take?', 'guide:faq-timeline'],
  ];
  it.each(GUIDE_PHRASES)('the guide\'s "%s" finds %s in the top three', (phrase, expected) => {
    expect(top(phrase)).toContain(expected);
  });

  it('the guide\'s short forms find them too, first among questions', () => {
    expect(firstOf('improve the user experience of a mobile app', 'question')).toBe('improve-mobile-app-ux');
    expect(firstOf('trade-offs between monolithic and microservices architecture', 'question')).toBe('monolith-vs-microservices');
    expect(firstOf('design a caching system', 'problem')).toBe('lru-cache');
    expect(firstOf('design a scalable e-commerce platform', 'design')).toBe('scalable-ecommerce-platform');
    expect(firstOf('analyze the metrics of a product launch', 'case')).toBe('launch-sales-complaints');
  });

  it('finds the app\'s pages and returns typed results with an address and a snippet', () => {
    const [settings] = app.search.query({ q: 'settings' }).results;
    expect(settings).toEqual({
      kind: 'page',
      id: 'settings',
      title: 'Settings',
      snippet: 'Theme, track and level, interview date, language model, flashcards, and your data: export, import, backup, reset.',
      href: '/settings',
    });
    const [question] = app.search.query({ q: 'relational nosql', kind: 'question' }).results;
    expect(question).toMatchObject({ kind: 'question', id: 'relational-vs-nosql', href: '/practice/relational-vs-nosql' });
    expect(question?.snippet).toMatch(/^What are the pros and cons of using a relational database versus a NoSQL database\?/);
  });

  it('covers every kind of content', () => {
    const firstIds = ['settings', 'cache', 'cache', 'payments', 'checkout', 'migration', 'cache', 'salary'].map((q, i) =>
      firstOf(q, ['page', 'question', 'problem', 'design', 'case', 'program', 'flashcard', 'guide'][i] as string),
    );
    expect(firstIds).toEqual(['settings', 'caching-strategies', 'lru-cache', 'payments-system', 'checkout-funnel-drop', 'migration-40-services', 'cache-aside-vs-write-through', 'faq-salary']);
  });

  it('refuses bad input with a message that says what to send', () => {
    expect(() => app.search.query({})).toThrow('invalid search: q: give the search text as q');
    expect(() => app.search.query({ q: 'x'.repeat(201) })).toThrow('invalid search: q: a search is limited to 200 characters');
    expect(() => app.search.query({ q: 'cache', kind: 'video' })).toThrow(/kind is one or more of page, question, problem, design, case, program, flashcard, guide/);
    expect(() => app.search.query({ q: 'cache', limit: '0' })).toThrow('invalid search: limit: limit is a whole number from 1 to 100');
    expect(app.search.query({ q: '   ' })).toEqual({ query: '', results: [] });
  });

  it('questions and problems lists search with the same index', async () => {
    expect((await app.questions.list({ search: 'monolithic' }))[0]?.id).toBe('monolith-vs-microservices');
    expect((await app.problems.list({ search: 'sorting algorithm' }))[0]?.id).toBe('sort-array');
    expect((await app.problems.list({ search: 'caching', difficulty: 'medium' })).map((p) => p.id)).toContain('lru-cache');
    expect(await app.problems.list({ search: 'zzyzx' })).toEqual([]);
  });
});
