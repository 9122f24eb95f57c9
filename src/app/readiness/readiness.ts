import { practiceStreak, timeSpent, type Streak, type TimeSpent } from '../../core/activity.js';
import { localDateOf } from '../../core/calendar-date.js';
import {
  countsForTrack,
  EVIDENCE_KINDS,
  overallGaps,
  rankAreasByNeed,
  readinessOf,
  readinessTrend,
  scoreBand,
  type ConfidenceLevel,
  type Estimate,
  type EvidenceKind,
  type OverallGap,
  type Readiness,
  type ScoreBand,
} from '../../core/readiness.js';
import { AREAS, PROGRAM_COMPETENCIES, SKILLS, titleOf, type AreaId, type TrackId } from '../../core/taxonomy.js';
import type { Content } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import { profileDefaults, type TrackFrom } from '../settings/profile-defaults.js';
import { evidenceSources, SECONDS_PER_REVIEW, type EvidenceSource, type PracticeRecord } from './readiness-sources.js';

export { SECONDS_PER_REVIEW } from './readiness-sources.js';

/** The trend covers this many weeks, one point a week ending now. */
export const TREND_WEEKS = 8;
/** "Practise next" names this many areas. */
export const NEXT_AREAS = 3;

export interface ProgressEstimate {
  id: string;
  title: string;
  /** 0-1, or null when there is no evidence yet (unknown, not zero). */
  score: number | null;
  confidence: number;
  level: ConfidenceLevel;
  /** The band the score is drawn in; null when unknown. */
  band: ScoreBand | null;
  items: number;
  lastAt: string | null;
}

export interface Progress {
  at: string;
  /** The track readiness is read for, or null for every question. */
  track: TrackId | null;
  /** Why that track: the request named it, the stored setting chose it, or nothing did (every track). */
  trackFrom: TrackFrom;
  halfLifeDays: number;
  /**
   * `score` stays null until the evidence supports an overall figure (core/readiness.ts
   * OVERALL_MIN_AREAS, OVERALL_MIN_PRACTICE); `missing` says what is still needed, empty once shown.
   */
  overall: Readiness['overall'] & { missing: OverallGap[] };
  skills: ProgressEstimate[];
  areas: ProgressEstimate[];
  /** The program track's competencies (execution, risk, dependencies, stakeholders, technical judgement). */
  competencies: ProgressEstimate[];
  /** Oldest first; `date` is the local day of the point. */
  trend: Array<{ date: string; at: string; overall: number | null; items: number }>;
  streak: Streak;
  time: TimeSpent & { secondsPerReview: number };
  /** The areas to practise next, most in need first, with why. */
  next: Array<{ id: AreaId; title: string; score: number | null; level: ConfidenceLevel; reason: string }>;
  evidence: { total: number; byKind: Array<{ kind: EvidenceKind; items: number }> };
}

export interface ProgressDeps {
  db: Db;
  content: Content;
  now: () => Date;
  /** Defaults to every source in readiness-sources.ts. */
  sources?: EvidenceSource[];
}

function reasonFor(estimate: Estimate): string {
  if (estimate.score === null) return 'No evidence yet: one answer gives a first reading.';
  const items = `${estimate.items} item${estimate.items === 1 ? '' : 's'}`;
  return `${Math.round(estimate.score * 100)}% from ${items}, ${estimate.level} confidence.`;
}

function estimateView(id: string, title: string, estimate: Estimate): ProgressEstimate {
  const { score, confidence, level, items, lastAt } = estimate;
  return { id, title, score, confidence, level, band: scoreBand(score), items, lastAt: lastAt?.toISOString() ?? null };
}

/** Readiness, trend, streak and time spent, from every evidence source. */
export function progressOperations({ db, content, now, sources = evidenceSources(db, content) }: ProgressDeps) {
  const defaults = profileDefaults(db);
  async function collect(): Promise<PracticeRecord> {
    const records = await Promise.all(sources.map((source) => source.read()));
    return { evidence: records.flatMap((r) => r.evidence), activity: records.flatMap((r) => r.activity) };
  }

  /** The model itself, for other operations (the study plan) to build on. */
  async function readiness(track: TrackId | null = null): Promise<Readiness> {
    return readinessOf((await collect()).evidence, now(), { track });
  }

  /** Readiness for one track (`product`, `program`, `all`); without one, for the person's stored track. */
  async function get(options: { track?: unknown } = {}): Promise<Progress> {
    const { track, trackFrom } = await defaults.track(options.track);
    const at = now();
    const { evidence, activity } = await collect();
    const model = readinessOf(evidence, at, { track });
    const counted = evidence.filter((e) => countsForTrack(e, track));
    const missing = overallGaps(model, counted, (id) => titleOf(AREAS, id));
    const trendOverall = (point: Date, raw: number | null) => (raw === null || overallGaps(readinessOf(evidence, point, { track }), counted).length > 0 ? null : raw);
    const ranked = rankAreasByNeed(AREAS.map((a) => ({ id: a.id, score: model.areas[a.id].score, confidence: model.areas[a.id].confidence })));
    return {
      at: at.toISOString(),
      track,
      trackFrom,
      halfLifeDays: model.halfLifeDays,
      overall: { ...model.overall, score: missing.length > 0 ? null : model.overall.score, missing },
      skills: SKILLS.map((s) => estimateView(s.id, s.title, model.skills[s.id])),
      areas: AREAS.map((a) => estimateView(a.id, a.title, model.areas[a.id])),
      competencies: PROGRAM_COMPETENCIES.map((c) => estimateView(c.id, c.title, model.competencies[c.id])),
      trend: readinessTrend(evidence, at, TREND_WEEKS, { track }).map((p) => ({ date: localDateOf(p.at), at: p.at.toISOString(), overall: trendOverall(p.at, p.overall), items: p.items })),
      streak: practiceStreak(activity, at),
      time: { ...timeSpent(activity, at), secondsPerReview: SECONDS_PER_REVIEW },
      next: ranked.slice(0, NEXT_AREAS).map((a) => ({
        id: a.id,
        title: titleOf(AREAS, a.id),
        score: a.score,
        level: model.areas[a.id].level,
        reason: reasonFor(model.areas[a.id]),
      })),
      evidence: {
        total: counted.length,
        byKind: EVIDENCE_KINDS.map((kind) => ({ kind, items: counted.filter((e) => e.kind === kind).length })).filter((k) => k.items > 0),
      },
    };
  }

  return { get, readiness, collect };
}
