import { InvalidInputError } from './errors.js';
import { AREA_IDS, PROGRAM_COMPETENCY_IDS, SKILL_IDS, type AreaId, type ProgramCompetencyId, type SkillId, type TrackId } from './taxonomy.js';

/**
 * Readiness per skill and area from evidence: every scored piece of practice counts, recent practice
 * counts more. A skill or area without evidence is unknown (null), never zero: zero would claim you
 * tried and failed.
 *
 * @example
 *   const now = new Date('2026-03-15T12:00:00Z');
 *   readinessOf([{ kind: 'attempt', at: now, score: 0.8, skills: ['communication'], areas: ['communication'] }], now)
 *     .skills.communication.score; // 0.8
 */

export const EVIDENCE_KINDS = ['attempt', 'submission', 'flashcard', 'mock', 'checklist', 'exercise', 'review', 'peer'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  kind: EvidenceKind;
  at: Date;
  /** 0 (nothing shown) to 1 (everything a strong answer shows). */
  score: number;
  skills: readonly SkillId[];
  areas: readonly AreaId[];
  /** The program track's competencies it shows (a question tagged with them); none for most kinds. */
  competencies?: readonly ProgramCompetencyId[];
  /** The tracks it prepares for; absent means both (flashcards, checklist, code). */
  tracks?: readonly TrackId[];
  /** How much this item counts before decay; defaults to its kind's weight. */
  weight?: number;
}

/** Evidence loses half its weight every this many days: practice two weeks ago counts half as much as today's. */
export const HALF_LIFE_DAYS = 14;

/**
 * How much one item of each kind counts before decay. A mock stage is a whole timed interview with a
 * debrief; a single flashcard review or a ticked checklist item says far less than a scored answer. A
 * coach's review (hosted mode) is a person who has sat on hiring loops scoring an answer point by point:
 * it counts like a mock stage.
 */
export const KIND_WEIGHTS: Record<EvidenceKind, number> = {
  attempt: 1,
  submission: 1,
  exercise: 1,
  mock: 2,
  /** A round of a peer mock, scored by the other candidate: counted like a mock stage. */
  peer: 2,
  checklist: 0.25,
  flashcard: 0.1,
  review: 2,
};

/** The decayed evidence weight at which confidence reaches one half (three fresh answers). */
export const CONFIDENCE_HALF_WEIGHT = 3;

/** Confidence levels, by the lowest confidence each starts at. */
export const CONFIDENCE_LEVELS = [
  { id: 'none', from: 0 },
  { id: 'low', from: Number.MIN_VALUE },
  { id: 'medium', from: 0.4 },
  { id: 'high', from: 0.7 },
] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number]['id'];

/** Bands a readiness score is drawn in, by the lowest score each starts at (the web colours by id). */
export const SCORE_BANDS = [
  { id: 'low', from: 0 },
  { id: 'mid', from: 0.4 },
  { id: 'high', from: 0.7 },
] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number]['id'];

/** The band of a 0-1 score; null when the score is unknown. */
export function scoreBand(score: number | null): ScoreBand | null {
  if (score === null) return null;
  let band: ScoreBand = 'low';
  for (const candidate of SCORE_BANDS) if (score >= candidate.from) band = candidate.id;
  return band;
}

/**
 * Unknown areas are planned as if half ready: ahead of areas you do well in, behind areas where the
 * evidence says you struggle.
 */
export const UNKNOWN_PLANNING_SCORE = 0.5;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Estimate {
  /** The decay-weighted mean score, or null when there is no evidence. */
  score: number | null;
  /** 0-1, from the decayed weight of the evidence: more and fresher evidence is surer. */
  confidence: number;
  level: ConfidenceLevel;
  /** How many items count (before decay). */
  items: number;
  /** Their weight after decay. */
  weight: number;
  lastAt: Date | null;
}

export interface Readiness {
  at: Date;
  halfLifeDays: number;
  skills: Record<SkillId, Estimate>;
  areas: Record<AreaId, Estimate>;
  /** The program track's axis, beside the guide's areas. */
  competencies: Record<ProgramCompetencyId, Estimate>;
  /** The track read for, or null for everything. */
  track: TrackId | null;
  /**
   * The mean of the known areas (the product track and no track) or competencies (the program track);
   * confidence is the mean over all of them, so gaps lower it.
   */
  overall: { score: number | null; confidence: number; level: ConfidenceLevel; known: number; total: number };
}

