import type { AreaId, QuestionType, RoundKind, SkillId, TrackId } from './taxonomy.js';

/**
 * The shapes of a mock interview loop: the template (content/loops/*.yaml), the items chosen for one
 * person, and the state of a running mock. Plain data, so a mock saved as JSON resumes after a restart.
 */

/** What a stage scores. The coach's answer dimensions, plus the judge's share of tests passed. */
export const MOCK_DIMENSIONS = [
  { id: 'structure', title: 'Structure' },
  { id: 'specificity', title: 'Specificity' },
  { id: 'ownership', title: 'Ownership' },
  { id: 'thinking', title: 'Critical thinking' },
  { id: 'collaboration', title: 'Collaboration' },
  { id: 'depth', title: 'Technical depth' },
  { id: 'delivery', title: 'Delivery' },
  { id: 'rubric', title: 'Rubric coverage' },
  { id: 'correctness', title: 'Code correctness' },
] as const;
export type MockDimensionId = (typeof MOCK_DIMENSIONS)[number]['id'];
export const MOCK_DIMENSION_IDS = MOCK_DIMENSIONS.map((d) => d.id) as [MockDimensionId, ...MockDimensionId[]];

/** Loop formats: the guide's generic loop, company-style formats (never claims about real questions), practice loops. */
export const LOOP_STYLES = ['generic', 'company-style', 'practice'] as const;
export type LoopStyle = (typeof LOOP_STYLES)[number];

/** Stages per loop: the guide's 4-6 for a full loop; a practice loop is short on purpose. */
export const LOOP_STAGE_LIMITS: Record<LoopStyle, { min: number; max: number }> = {
  generic: { min: 4, max: 6 },
  'company-style': { min: 4, max: 6 },
  practice: { min: 1, max: 3 },
};

/** A coding exercise per stage, at most; more does not fit an interview hour. */
export const MAX_CODING_PER_STAGE = 1;

export interface WrittenExercise {
  /** What the candidate is asked to write, shown above the chosen prompt. */
  instructions: string;
  /** The question types the prompt is drawn from. */
  types: QuestionType[];
}

export interface LoopStageTemplate {
  id: string;
  title: string;
  /** A guide stage (phone-screen, technical, product, final-round) or a round of its own (deep-dive, partnership). */
  kind: RoundKind;
  minutes: number;
  /** What the interviewer in this stage looks for, in a sentence or two. */
  summary: string;
  /** Questions by type; they are asked in the taxonomy's type order (behavioral first). */
  mix: Partial<Record<QuestionType, number>>;
  /** Coding exercises from the judge's problems (0 or 1). */
  coding: number;
  written: WrittenExercise | null;
  /** Behavioral themes this stage draws its behavioral questions from; empty means any. */
  themes: string[];
  scores: MockDimensionId[];
}

export interface LoopTemplate {
  id: string;
  title: string;
  style: LoopStyle;
  /** The job the loop is for: questions of this track are chosen first. */
  track: TrackId;
  summary: string;
  stages: LoopStageTemplate[];
}

export type MockItemKind = 'question' | 'coding' | 'written';

/** A piece of evidence for a dimension: what the coach or the judge found, with the words that show it. */
export interface EvidenceQuote {
  dimension: MockDimensionId;
  tone: 'strength' | 'gap';
  message: string;
  /** The quoted words, or null when the finding is about something missing. */
  quote: string | null;
  /** Offsets of the quote in the text it came from. */
  span: [number, number] | null;
  source: 'answer' | 'follow-up';
}

/** One scored answer, as the app hands it to the state machine. Scores are 0-100. */
/** Why an answer gives an interviewer no evidence at all, whatever its score. */
export const NO_EVIDENCE_FLAGS = [
  { id: 'off-topic', title: 'not about the question' },
  { id: 'other-question', title: 'an answer to another question' },
  { id: 'keyword-list', title: 'a list of keywords' },
  { id: 'recited', title: 'mostly the model outline' },
  { id: 'not-english', title: 'not in English, which the coach reads' },
  { id: 'too-short', title: 'too short to assess' },
] as const;
export type NoEvidenceFlag = (typeof NO_EVIDENCE_FLAGS)[number]['id'];

export interface Evaluation {
  score: number;
  /** Set when the answer gives no evidence (absent in states saved before flags existed). */
  flags?: NoEvidenceFlag[];
  dimensions: Partial<Record<MockDimensionId, number>>;
  evidence: EvidenceQuote[];
  /** The gaps the coach (or the judge) found, most important first, each with the question it suggests. */
  gaps: Array<{ gap: string; question: string }>;
}

export interface MockAnswer {
  /** The answer text, or the code for a coding item. */
  text: string;
  lang: string | null;
  at: string;
  /** Time on this item, from when it was shown to the answer. */
  seconds: number;
  storyId: number | null;
  evaluation: Evaluation;
}

export interface MockFollowUp {
  gap: string;
  question: string;
  /** Null until answered; an empty string when the candidate passed. */
  answer: string | null;
  at: string | null;
  /** Whether the answer closed the gap the follow-up was about; null until answered. */
  closed: boolean | null;
  /** The whole exchange (answer plus follow-up) scored again; null until answered or when passed. */
  evaluation: Evaluation | null;
}

export interface MockItem {
  key: string;
  kind: MockItemKind;
  /** The question id, or the problem id for a coding item. */
  refId: string;
  title: string;
  type: QuestionType | null;
  skills: SkillId[];
  areas: AreaId[];
  minutes: number;
  themes: string[];
  /** The question's own follow-ups, asked when the coach found no gap. */
  fallbackFollowUps: string[];
  /** A story from the bank that fits and that no other item of this loop was given. */
  suggestedStoryId: number | null;
  answer: MockAnswer | null;
  followUp: MockFollowUp | null;
}

export interface MockStage {
  id: string;
  title: string;
  /** A guide stage (phone-screen, technical, product, final-round) or a round of its own (deep-dive, partnership). */
  kind: RoundKind;
  minutes: number;
  summary: string;
  scores: MockDimensionId[];
  items: MockItem[];
  startedAt: string | null;
  finishedAt: string | null;
  /** Time spent in the stage while it ran; pauses and breaks between stages do not count. */
  elapsedMs: number;
}

export const MOCK_STATUSES = ['not-started', 'in-stage', 'awaiting-follow-up', 'stage-done', 'paused', 'finished'] as const;
export type MockStatus = (typeof MOCK_STATUSES)[number];
export type ResumableStatus = Exclude<MockStatus, 'paused' | 'finished'>;

export interface MockState {
  format: 1;
  loopId: string;
  loopTitle: string;
  seed: number;
  status: MockStatus;
  /** Where a paused mock goes back to. */
  resumeTo: ResumableStatus | null;
  /** The stage being run, or the one just done (stage-done), or the first (not-started). */
  stageIndex: number;
  itemIndex: number;
  /** When the stage clock last started; null while it is stopped. */
  runningSince: string | null;
  /** The stage's elapsed time when the current item was shown. */
  itemShownMs: number;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  stages: MockStage[];
}
