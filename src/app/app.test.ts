import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../core/errors.js';
import { openTestApp, steppingClock } from './testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeEach(async () => {
  app = await openTestApp({ now: steppingClock('2026-03-02T09:00:00.000Z') });
});
afterEach(() => app.close());

describe('checklist', () => {
  it('starts with nothing done and remembers what is ticked', async () => {
    expect((await app.checklist.list()).every((i) => !i.done)).toBe(true);
    const item = await app.checklist.set({ id: 'practice-star', done: true });
    expect(item).toMatchObject({ id: 'practice-star', done: true, doneAt: '2026-03-02T09:00:00.000Z' });
    const again = await app.checklist.set({ id: 'practice-star', done: true });
    expect(again.doneAt).toBe('2026-03-02T09:00:00.000Z');
    expect((await app.checklist.list()).filter((i) => i.done).map((i) => i.id)).toEqual(['practice-star']);
    await app.checklist.set({ id: 'practice-star', done: false });
    expect((await app.checklist.list()).filter((i) => i.done)).toEqual([]);
  });

  it('refuses unknown items and malformed updates with a clear message', async () => {
    await expect(app.checklist.set({ id: 'win-the-lottery', done: true })).rejects.toThrow(NotFoundError);
    await expect(app.checklist.set({ id: 'win-the-lottery', done: true })).rejects.toThrow(/no checklist item "win-the-lottery"; the items are: review-key-areas/);
    await expect(app.checklist.set({ id: 'practice-star', done: 'yes' })).rejects.toThrow(InvalidInputError);
    await expect(app.checklist.set({ id: 'practice-star', done: 'yes' })).rejects.toThrow('invalid checklist update: done: Invalid input: expected boolean, received string');
  });
});

describe('questions', () => {
  it('filters by every dimension together', async () => {
    const found = await app.questions.list({ type: 'technical', stage: 'phone-screen', difficulty: 'easy' });
    expect(found.length).toBeGreaterThan(0);
    for (const q of found) {
      expect(q.type).toBe('technical');
      expect(q.stages).toContain('phone-screen');
      expect(q.difficulty).toBe('easy');
    }
    const all = app.content.questions.filter((q) => q.type === 'technical' && q.stages.includes('phone-screen') && q.difficulty === 'easy');
    expect(found.map((q) => q.id).sort()).toEqual(all.map((q) => q.id).sort());
  });

  it('puts the question a search names first', async () => {
    expect((await app.questions.list({ search: 'monolith microservices' }))[0]?.id).toBe('monolith-vs-microservices');
    expect((await app.questions.list({ search: 'relational nosql' }))[0]?.id).toBe('relational-vs-nosql');
    expect((await app.questions.list({ search: 'design a chatbot' }))[0]?.id).toBe('design-a-chatbot');
    expect((await app.questions.list({ search: 'recommendation system e-commerce' }))[0]?.id).toBe('ecommerce-recommendation-system');
    expect(await app.questions.list({ search: 'zzyzx' })).toEqual([]);
  });

  it('rejects an unknown filter value, naming the valid ones', async () => {
    await expect(app.questions.list({ skill: 'juggling' })).rejects.toThrow(/invalid question filters: skill: Invalid option: expected one of "technical-expertise"/);
    await expect(app.questions.list({ colour: 'red' })).rejects.toThrow(/Unrecognized key: "colour"/);
  });

  it('tells attempted from not attempted', async () => {
    await app.attempts.create({ questionId: 'design-a-chatbot', answer: 'I would start with the user.', seconds: 95 });
    const attempted = await app.questions.list({ attempted: 'yes' });
    expect(attempted.map((q) => [q.id, q.attempts])).toEqual([['design-a-chatbot', 1]]);
    const fresh = await app.questions.list({ attempted: 'no' });
    expect(fresh).toHaveLength(app.content.questions.length - 1);
    expect(fresh.some((q) => q.id === 'design-a-chatbot')).toBe(false);
  });

  it('gets one question whole, or says how to find one', () => {
    const q = app.questions.get('relational-vs-nosql');
    expect(q.type).toBe('technical');
    expect(() => app.questions.get('nope')).toThrow('no question "nope"; list them with `tpmprep questions list`');
  });
});

describe('attempts', () => {
  it('saves attempts and lists them newest first, per question or all', async () => {
    const first = await app.attempts.create({ questionId: 'design-a-chatbot', answer: 'First try', seconds: 60 });
    await app.attempts.create({ questionId: 'relational-vs-nosql', answer: 'Second', seconds: 30 });
    await app.attempts.create({ questionId: 'design-a-chatbot', answer: 'Retry', seconds: 120 });
    const { analysis, ...saved } = first;
    expect(saved).toEqual({
      id: 1,
      questionId: 'design-a-chatbot',
      questionTitle: 'Design a chatbot',
      answer: 'First try',
      seconds: 60,
      recording: null,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(analysis).toMatchObject({ questionId: 'design-a-chatbot', type: 'product-sense', words: 2 });
    expect((await app.attempts.list({ questionId: 'design-a-chatbot' })).map((a) => a.answer)).toEqual(['Retry', 'First try']);
    expect((await app.attempts.list()).map((a) => a.answer)).toEqual(['Retry', 'Second', 'First try']);
    expect((await app.attempts.list({ limit: '1' })).map((a) => a.answer)).toEqual(['Retry']);
  });

  it('refuses empty, oversized and unknown-question attempts', async () => {
    await expect(app.attempts.create({ questionId: 'design-a-chatbot', answer: '   ', seconds: 5 })).rejects.toThrow(
      'invalid attempt: answer: the answer is empty: write or say something first',
    );
    await expect(app.attempts.create({ questionId: 'design-a-chatbot', answer: 'x'.repeat(20_001), seconds: 5 })).rejects.toThrow(
      'invalid attempt: answer: an answer is limited to 20000 characters',
    );
    await expect(app.attempts.create({ questionId: 'nope', answer: 'hi', seconds: 5 })).rejects.toThrow(NotFoundError);
    await expect(app.attempts.create({ questionId: 'design-a-chatbot', answer: 'hi', seconds: -1 })).rejects.toThrow(/seconds/);
    expect(await app.attempts.list()).toEqual([]);
  });
});