export interface ReadinessOptions {
  halfLifeDays?: number;
  /** Only evidence for this track counts (evidence without tracks counts for both). */
  track?: TrackId | null;
}

/** Whether an item of evidence counts for a track: untagged evidence counts for both. */
export function countsForTrack(item: Pick<Evidence, 'tracks'>, track: TrackId | null | undefined): boolean {
  return !track || !item.tracks || item.tracks.includes(track);
}

/** The share of its weight an item keeps after `ageDays`: 1 when fresh, 1/2 after one half-life. */
export function decayFactor(ageDays: number, halfLifeDays = HALF_LIFE_DAYS): number {
  return ageDays <= 0 ? 1 : 0.5 ** (ageDays / halfLifeDays);
}

export function confidenceOf(weight: number): number {
  return weight <= 0 ? 0 : weight / (weight + CONFIDENCE_HALF_WEIGHT);
}

export function confidenceLevel(confidence: number): ConfidenceLevel {
  let level: ConfidenceLevel = 'none';
  for (const candidate of CONFIDENCE_LEVELS) if (confidence >= candidate.from) level = candidate.id;
  return level;
}

function check(item: Evidence): void {
  if (!(item.score >= 0 && item.score <= 1)) {
    throw new InvalidInputError(`an evidence score is 0 to 1; got ${item.score} (${item.kind} at ${item.at.toISOString()})`);
  }
  if (item.weight !== undefined && !(item.weight >= 0)) {
    throw new InvalidInputError(`an evidence weight is 0 or more; got ${item.weight} (${item.kind} at ${item.at.toISOString()})`);
  }
}

/** One skill's or area's estimate from the evidence about it; items after `now` do not count yet. */
export function estimateOf(evidence: readonly Evidence[], now: Date, halfLifeDays = HALF_LIFE_DAYS): Estimate {
  let weight = 0;
  let weighted = 0;
  let items = 0;
  let lastAt: Date | null = null;
  for (const item of evidence) {
    if (item.at.getTime() > now.getTime()) continue;
    check(item);
    const w = (item.weight ?? KIND_WEIGHTS[item.kind]) * decayFactor((now.getTime() - item.at.getTime()) / DAY_MS, halfLifeDays);
    weight += w;
    weighted += w * item.score;
    items += 1;
    if (!lastAt || item.at > lastAt) lastAt = item.at;
  }
  const confidence = confidenceOf(weight);
  return { score: weight > 0 ? weighted / weight : null, confidence, level: confidenceLevel(confidence), items, weight, lastAt };
}

export function readinessOf(evidence: readonly Evidence[], now: Date, options: ReadinessOptions = {}): Readiness {
  const halfLifeDays = options.halfLifeDays ?? HALF_LIFE_DAYS;
  const track = options.track ?? null;
  const bySkill = new Map<SkillId, Evidence[]>(SKILL_IDS.map((id) => [id, []]));
  const byArea = new Map<AreaId, Evidence[]>(AREA_IDS.map((id) => [id, []]));
  const byCompetency = new Map<ProgramCompetencyId, Evidence[]>(PROGRAM_COMPETENCY_IDS.map((id) => [id, []]));
  for (const item of evidence) {
    if (!countsForTrack(item, track)) continue;
    for (const skill of new Set(item.skills)) bySkill.get(skill)?.push(item);
    for (const area of new Set(item.areas)) byArea.get(area)?.push(item);
    for (const competency of new Set(item.competencies ?? [])) byCompetency.get(competency)?.push(item);
  }
  const skills = Object.fromEntries(SKILL_IDS.map((id) => [id, estimateOf(bySkill.get(id) ?? [], now, halfLifeDays)])) as Record<SkillId, Estimate>;
  const areas = Object.fromEntries(AREA_IDS.map((id) => [id, estimateOf(byArea.get(id) ?? [], now, halfLifeDays)])) as Record<AreaId, Estimate>;
  const competencies = Object.fromEntries(PROGRAM_COMPETENCY_IDS.map((id) => [id, estimateOf(byCompetency.get(id) ?? [], now, halfLifeDays)])) as Record<ProgramCompetencyId, Estimate>;
  const axis: Estimate[] = track === 'program' ? PROGRAM_COMPETENCY_IDS.map((id) => competencies[id]) : AREA_IDS.map((id) => areas[id]);
  const known = axis.map((e) => e.score).filter((s): s is number => s !== null);
  const confidence = axis.reduce((sum, e) => sum + e.confidence, 0) / axis.length;
  return {
    at: now,
    halfLifeDays,
    skills,
    areas,
    competencies,
    track,
    overall: {
      score: known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null,
      confidence,
      level: confidenceLevel(confidence),
      known: known.length,
      total: axis.length,
    },
  };
}

