import { InvalidInputError } from './errors.js';
import type { LoopStageTemplate, LoopTemplate, MockItem, MockItemKind } from './mock-types.js';
import { UNKNOWN_PLANNING_SCORE } from './readiness.js';
import { fitsRound, isStoryType, QUESTION_TYPE_IDS, type AreaId, type QuestionType, type SkillId, type StageId, type TrackId } from './taxonomy.js';

/**
 * Chooses the questions of a loop for one person: for each stage, questions of the types its mix asks
 * for, weakest skills and areas first, then questions the person has not seen before those they have,
 * then a seeded shuffle, so the same seed and the same history give the same loop. Questions of the
 * loop's track (or the track given) come before all of that; another track's questions are asked only
 * when the track has too few. Story questions (behavioral, deep-dive, partnership) get a story from the
 * bank suggested, never the same story twice in one loop.
 *
 * @example
 *   chooseLoopItems({ loop, questions, problems, readiness: { skills: {}, areas: {} }, seen, stories: [], seed: 7 })
 */

export interface QuestionCandidate {
  id: string;
  title: string;
  type: QuestionType;
  skills: SkillId[];
  areas: AreaId[];
  stages: StageId[];
  /** The jobs the question prepares for; absent means both. */
  tracks?: TrackId[];
  minutes: number;
  /** Behavioral themes (content/stories/themes.yaml) the question belongs to. */
  themes: string[];
  followups: string[];
}

export interface ProblemCandidate {
  id: string;
  title: string;
  skills: SkillId[];
  areas: AreaId[];
}

export interface StoryCandidate {
  id: number;
  themes: string[];
  /** The coach's score of the story (0-100); better stories are suggested first. */
  score: number;
}

/** Readiness scores 0-1 per skill and area; null or missing means no evidence yet. */
export interface ReadinessScores {
  skills: Partial<Record<SkillId, number | null>>;
  areas: Partial<Record<AreaId, number | null>>;
}

export interface SelectionInput {
  loop: LoopTemplate;
  questions: readonly QuestionCandidate[];
  problems: readonly ProblemCandidate[];
  readiness: ReadinessScores;
  /** Questions and problems the person has practised or been asked in an earlier mock. */
  seen: { questions: ReadonlySet<string>; problems: ReadonlySet<string> };
  stories: readonly StoryCandidate[];
  seed: number;
  /** The track to choose for; defaults to the loop's own track. */
  track?: TrackId | null;
}

/** Minutes a coding exercise is planned for inside its stage. */
export const CODING_MINUTES = 25;

