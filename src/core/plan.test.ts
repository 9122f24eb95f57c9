import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, WEEKDAYS, type Weekday } from './calendar-date.js';
import {
  FLASHCARD_BLOCK_MINUTES,
  MOCK_MINUTES,
  packStudyPlan,
  type AreaReadiness,
  type PlanCatalog,
  type PlanQuestion,
  type PlanSettings,
  type StudyPlan,
} from './plan.js';
import { QUESTION_REVIEW_MINUTES, seededRandom } from './plan-priority.js';
import { AREA_IDS, DIFFICULTY_IDS, QUESTION_TYPE_IDS, type AreaId } from './taxonomy.js';

const STAGES = [
  { id: 'phone-screen', title: 'Phone screen' },
  { id: 'technical', title: 'Technical interview' },
  { id: 'product', title: 'Product interview' },
  { id: 'final-round', title: 'Final round' },
];

/** A bank shaped like the shipped one: ~300 questions of 8 types, 1-3 areas each, 3-45 minutes. */
function syntheticCatalog(size = 300): PlanCatalog {
  const random = seededRandom(7);
  const minutes = [3, 4, 5, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45];
  const questions: PlanQuestion[] = Array.from({ length: size }, (_, i) => {
    const areas = new Set<AreaId>([AREA_IDS[i % 10] as AreaId]);
    while (random() < 0.5 && areas.size < 3) areas.add(AREA_IDS[Math.floor(random() * 10)] as AreaId);
    return {
      id: `q-${String(i).padStart(3, '0')}`,
      title: `Question ${i}`,
      type: QUESTION_TYPE_IDS[Math.floor(random() * 8)] as string,
      difficulty: DIFFICULTY_IDS[Math.floor(random() * 3)] as PlanQuestion['difficulty'],
      minutes: minutes[Math.floor(random() * minutes.length)] as number,
      areas: [...areas],
    };
  });
  return {
    questions,
    problems: [
      { id: 'lru-cache', title: 'LRU cache', difficulty: 'medium', areas: ['technical-skills'] },
      { id: 'sort-array', title: 'Sort an array', difficulty: 'easy', areas: ['technical-skills', 'data-analysis'] },
    ],
    flashcards: { count: 170, areas: ['technical-skills', 'metrics', 'data-analysis'] },
    mockStages: STAGES,
  };
}

const CATALOG = syntheticCatalog();
const UNKNOWN: AreaReadiness = [];

function weekOf(plan: StudyPlan, week: number) {
  return plan.days.filter((d) => d.week === week);
}

/** Every rule a plan keeps, checked on one plan. */
function checkRules(plan: StudyPlan, settings: PlanSettings) {
  const length = plan.days.length;
  const budget = Math.floor(settings.hoursPerWeek * 60);
  expect(plan.budgetPerWeek).toBe(budget);
  // Budgets: no week over, and the weekly sums match the days.
  for (const week of plan.weekly) {
    const days = weekOf(plan, week.week);
    expect(week.budget).toBe(Math.floor((budget * days.length) / 7));
    expect(week.minutes).toBeLessThanOrEqual(week.budget);
    expect(days.reduce((sum, d) => sum + d.minutes, 0)).toBe(week.minutes);
    for (const day of days) expect(day.items.reduce((sum, i) => sum + i.minutes, 0)).toBe(day.minutes);
  }
  expect(plan.totalMinutes).toBe(plan.weekly.reduce((sum, w) => sum + w.minutes, 0));
  // Every area is covered by practice.
  const practised = new Set(plan.days.flatMap((d) => d.items.filter((i) => i.kind === 'question' || i.kind === 'problem').flatMap((i) => i.areas)));
  expect([...practised].sort()).toEqual([...AREA_IDS].sort());
  // Rest days: empty, at least one in every week, on the chosen weekdays (or the eve of the interview).
  const rest = settings.restDays ?? ['sun'];
  for (const day of plan.days) {
    if (rest.includes(day.weekday)) expect(day.rest).toBe(true);
    if (day.rest) expect(day.items).toEqual([]);
  }
  for (let w = 1; w <= plan.weeks; w++) expect(weekOf(plan, w).some((d) => d.rest)).toBe(true);
  // Mocks: none before ~60% of the way, the first soon after.
  const mockDays = plan.days.map((d, i) => (d.items.some((item) => item.kind === 'mock') ? i : -1)).filter((i) => i >= 0);
  expect(mockDays.length).toBeGreaterThan(0);
  const from = Math.round(0.6 * length);
  expect(mockDays[0]).toBeGreaterThanOrEqual(from);
  expect(mockDays[0]).toBeLessThanOrEqual(from + 3);
  expect(plan.mockStart).toBe(plan.days[mockDays[0] as number]?.date);
  // Flashcards: short blocks, at most one a day.
  for (const day of plan.days) {
    const blocks = day.items.filter((i) => i.kind === 'flashcards');
    expect(blocks.length).toBeLessThanOrEqual(1);
    for (const block of blocks) expect(block.minutes).toBe(FLASHCARD_BLOCK_MINUTES);
  }
  // Nothing is scheduled twice.
  const practice = plan.days.flatMap((d) => d.items.filter((i) => i.kind === 'question' || i.kind === 'problem').map((i) => `${i.kind}:${i.id}`));
  expect(new Set(practice).size).toBe(practice.length);
}

