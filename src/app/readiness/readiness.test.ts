import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../core/calendar-date.js';
import { openTestApp } from '../testing.js';

const T0 = Date.parse('2026-03-10T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
let time = T0;
let app: Awaited<ReturnType<typeof openTestApp>>;

beforeAll(async () => {
  app = await openTestApp({ now: () => new Date(time) });
});
afterAll(() => app.close());

// defining-an-activation-metric: skills data-analysis, product-vision, strategic-thinking; areas metrics, data-analysis, product-development.
const QUESTION = 'defining-an-activation-metric';

async function review(cardId: string, rating: string, stateBefore: string, at: number) {
  await app.db.kysely
    .insertInto('reviews')
    .values({
      card_id: cardId,
      rating,
      reviewed_at: iso(at),
      state_before: stateBefore,
      state_after: 'review',
      due_before: null,
      due_after: iso(at + DAY),
      stability_before: null,
      stability_after: 3,
      difficulty_before: null,
      difficulty_after: 5,
      elapsed_days: 0,
      scheduled_days: 1,
    })
    .execute();
}

describe('progress', () => {
  it('starts with every skill and area unknown (null), not zero, and nothing to count', async () => {
    const progress = await app.progress.get();
    expect(progress.skills.map((s) => [s.id, s.score, s.level])).toEqual([
      ['technical-expertise', null, 'none'],
      ['product-vision', null, 'none'],
      ['communication', null, 'none'],
      ['data-analysis', null, 'none'],
      ['strategic-thinking', null, 'none'],
    ]);
    expect(progress.areas).toHaveLength(10);
    expect(progress.areas.every((a) => a.score === null && a.items === 0 && a.lastAt === null)).toBe(true);
    expect(progress.overall).toMatchObject({ score: null, confidence: 0, level: 'none', known: 0, total: 10 });
    expect(progress.overall.missing.map((m) => [m.what, m.needed])).toEqual([['areas', 5], ['practice', 5]]);
    expect(progress.trend).toHaveLength(8);
    expect(progress.trend.every((p) => p.overall === null)).toBe(true);
    expect(progress.trend.at(-1)).toEqual({ date: localDateOf(new Date(T0)), at: iso(T0), overall: null, items: 0 });
    expect(progress.streak).toEqual({ days: 0, activeToday: false, lastDate: null });
    expect(progress.time).toMatchObject({ totalSeconds: 0, lastWeekSeconds: 0, byKind: [], secondsPerReview: 15 });
    expect(progress.next.map((n) => [n.id, n.reason])).toEqual([
      ['product-development', 'No evidence yet: one answer gives a first reading.'],
      ['data-analysis', 'No evidence yet: one answer gives a first reading.'],
      ['technical-skills', 'No evidence yet: one answer gives a first reading.'],
    ]);
    expect(progress.evidence).toEqual({ total: 0, byKind: [] });
  });

  it('reads attempts, flashcard recall and the checklist, with decay, into exact scores', async () => {
    const attempt = (questionId: string, analysis: string | null, at: number) =>
      app.db.kysely.insertInto('attempts').values({ question_id: questionId, answer: 'my answer', seconds: 300, analysis, created_at: iso(at) }).execute();
    await attempt(QUESTION, JSON.stringify({ score: 40, level: 'Weak', dimensions: [] }), T0 - 14 * DAY);
    // Practice time, but no evidence: no analysis, or a question no longer in the bank.
    await attempt(QUESTION, null, T0 - 30 * DAY);
    await attempt('a-question-since-deleted', JSON.stringify({ score: 90 }), T0 - 30 * DAY);
    // dau-mau-stickiness is a metrics card: recalled yesterday, forgotten today; a new card's first look is not evidence.
    await review('dau-mau-stickiness', 'good', 'review', T0 - DAY);
    await review('dau-mau-stickiness', 'again', 'review', T0);
    await review('north-star-metric', 'good', 'new', T0);
    // practice-data-analysis names data-analysis and metrics.
    await app.checklist.set({ id: 'practice-data-analysis', done: true });

    const progress = await app.progress.get();
    const area = (id: string) => progress.areas.find((a) => a.id === id);
    const skill = (id: string) => progress.skills.find((s) => s.id === id);
    // attempt: weight 1 x 0.5 (14 days) at 0.40; recall: 0.1 x 0.5^(1/14) at 1 and 0.1 at 0; checklist: 0.25 at 0.75.
    const recalled = 0.1 * 0.5 ** (1 / 14);
    const metrics = (0.5 * 0.4 + recalled * 1 + 0.1 * 0 + 0.25 * 0.75) / (0.5 + recalled + 0.1 + 0.25);
    expect(area('metrics')?.score).toBeCloseTo(metrics, 12);
    expect(area('metrics')?.score).toBeCloseTo(0.51067, 5);
    expect(area('metrics')?.items).toBe(4);
    expect(area('data-analysis')?.score).toBeCloseTo((0.5 * 0.4 + 0.25 * 0.75) / 0.75, 12);
    expect(area('product-development')).toEqual({
      id: 'product-development',
      title: 'Product development',
      score: 0.4,
      confidence: 0.5 / 3.5,
      level: 'low',
      // 0.4 is where the middle band starts: the server draws the bar, the web only colours it.
      band: 'mid',
      items: 1,
      lastAt: iso(T0 - 14 * DAY),
    });
    expect(area('metrics')?.band).toBe('mid');
    expect(area('customer-needs')?.score).toBeNull();
    expect(area('customer-needs')?.band).toBeNull();
    // Skills: the question's skills for the attempt; for cards and the checklist, the skills of their areas.
    expect(skill('strategic-thinking')?.score).toBe(0.4);
    expect(skill('technical-expertise')?.score).toBe(0.75);
    expect(skill('product-vision')?.score).toBeCloseTo(metrics, 12);
    expect(skill('communication')?.score).toBeNull();

    // Three areas and one scored answer: too little for an overall figure, and the gaps say why.
    expect(progress.overall.known).toBe(3);
    expect(progress.overall.score).toBeNull();
    expect(progress.overall.missing).toEqual([
      {
        what: 'areas',
        needed: 2,
        message:
          'evidence in 2 more areas (3 of the 5 needed); none yet in Technical skills, Communication, Strategic thinking, Customer needs, Market trends, Competitive landscape, Product roadmap',
      },
      { what: 'practice', needed: 4, message: '4 more scored pieces of practice (answers, code submissions, exercises or mock stages; 1 of 5 so far)' },
    ]);
    expect(progress.trend.map((p) => p.items)).toEqual([0, 0, 0, 0, 0, 1, 1, 4]);
    expect(progress.trend.map((p) => p.overall)).toEqual([null, null, null, null, null, null, null, null]);
    expect(progress.evidence).toEqual({
      total: 4,
      byKind: [
        { kind: 'attempt', items: 1 },
        { kind: 'flashcard', items: 2 },
        { kind: 'checklist', items: 1 },
      ],
    });

    // Streak and time: three attempts of 300 s and three reviews of 15 s; practice yesterday and today.
    expect(progress.streak).toEqual({ days: 2, activeToday: true, lastDate: localDateOf(new Date(T0)) });
    expect(progress.time.totalSeconds).toBe(3 * 300 + 3 * 15);
    expect(progress.time.lastWeekSeconds).toBe(45);
    expect(progress.time.byKind).toEqual([
      { kind: 'attempt', seconds: 900 },
      { kind: 'flashcard', seconds: 45 },
    ]);
    expect(progress.time.days).toHaveLength(28);
    expect(progress.time.days.slice(-2)).toEqual([
      { date: localDateOf(new Date(T0 - DAY)), seconds: 15 },
      { date: localDateOf(new Date(T0)), seconds: 30 },
    ]);
    // Next: product development (40%) needs more than the unknown areas; metrics (51%) and data analysis (52%) less.
    expect(progress.next.map((n) => [n.id, n.score, n.reason])).toEqual([
      ['product-development', 0.4, '40% from 1 item, low confidence.'],
      ['technical-skills', null, 'No evidence yet: one answer gives a first reading.'],
      ['communication', null, 'No evidence yet: one answer gives a first reading.'],
    ]);
  });

  it('lets evidence fade: a month later the same practice counts a quarter as much, and the streak is gone', async () => {
    time = T0 + 28 * DAY;
    const progress = await app.progress.get();
    expect(progress.areas.find((a) => a.id === 'product-development')?.score).toBe(0.4);
    expect(progress.areas.find((a) => a.id === 'product-development')?.confidence).toBeCloseTo(0.125 / 3.125, 12);
    expect(progress.streak).toEqual({ days: 0, activeToday: false, lastDate: localDateOf(new Date(T0)) });
    time = T0;
  });
});

describe('progress from judge submissions and exercise attempts', () => {
  let other: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    other = await openTestApp({ now: () => new Date(T0) });
  });
  afterAll(() => other.close());

  it('scores a submit by the share of tests passed and an exercise by its grade; runs and judge failures are time only', async () => {
    const submit = (mode: string, verdict: string, passed: number, total: number, at: number, result = '{}') =>
      other.db.kysely
        .insertInto('submissions')
        .values({ problem_id: 'lru-cache', lang: 'ts', mode, code: 'class LRUCache {}', verdict, passed, total, time_ms: 12, result, created_at: iso(at) })
        .execute();
    const MINUTE = 60 * 1000;
    // lru-cache: skills technical-expertise; areas technical-skills, product-development.
    await submit('run', 'wrong_answer', 1, 3, T0 - DAY - 20 * MINUTE);
    await submit('submit', 'wrong_answer', 6, 10, T0 - DAY);
    await submit('submit', 'internal_error', 0, 10, T0 - 10 * MINUTE);
    await submit('submit', 'accepted', 10, 10, T0, JSON.stringify({ workSeconds: 900 }));
    // url-shortener: skills technical-expertise, communication, data-analysis; areas technical-skills, product-development.
    await other.db.kysely
      .insertInto('exercise_attempts')
      .values({ kind: 'design', exercise_id: 'url-shortener', submitted: '{}', grading: JSON.stringify({ kind: 'design', score: 50 }), seconds: 1800, created_at: iso(T0) })
      .execute();

    const progress = await other.progress.get();
    const d1 = 0.5 ** (1 / 14);
    // Weights: the failed submit d1 at 0.6, the accepted one 1 at 1, the design 1 at 0.5.
    const technical = (d1 * 0.6 + 1 + 0.5) / (d1 + 2);
    expect(progress.areas.find((a) => a.id === 'technical-skills')?.score).toBeCloseTo(technical, 12);
    expect(progress.areas.find((a) => a.id === 'technical-skills')?.items).toBe(3);
    expect(progress.skills.find((s) => s.id === 'technical-expertise')?.score).toBeCloseTo(technical, 12);
    expect(progress.skills.find((s) => s.id === 'communication')?.score).toBe(0.5);
    expect(progress.evidence.byKind).toEqual([
      { kind: 'submission', items: 2 },
      { kind: 'exercise', items: 1 },
    ]);
    // Coding time from the submissions: yesterday's first run starts a sitting (time before it unknown, 0),
    // the submit 20 minutes later adds 20 minutes; today's first submit starts a new sitting (0) and the
    // accepted one counts the 15 minutes the page reported rather than the 10-minute gap. The exercise: its own 30 minutes.
    expect(progress.time.byKind).toEqual([
      { kind: 'submission', seconds: 20 * 60 + 15 * 60 },
      { kind: 'exercise', seconds: 1800 },
    ]);
    expect(progress.streak).toMatchObject({ days: 2, activeToday: true });
  });
  it('shows the overall figure once five scored answers cover five areas, and not before', async () => {
    const fresh = await openTestApp({ now: () => new Date(T0) });
    const picked: string[] = [];
    const covered = new Set<string>();
    for (const q of fresh.content.questions) {
      if (q.areas.some((a) => !covered.has(a)) && picked.length < 5) {
        picked.push(q.id);
        q.areas.forEach((a) => covered.add(a));
      }
    }
    expect(covered.size).toBeGreaterThanOrEqual(5);
    for (const [i, id] of picked.entries()) {
      if (i === 4) expect((await fresh.progress.get()).overall).toMatchObject({ score: null, missing: [{ what: 'practice', needed: 1 }] });
      await fresh.db.kysely.insertInto('attempts').values({ question_id: id, answer: 'a', seconds: 60, analysis: JSON.stringify({ score: 60 }), created_at: iso(T0 - i * 1000) }).execute();
    }
    const { overall, trend } = await fresh.progress.get();
    await fresh.close();
    expect(overall.missing).toEqual([]);
    expect(overall.score).toBeCloseTo(0.6, 12);
    expect(trend.at(-1)?.overall).toBeCloseTo(0.6, 12);
  });
});