/** 32-bit FNV-1a of the seed and an id: a tie-break that does not depend on the order candidates arrive in. */
export function seededRank(seed: number, id: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${seed}:${id}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** How much practice the item's skills and areas want: 1 - readiness, unknown counted as half ready. */
export function needOf(skills: readonly SkillId[], areas: readonly AreaId[], readiness: ReadinessScores): number {
  const scores = [...skills.map((s) => readiness.skills[s]), ...areas.map((a) => readiness.areas[a])].map((s) => s ?? UNKNOWN_PLANNING_SCORE);
  return scores.length === 0 ? 1 - UNKNOWN_PLANNING_SCORE : 1 - scores.reduce((a, b) => a + b, 0) / scores.length;
}

interface Rankable {
  id: string;
  skills: SkillId[];
  areas: AreaId[];
}

/**
 * Weakest first (need in tenths, so near-equal needs tie), unseen before seen, then the seeded order.
 * `fits` (0 is best: the question is of the track and the stage asks for its kind) comes before all of them.
 */
function rank<T extends Rankable>(items: readonly T[], input: SelectionInput, seen: ReadonlySet<string>, fits: (item: T) => number): T[] {
  const keyed = items.map((item) => ({
    item,
    fit: fits(item),
    need: Math.round(needOf(item.skills, item.areas, input.readiness) * 10),
    seen: seen.has(item.id) ? 1 : 0,
    tie: seededRank(input.seed, item.id),
  }));
  keyed.sort((a, b) => a.fit - b.fit || b.need - a.need || a.seen - b.seen || a.tie - b.tie || a.item.id.localeCompare(b.item.id));
  return keyed.map((k) => k.item);
}

function questionItem(key: string, kind: MockItemKind, q: QuestionCandidate): MockItem {
  return {
    key,
    kind,
    refId: q.id,
    title: q.title,
    type: q.type,
    skills: [...q.skills],
    areas: [...q.areas],
    minutes: q.minutes,
    themes: [...q.themes],
    fallbackFollowUps: [...q.followups],
    suggestedStoryId: null,
    answer: null,
    followUp: null,
  };
}

function pickQuestions(stage: LoopStageTemplate, types: readonly QuestionType[], count: number, input: SelectionInput, used: Set<string>): QuestionCandidate[] {
  const pool = input.questions.filter(
    (q) => types.includes(q.type) && !used.has(q.id) && (q.type !== 'behavioral' || stage.themes.length === 0 || q.themes.some((t) => stage.themes.includes(t))),
  );
  const track = input.track === undefined ? input.loop.track : input.track;
  const offTrack = (q: QuestionCandidate) => (track && q.tracks && !q.tracks.includes(track) ? 2 : 0);
  const chosen = rank(pool, input, input.seen.questions, (q) => offTrack(q) + (fitsRound(stage.kind, q) ? 0 : 1)).slice(0, count);
  if (chosen.length < count) {
    throw new InvalidInputError(`loop "${input.loop.id}", stage "${stage.id}" asks for ${count} ${types.join(' or ')} question(s) and only ${chosen.length} are left in the bank`);
  }
  chosen.forEach((q) => used.add(q.id));
  return chosen;
}

/** Suggests, for each story item (behavioral, deep-dive, partnership) in order, the best-fitting story not suggested before in the loop. */
function suggestStories(items: MockItem[], stories: readonly StoryCandidate[]): void {
  const given = new Set<number>();
  for (const item of items) {
    if (!item.type || !isStoryType(item.type)) continue;
    const best = stories
      .filter((s) => !given.has(s.id))
      .map((s) => ({ s, overlap: s.themes.filter((t) => item.themes.includes(t)).length }))
      // A question without themes (a deep dive, a partnership round) takes the best story left.
      .filter((x) => x.overlap > 0 || item.themes.length === 0)
      .sort((a, b) => b.overlap - a.overlap || b.s.score - a.s.score || a.s.id - b.s.id)[0];
    if (best) {
      item.suggestedStoryId = best.s.id;
      given.add(best.s.id);
    }
  }
}

/** The items of every stage, in the order they will be asked. */
export function chooseLoopItems(input: SelectionInput): MockItem[][] {
  const used = new Set<string>();
  const usedProblems = new Set<string>();
  const stages = input.loop.stages.map((stage, s) => {
    const items: MockItem[] = [];
    const key = () => `${s + 1}.${items.length + 1}`;
    const types = (Object.keys(stage.mix) as QuestionType[]).sort((a, b) => QUESTION_TYPE_IDS.indexOf(a) - QUESTION_TYPE_IDS.indexOf(b));
    for (const type of types) {
      for (const q of pickQuestions(stage, [type], stage.mix[type] ?? 0, input, used)) items.push(questionItem(key(), 'question', q));
    }
    for (let i = 0; i < stage.coding; i++) {
      const pool = input.problems.filter((p) => !usedProblems.has(p.id));
      const problem = rank(pool, input, input.seen.problems, () => 0)[0];
      if (!problem) throw new InvalidInputError(`loop "${input.loop.id}", stage "${stage.id}" asks for a coding exercise and there is none left`);
      usedProblems.add(problem.id);
      items.push({
        key: key(),
        kind: 'coding',
        refId: problem.id,
        title: problem.title,
        type: null,
        skills: [...problem.skills],
        areas: [...problem.areas],
        minutes: CODING_MINUTES,
        themes: [],
        fallbackFollowUps: [],
        suggestedStoryId: null,
        answer: null,
        followUp: null,
      });
    }
    if (stage.written) {
      const [q] = pickQuestions(stage, stage.written.types, 1, input, used);
      if (q) items.push({ ...questionItem(key(), 'written', q), minutes: stage.minutes });
    }
    return items;
  });
  suggestStories(stages.flat(), input.stories);
  return stages;
}