describe('packStudyPlan', () => {
  it('keeps every rule over many settings: budgets, coverage, rest days, mocks, flashcards', () => {
    const starts = ['2026-03-02', '2026-03-04', '2026-03-07', '2026-03-08', '2026-12-28'];
    const restSets: Weekday[][] = [['sun'], ['sat', 'sun'], ['wed'], ['mon', 'wed', 'fri']];
    const random = seededRandom(42);
    const readinessSets: AreaReadiness[] = [UNKNOWN, AREA_IDS.map((id) => ({ id, score: random() < 0.3 ? null : random(), confidence: random() }))];
    let plans = 0;
    for (const weeks of [2, 3, 4, 5, 6]) {
      for (const hoursPerWeek of [3, 4.5, 6, 10, 15, 25, 40]) {
        for (const [i, start] of starts.entries()) {
          const settings: PlanSettings = { start, weeks, hoursPerWeek, restDays: restSets[i % restSets.length] };
          for (const readiness of readinessSets) {
            checkRules(packStudyPlan(settings, CATALOG, readiness), settings);
            plans++;
          }
        }
      }
    }
    for (let days = 7; days <= 42; days++) {
      for (const hoursPerWeek of [3, 7, 20]) {
        const settings: PlanSettings = { start: '2026-03-03', interviewDate: addDays('2026-03-03', days), hoursPerWeek };
        const plan = packStudyPlan(settings, CATALOG, UNKNOWN);
        expect(plan.days).toHaveLength(days);
        expect(daysBetween(plan.end, settings.interviewDate as string)).toBe(1);
        checkRules(plan, settings);
        plans++;
      }
    }
    expect(plans).toBe(5 * 7 * 5 * 2 + 36 * 3);
  });

  it('lays out a small plan exactly', () => {
    // 10 questions, one per area, 10 minutes each (+5 to review); 2 weeks from Monday at 3 h a week.
    const catalog: PlanCatalog = {
      questions: AREA_IDS.map((area, i) => ({ id: `q${i}`, title: `Q${i}`, type: QUESTION_TYPE_IDS[i % 8] as string, difficulty: 'easy', minutes: 10, areas: [area] })),
      flashcards: { count: 5, areas: ['metrics'] },
      mockStages: STAGES,
    };
    const plan = packStudyPlan({ start: '2026-03-02', weeks: 2, hoursPerWeek: 3 }, catalog, [{ id: 'metrics', score: 0.1 }]);
    const layout = plan.days.map((d) => `${d.date} ${d.weekday}${d.rest ? ' rest' : ''}: ${d.items.map((i) => `${i.id}/${i.minutes}`).join(' ')}`);
    expect(layout).toEqual([
      // Flashcards: floor(0.2 x 180 / 10) = 3 blocks, spread to study days 2, 4 and 6. Then the priority list,
      // metrics (q9, the weakest) first and the unknown areas in curriculum order, each on the least loaded day.
      '2026-03-02 mon: q9/15 q5/15',
      '2026-03-03 tue: flashcards/10 q2/15 q8/15',
      '2026-03-04 wed: q0/15 q6/15',
      '2026-03-05 thu: flashcards/10 q3/15',
      '2026-03-06 fri: q1/15 q7/15',
      '2026-03-07 sat: flashcards/10 q4/15',
      '2026-03-08 sun rest: ',
      // Mocks from day round(0.6 x 14) = 8 (Tue), then 4 days later: the last two stages of the loop.
      '2026-03-09 mon: ',
      '2026-03-10 tue: flashcards/10 product/60',
      '2026-03-11 wed: ',
      '2026-03-12 thu: flashcards/10',
      '2026-03-13 fri: ',
      '2026-03-14 sat: flashcards/10 final-round/60',
      '2026-03-15 sun rest: ',
    ]);
    expect(plan.weekly).toEqual([
      { week: 1, start: '2026-03-02', end: '2026-03-08', budget: 180, minutes: 30 + 10 * 15 },
      { week: 2, start: '2026-03-09', end: '2026-03-15', budget: 180, minutes: 30 + 120 },
    ]);
    expect(plan.totalMinutes).toBe(330);
    expect(plan.budgetPerWeek).toBe(180);
    expect(plan.mockStart).toBe('2026-03-10');
    expect(plan.focus.slice(0, 2)).toEqual(['metrics', 'product-development']);
    expect(plan.days[8]?.items[1]).toEqual({ kind: 'mock', id: 'product', title: 'Mock interview: Product interview', minutes: MOCK_MINUTES, areas: ['metrics', 'product-development', 'data-analysis'] });
    expect(plan.days[0]?.items[0]).toEqual({ kind: 'question', id: 'q9', title: 'Q9', minutes: 10 + QUESTION_REVIEW_MINUTES, areas: ['metrics'] });
  });

  it('puts weak and unknown areas first and gives weak areas more practice than strong ones', () => {
    const readiness: AreaReadiness = AREA_IDS.map((id) => ({ id, score: id === 'metrics' ? 0.1 : id === 'market-trends' ? null : 0.95 }));
    const plan = packStudyPlan({ start: '2026-03-02', weeks: 4, hoursPerWeek: 6 }, CATALOG, readiness);
    expect(plan.focus.slice(0, 2)).toEqual(['metrics', 'market-trends']);
    expect(plan.focus.at(-1)).toBe('product-roadmap');
    const practice = plan.days.flatMap((d) => d.items.filter((i) => i.kind === 'question'));
    expect(practice[0]?.areas).toContain('metrics');
    // With one area per question, each round picks 1 + round(2 x need): 3 for metrics (0.1), 2 unknown, 1 strong.
    const single: PlanCatalog = {
      ...CATALOG,
      questions: AREA_IDS.flatMap((area) => Array.from({ length: 20 }, (_, i) => ({ id: `${area}-${i}`, title: `${area} ${i}`, type: QUESTION_TYPE_IDS[i % 8] as string, difficulty: 'easy' as const, minutes: 10, areas: [area] }))),
      problems: [],
    };
    const counts = packStudyPlan({ start: '2026-03-02', weeks: 2, hoursPerWeek: 6 }, single, readiness)
      .days.flatMap((d) => d.items.filter((i) => i.kind === 'question'))
      .reduce((map, i) => map.set(i.areas[0] as AreaId, (map.get(i.areas[0] as AreaId) ?? 0) + 1), new Map<AreaId, number>());
    // 2 x (360 - 6 flashcard blocks of 10) - 2 mocks of 60 = 480 minutes: 32 items of 15, which is the
    // first pass (10), one full round (3 + 2 + 8 x 1 = 13) and the first 9 picks of the next round.
    expect(Object.fromEntries(counts)).toEqual({
      metrics: 1 + 3 + 3,
      'market-trends': 1 + 2 + 2,
      'product-development': 1 + 1 + 1,
      'data-analysis': 1 + 1 + 1,
      'technical-skills': 1 + 1 + 1,
      communication: 1 + 1 + 1,
      'strategic-thinking': 1 + 1,
      'customer-needs': 1 + 1,
      'competitive-landscape': 1 + 1,
      'product-roadmap': 1 + 1,
    });
  });

  it('mixes question types within each week', () => {
    const plan = packStudyPlan({ start: '2026-03-02', weeks: 6, hoursPerWeek: 10 }, CATALOG, UNKNOWN);
    for (let w = 1; w <= 6; w++) {
      const types = weekOf(plan, w).flatMap((d) => d.items.filter((i) => i.kind === 'question').map((i) => CATALOG.questions.find((q) => q.id === i.id)?.type));
      expect(new Set(types).size).toBeGreaterThanOrEqual(5);
      const most = Math.max(...QUESTION_TYPE_IDS.map((t) => types.filter((x) => x === t).length));
      expect(most / types.length).toBeLessThanOrEqual(0.35);
    }
  });

  it('schedules code problems when the content has them, and fills every week up to its budget', () => {
    const plan = packStudyPlan({ start: '2026-03-02', weeks: 6, hoursPerWeek: 15 }, CATALOG, UNKNOWN);
    expect(plan.days.flatMap((d) => d.items).filter((i) => i.kind === 'problem').map((i) => `${i.id}/${i.minutes}`).sort()).toEqual(['lru-cache/40', 'sort-array/25']);
    for (const week of plan.weekly) expect(week.budget - week.minutes).toBeLessThan(10);
  });

  it('is deterministic, and a seed reorders ties reproducibly', () => {
    const settings: PlanSettings = { start: '2026-03-02', weeks: 3, hoursPerWeek: 8 };
    expect(packStudyPlan(settings, CATALOG, UNKNOWN)).toEqual(packStudyPlan(settings, CATALOG, UNKNOWN));
    const seeded = packStudyPlan({ ...settings, seed: 5 }, CATALOG, UNKNOWN);
    expect(seeded).toEqual(packStudyPlan({ ...settings, seed: 5 }, CATALOG, UNKNOWN));
    const ids = (p: StudyPlan) => p.days.flatMap((d) => d.items.map((i) => i.id));
    expect(ids(seeded)).not.toEqual(ids(packStudyPlan(settings, CATALOG, UNKNOWN)));
    checkRules(seeded, settings);
  });

  it('ends the day before the interview and rests on the eve when a short last week has no rest day', () => {
    const plan = packStudyPlan({ start: '2026-03-02', interviewDate: '2026-03-12', hoursPerWeek: 5 }, CATALOG, UNKNOWN);
    expect([plan.start, plan.end, plan.weeks, plan.interviewDate]).toEqual(['2026-03-02', '2026-03-11', 2, '2026-03-12']);
    expect(plan.days.filter((d) => d.rest).map((d) => d.date)).toEqual(['2026-03-08', '2026-03-11']);
    expect(plan.weekly.map((w) => w.budget)).toEqual([300, Math.floor((300 * 3) / 7)]);
  });

  it('refuses settings outside the named limits, saying what is allowed', () => {
    const base: PlanSettings = { start: '2026-03-02', weeks: 4, hoursPerWeek: 6 };
    const refuse = (changes: Partial<PlanSettings>) => () => packStudyPlan({ ...base, ...changes }, CATALOG, UNKNOWN);
    expect(refuse({ weeks: 1 })).toThrow('weeks is a whole number from 2 to 6; got 1');
    expect(refuse({ weeks: 7 })).toThrow('weeks is a whole number from 2 to 6; got 7');
    expect(refuse({ weeks: 2.5 })).toThrow('weeks is a whole number from 2 to 6; got 2.5');
    expect(refuse({ hoursPerWeek: 2 })).toThrow('hours per week is 3 to 40; got 2');
    expect(refuse({ hoursPerWeek: 41 })).toThrow('hours per week is 3 to 40; got 41');
    expect(refuse({ start: '2026-02-30' })).toThrow('the start date is written YYYY-MM-DD, e.g. 2026-03-02; got "2026-02-30"');
    expect(refuse({ interviewDate: '2026-02-27' })).toThrow('the interview date 2026-02-27 is in the past: 3 days before the plan starts (2026-03-02); give the date of an interview still to come, or plan by weeks left instead');
    expect(refuse({ interviewDate: '2026-03-02' })).toThrow('the interview date 2026-03-02 is the day the plan starts (2026-03-02): there is no time left to plan; give a later date');
    expect(refuse({ interviewDate: '2026-03-05' })).toThrow('the interview date 2026-03-05 is 3 days after the start 2026-03-02; a plan needs 7 to 42 days (1-6 weeks)');
    expect(refuse({ interviewDate: '2026-04-14' })).toThrow('the interview date 2026-04-14 is 43 days after the start 2026-03-02; a plan needs 7 to 42 days (1-6 weeks)');
    expect(refuse({ interviewDate: 'soon' })).toThrow('the interview date is written YYYY-MM-DD, e.g. 2026-03-30; got "soon"');
    expect(refuse({ restDays: [] })).toThrow(`rest days are 1 to 3 of ${WEEKDAYS.join(', ')}; got none`);
    expect(refuse({ restDays: ['mon', 'tue', 'wed', 'thu'] })).toThrow('rest days are 1 to 3 of sun, mon, tue, wed, thu, fri, sat; got mon, tue, wed, thu');
  });
});
