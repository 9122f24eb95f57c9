import type { AreaNeed } from './readiness.js';
import { DIFFICULTY_IDS, type AreaId, type Difficulty } from './taxonomy.js';

/**
 * The priority-ordered practice list a study plan is packed from, the way Grind 75 orders its problems:
 * first one item per area (weakest area first) so every area is covered early, then rounds in which
 * weak areas get more items than strong ones. Within an area easier and shorter items come first, and
 * each pick prefers a question type the last few picks did not use, so a week mixes types.
 */

export interface PlanQuestion {
  id: string;
  title: string;
  type: string;
  difficulty: Difficulty;
  /** The time the question gives for an answer. */
  minutes: number;
  areas: readonly AreaId[];
}

export interface PlanProblem {
  id: string;
  title: string;
  difficulty: Difficulty;
  areas: readonly AreaId[];
}

export interface Candidate {
  kind: 'question' | 'problem';
  id: string;
  title: string;
  /** The question type, or "coding" for a code problem: what a week's mix is measured on. */
  type: string;
  difficulty: Difficulty;
  minutes: number;
  areas: AreaId[];
}

/** After answering, the time to compare with the rubric and the model outline. */
export const QUESTION_REVIEW_MINUTES = 5;
/** A code problem: reading, solving, testing and reading the judge's verdict. */
export const PROBLEM_MINUTES: Record<Difficulty, number> = { easy: 25, medium: 40, hard: 60 };
/** Items per round are 1 + round(WEAK_EXTRA_PICKS * need): an area with no skill shown gets 3, a mastered one 1. */
export const WEAK_EXTRA_PICKS = 2;
/** A pick looks at this many recent picks to find the least used type... */
export const TYPE_MIX_WINDOW = 6;
/** ...among this many next candidates of the area, so the easy-first order mostly holds. */
export const TYPE_MIX_LOOKAHEAD = 6;

/** A small seeded generator (mulberry32): the same seed gives the same plan. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function candidatesOf(questions: readonly PlanQuestion[], problems: readonly PlanProblem[]): Candidate[] {
  return [
    ...questions.map((q) => ({
      kind: 'question' as const,
      id: q.id,
      title: q.title,
      type: q.type,
      difficulty: q.difficulty,
      minutes: q.minutes + QUESTION_REVIEW_MINUTES,
      areas: [...q.areas],
    })),
    ...problems.map((p) => ({
      kind: 'problem' as const,
      id: p.id,
      title: p.title,
      type: 'coding',
      difficulty: p.difficulty,
      minutes: PROBLEM_MINUTES[p.difficulty],
      areas: [...p.areas],
    })),
  ];
}

/** Every candidate once, in the order a plan should schedule them. */
export function prioritize(candidates: readonly Candidate[], ranked: readonly AreaNeed[], seed?: number): Candidate[] {
  const tieBreak = new Map<string, number>();
  if (seed !== undefined) {
    const random = seededRandom(seed);
    for (const c of candidates) tieBreak.set(`${c.kind}:${c.id}`, random());
  }
  const keyOf = (c: Candidate) => `${c.kind}:${c.id}`;
  const order = (a: Candidate, b: Candidate) =>
    DIFFICULTY_IDS.indexOf(a.difficulty) - DIFFICULTY_IDS.indexOf(b.difficulty) ||
    (seed === undefined ? a.minutes - b.minutes || a.id.localeCompare(b.id) : (tieBreak.get(keyOf(a)) ?? 0) - (tieBreak.get(keyOf(b)) ?? 0));
  const pools = new Map(ranked.map((area) => [area.id, candidates.filter((c) => c.areas.includes(area.id)).sort(order)]));
  const picked = new Set<string>();
  const list: Candidate[] = [];

  const pickFrom = (area: AreaId): boolean => {
    const pool = pools.get(area) ?? [];
    while (pool.length > 0 && picked.has(keyOf(pool[0] as Candidate))) pool.shift();
    const window = pool.filter((c) => !picked.has(keyOf(c))).slice(0, TYPE_MIX_LOOKAHEAD);
    if (window.length === 0) return false;
    const recent = list.slice(-TYPE_MIX_WINDOW);
    const uses = (type: string) => recent.filter((c) => c.type === type).length;
    let best = window[0] as Candidate;
    for (const c of window) if (uses(c.type) < uses(best.type)) best = c;
    picked.add(keyOf(best));
    list.push(best);
    return true;
  };

  for (const area of ranked) pickFrom(area.id);
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (const area of ranked) {
      const picks = 1 + Math.round(WEAK_EXTRA_PICKS * area.need);
      for (let i = 0; i < picks; i++) if (pickFrom(area.id)) progressed = true;
    }
  }
  return list;
}
