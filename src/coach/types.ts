import type { QuestionType } from '../core/taxonomy.js';
import type { LevelId, LevelTitle } from './levels.js';

/** Character offsets into the original answer: [start, end), so text.slice(start, end) is the evidence. */
export type Span = [number, number];

/** A rubric point as the question bank stores it (content/questions/<type>/<slug>.md). */
export interface RubricPointInput {
  point: string;
  shows?: string;
  signals: readonly string[];
}

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPartId = (typeof STAR_PARTS)[number];

export interface StarPart {
  present: boolean;
  spans: Span[];
  /** Words in this part, the seconds they take to say, and their share of the whole answer. */
  words: number;
  seconds: number;
  share: number;
}

export type QuantityKind = 'percent' | 'money' | 'duration' | 'multiplier' | 'fraction' | 'zero' | 'count';

export interface Quantity {
  text: string;
  span: Span;
  kind: QuantityKind;
  /** Written in words ("twenty minutes", "a third") rather than digits. */
  spelled: boolean;
  inResult: boolean;
}

export interface TermCount {
  term: string;
  count: number;
  spans: Span[];
}

export interface DeliveryMarks {
  count: number;
  perMinute: number;
  spans: Span[];
  terms: TermCount[];
  /** Often enough that a listener notices (thresholds in content/coach/delivery.yaml). */
  heavy: boolean;
}

export interface Evidence {
  present: boolean;
  spans: Span[];
}

export const DIMENSION_IDS = [
  'structure',
  'specificity',
  'ownership',
  'thinking',
  'collaboration',
  'depth',
  'delivery',
  'rubric',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export interface DimensionScore {
  id: DimensionId;
  title: string;
  score: number;
  level: LevelTitle;
  levelId: LevelId;
  weight: number;
  /** What earned the score or what is missing, in one line. */
  basis: string;
}

export const CHECK_IDS = ['technical-depth', 'simple-for-audience', 'collaboration', 'critical-thinking'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** One of the guide's mistakes to avoid, checked where the text can show it. */
export interface MistakeCheck {
  id: CheckId;
  title: string;
  passed: boolean;
  evidence: Span[];
  /** Why it passed or what is missing. */
  note: string;
}

export const SEVERITIES = ['strength', 'info', 'warning', 'problem'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Feedback {
  severity: Severity;
  message: string;
  span?: Span;
  dimension?: DimensionId;
}

export interface RubricCoverage {
  point: string;
  covered: boolean;
  /** Every signal found, with where it was said. */
  evidence: Array<{ signal: string; span: Span }>;
  /** Distinct signals found. */
  signals: string[];
}

export interface FollowUp {
  gap: string;
  question: string;
}

export interface CoachAnalysis {
  type: QuestionType;
  score: number;
  level: LevelTitle;
  levelId: LevelId;
  dimensions: DimensionScore[];

  star: Record<StarPartId, StarPart>;
  quantified: Evidence;
  quantities: Quantity[];
  ownership: { i: number; we: number; iSpans: Span[]; weSpans: Span[]; weHeavy: boolean };
  story: { generic: boolean; genericSpans: Span[]; pastTenseActions: number; actionSpans: Span[] };

  words: number;
  sentences: number;
  speakingSeconds: number;
  target: { minSeconds: number; maxSeconds: number; verdict: 'short' | 'ok' | 'long' };
  fillers: DeliveryMarks;
  hedges: DeliveryMarks;
  repeatedWords: TermCount[];
  readability: { readingEase: number; wordsPerSentence: number; longSentences: Span[] };
  jargon: { applies: boolean; count: number; perHundredWords: number; heavy: boolean; terms: TermCount[] };

  rubric: RubricCoverage[];
  thinking: { tradeoffs: Evidence; alternatives: Evidence; risks: Evidence; metrics: Evidence };
  collaboration: Evidence;
  technicalTerms: TermCount[];
  checks: MistakeCheck[];
  relevance: { offTopic: boolean; tooShort: boolean; onTopicHits: number; spans: Span[] };

  insights: {
    topWords: Array<{ word: string; count: number }>;
    tpmTerms: TermCount[];
    talkingPoints: { covered: string[]; missing: string[] };
  };

  feedback: Feedback[];
  followUps: FollowUp[];
}
