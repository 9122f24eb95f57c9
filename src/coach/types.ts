import type { LevelId as TargetLevel, QuestionType } from '../core/taxonomy.js';
import type { LevelId, LevelTitle } from './levels.js';

/** Character offsets into the original answer: [start, end), so text.slice(start, end) is the evidence. */
export type Span = [number, number];

/** A rubric point as the question bank stores it (content/questions/<type>/<slug>.md). */
export interface RubricPointInput {
  point: string;
  shows?: string;
  signals: readonly string[];
  /** What an interviewer asks when an answer leaves this point out. */
  probe?: string;
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

export const NUMBER_FINDING_KINDS = ['impossible-reduction', 'implausible-growth', 'share-over-whole', 'wrong-arithmetic'] as const;
export type NumberFindingKind = (typeof NUMBER_FINDING_KINDS)[number];

/** A stated number that cannot be true, recomputed where the answer shows its arithmetic. */
export interface NumberFinding {
  kind: NumberFindingKind;
  span: Span;
  stated: number;
  computed?: number;
  message: string;
}

/** Another question of the bank that the answer fits clearly better than the one asked. */
export interface OtherQuestion {
  id: string;
  title: string;
}

/**
 * What keeps the score honest: the language, numbers that cannot be true, sentences that only list
 * rubric words, text recited from the model outline, and repeated or surplus text that earns nothing.
 */
export interface Integrity {
  language: 'english' | 'other';
  numbers: NumberFinding[];
  keywordList: { flagged: boolean; spans: Span[] };
  recited: { flagged: boolean; share: number; spans: Span[] };
  /** Sentences said again, and the share of the answer's characters they take. */
  repeated: { count: number; share: number; spans: Span[] };
  /** Text past what the question type can use, which earns nothing. */
  surplus: Span[];
}

export interface FollowUp {
  gap: string;
  question: string;
}

/** What a piece of scope evidence is: a reach (one team to the company), a number, or a kind of work. */
export const SCOPE_KINDS = ['team', 'org', 'orgs', 'company', 'people', 'money', 'duration', 'ambiguity', 'direction'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface ScopeEvidence {
  span: Span;
  kind: ScopeKind;
  /** The level this piece alone reads as. */
  level: TargetLevel;
  text: string;
}

/** Which level a story's scope reads as, against the level the candidate aims for. */
export interface ScopeReading {
  readsAs: TargetLevel;
  target: TargetLevel | null;
  /** null without a target. */
  verdict: 'below' | 'on' | 'above' | null;
  evidence: ScopeEvidence[];
  message: string;
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
  ownership: {
    i: number;
    we: number;
    iSpans: Span[];
    weSpans: Span[];
    weHeavy: boolean;
    /** clear: steps the candidate took with "I"; unclear: no step of the candidate's own. */
    verdict: 'clear' | 'shared' | 'unclear' | 'not-applicable';
  };
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
  relevance: {
    offTopic: boolean;
    tooShort: boolean;
    onTopicHits: number;
    spans: Span[];
    /** Set when the answer reads as an answer to another question of the bank. */
    otherQuestion?: OtherQuestion;
    /** Where the asked question ranks among the bank's questions for this answer (1 = best fit). */
    askedRank?: number;
    /** Behavioral: what the story has to show, and whether it does. */
    competency?: { name: string; shown: boolean; spans: Span[] };
  };
  integrity: Integrity;

  insights: {
    topWords: Array<{ word: string; count: number }>;
    tpmTerms: TermCount[];
    talkingPoints: { covered: string[]; missing: string[] };
  };

  feedback: Feedback[];
  followUps: FollowUp[];
  /** Story answers (behavioral, deep-dive, partnership): the level the story's scope reads as. */
  scope?: ScopeReading;
}