export interface TrendPoint {
  at: Date;
  overall: number | null;
  confidence: number;
  /** Items that existed by then. */
  items: number;
}

/** Overall readiness as it stood at weekly points ending now, oldest first. */
export function readinessTrend(evidence: readonly Evidence[], now: Date, weeks = 8, options: ReadinessOptions = {}): TrendPoint[] {
  return Array.from({ length: weeks }, (_, i) => {
    const at = new Date(now.getTime() - (weeks - 1 - i) * 7 * DAY_MS);
    const readiness = readinessOf(evidence, at, options);
    const items = evidence.filter((e) => e.at.getTime() <= at.getTime() && countsForTrack(e, options.track)).length;
    return { at, overall: readiness.overall.score, confidence: readiness.overall.confidence, items };
  });
}

export interface AreaNeed {
  id: AreaId;
  score: number | null;
  confidence: number;
  /** 1 - score, with unknown counted as UNKNOWN_PLANNING_SCORE: how much practice the area wants. */
  need: number;
}

/**
 * Areas by how much they need practice: weakest first, unknown ranked as half ready, then the less
 * certain first, then curriculum order. The dashboard's "practise next" and the study plan share it.
 */
export function rankAreasByNeed(areas: ReadonlyArray<{ id: AreaId; score: number | null; confidence?: number }>): AreaNeed[] {
  return areas
    .map((a) => ({ id: a.id, score: a.score, confidence: a.confidence ?? 0, need: 1 - (a.score ?? UNKNOWN_PLANNING_SCORE) }))
    .sort((a, b) => b.need - a.need || a.confidence - b.confidence || AREA_IDS.indexOf(a.id) - AREA_IDS.indexOf(b.id));
}

/**
 * An overall readiness figure is shown only once the evidence can carry one: scored practice in at
 * least half of the areas, and at least five scored pieces of practice (answers, code submissions,
 * exercises, mock stages). Before that a mean of two answers would read as a verdict on all ten areas.
 */
export const OVERALL_MIN_AREAS = 5;
export const OVERALL_MIN_PRACTICE = 5;
/** Kinds that are performance someone scored; flashcard recall and the checklist support an area but not the overall figure. */
export const PRACTICE_KINDS: readonly EvidenceKind[] = ['attempt', 'submission', 'exercise', 'mock', 'peer'];

export interface OverallGap {
  what: 'areas' | 'practice';
  /** How many more are needed. */
  needed: number;
  message: string;
}

/** What is missing before the overall figure means something; empty when nothing is. */
export function overallGaps(readiness: Readiness, evidence: readonly Evidence[], areaTitle: (id: AreaId) => string = (id) => id): OverallGap[] {
  const gaps: OverallGap[] = [];
  const unknown = AREA_IDS.filter((id) => readiness.areas[id].score === null);
  const areasNeeded = OVERALL_MIN_AREAS - readiness.overall.known;
  if (areasNeeded > 0) {
    gaps.push({
      what: 'areas',
      needed: areasNeeded,
      message: `evidence in ${areasNeeded} more area${areasNeeded === 1 ? '' : 's'} (${readiness.overall.known} of the ${OVERALL_MIN_AREAS} needed); none yet in ${unknown.map(areaTitle).join(', ')}`,
    });
  }
  const practice = evidence.filter((e) => e.at.getTime() <= readiness.at.getTime() && PRACTICE_KINDS.includes(e.kind)).length;
  const practiceNeeded = OVERALL_MIN_PRACTICE - practice;
  if (practiceNeeded > 0) {
    gaps.push({
      what: 'practice',
      needed: practiceNeeded,
      message: `${practiceNeeded} more scored piece${practiceNeeded === 1 ? '' : 's'} of practice (answers, code submissions, exercises or mock stages; ${practice} of ${OVERALL_MIN_PRACTICE} so far)`,
    });
  }
  return gaps;
}
