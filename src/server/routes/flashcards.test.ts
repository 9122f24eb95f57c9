import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer, type TestApp } from '../testing.js';

const NOW = '2026-03-02T12:00:00.000Z';
let app: TestApp;
let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, server, close } = await openTestServer({ now: () => new Date(NOW) }));
});
afterAll(() => close());

describe('flashcards API', () => {
  it('GET /api/flashcards gives the decks with counts, totals, stats and settings', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/flashcards' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['decks', 'settings', 'stats', 'totals']);
    expect(body.decks).toHaveLength(8);
    expect(body.decks[0]).toEqual({
      id: 'apis-and-protocols',
      title: 'APIs and protocols',
      description: app.content.decks[0]?.description,
      total: 21,
      new: 21,
      newToday: 20,
      due: 0,
      learning: 0,
      learned: 0,
    });
    expect(body.totals).toEqual({ total: 170, new: 170, newToday: 20, due: 0, learning: 0, learned: 0 });
    expect(body.stats).toMatchObject({ reviewsToday: 0, retention: { rate: null }, learned: 0, total: 170 });
    expect(body.settings).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 });
  });

  it('GET /api/flashcards/queue filters by deck and limit, and shows each rating with the interval it would give', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/flashcards/queue?deck=data-stores&limit=2' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.cards.map((c: { id: string }) => c.id)).toEqual(['relational-vs-nosql', app.content.flashcards.filter((c) => c.deck === 'data-stores')[1]?.id]);
    expect(body.cards[0].options.map((o: { rating: string; interval: string }) => `${o.rating}:${o.interval}`).slice(0, 3)).toEqual(['again:1m', 'hard:6m', 'good:10m']);
    expect([body.due, body.new, body.nextDue]).toEqual([0, 20, null]);
    const unknown = await server.inject({ method: 'GET', url: '/api/flashcards/queue?deck=nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toMatch(/^no flashcard deck "nope"; the decks are: /);
    const bad = await server.inject({ method: 'GET', url: '/api/flashcards/queue?limit=zero' });
    expect(bad.statusCode).toBe(400);
  });

  it('POST /api/flashcards/:id/review records the rating and returns the next due date', async () => {
    const res = await server.inject({ method: 'POST', url: '/api/flashcards/relational-vs-nosql/review', payload: { rating: 'good' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ cardId: 'relational-vs-nosql', rating: 'good', state: 'learning', due: '2026-03-02T12:10:00.000Z', interval: '10m', reviewedAt: NOW });
    const after = (await server.inject({ method: 'GET', url: '/api/flashcards' })).json();
    expect(after.totals).toMatchObject({ new: 169, newToday: 19 });
    expect(after.stats.reviewsToday).toBe(1);

    const badRating = await server.inject({ method: 'POST', url: '/api/flashcards/relational-vs-nosql/review', payload: { rating: 'perfect' } });
    expect(badRating.statusCode).toBe(400);
    expect(badRating.json().error.code).toBe('invalid_input');
    const noBody = await server.inject({ method: 'POST', url: '/api/flashcards/relational-vs-nosql/review' });
    expect(noBody.statusCode).toBe(400);
    const unknown = await server.inject({ method: 'POST', url: '/api/flashcards/nope/review', payload: { rating: 'good' } });
    expect(unknown.statusCode).toBe(404);
  });

  it('GET and PUT /api/flashcards/settings', async () => {
    const put = await server.inject({ method: 'PUT', url: '/api/flashcards/settings', payload: { desiredRetention: 0.85 } });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ desiredRetention: 0.85, newCardsPerDay: 20 });
    expect((await server.inject({ method: 'GET', url: '/api/flashcards/settings' })).json()).toEqual({ desiredRetention: 0.85, newCardsPerDay: 20 });
    const bad = await server.inject({ method: 'PUT', url: '/api/flashcards/settings', payload: { desiredRetention: 0.995 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({
      error: { code: 'invalid_input', message: 'invalid flashcard settings: desiredRetention: desired retention is at most 0.99; above that reviews pile up for little gain' },
    });
    await server.inject({ method: 'PUT', url: '/api/flashcards/settings', payload: { desiredRetention: 0.9 } });
  });

  it('GET /api/flashcards/export downloads the Anki file', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/flashcards/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/tab-separated-values; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="tpmprep-flashcards.txt"');
    expect(res.body.split('\n').slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:3', '#deck column:4']);
    expect(res.body.split('\n')).toHaveLength(4 + 170 + 1);
    const deck = await server.inject({ method: 'GET', url: '/api/flashcards/export?deck=experimentation' });
    expect(deck.headers['content-disposition']).toBe('attachment; filename="tpmprep-experimentation.txt"');
    expect(deck.body.split('\n')).toHaveLength(4 + 21 + 1);
  });
});
