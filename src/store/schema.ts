import type { Generated } from 'kysely';

/** The user's own data. Content is never copied here: rows refer to content by its stable id. */
export interface Schema {
  checklist: ChecklistTable;
  attempts: AttemptsTable;
  submissions: SubmissionsTable;
  cards: CardsTable;
  reviews: ReviewsTable;
  settings: SettingsTable;
  plan_settings: PlanSettingsTable;
}

export interface ChecklistTable {
  item_id: string;
  done_at: string;
}

export interface AttemptsTable {
  id: Generated<number>;
  question_id: string;
  answer: string;
  seconds: number;
  /** The coach's analysis as JSON, when one was made. */
  analysis: string | null;
  created_at: string;
}

/** A flashcard's FSRS schedule; a card without a row has never been reviewed. Times are ISO strings. */
export interface CardsTable {
  card_id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** learning, review or relearning */
  state: string;
  last_review: string | null;
}

/** One answer to one card, with the schedule before and after, so retention can be computed later. */
export interface ReviewsTable {
  id: Generated<number>;
  card_id: string;
  /** again, hard, good or easy */
  rating: string;
  reviewed_at: string;
  state_before: string;
  state_after: string;
  due_before: string | null;
  due_after: string;
  stability_before: number | null;
  stability_after: number;
  difficulty_before: number | null;
  difficulty_after: number;
  elapsed_days: number;
  scheduled_days: number;
}

/** The person's settings, one JSON value per key (e.g. flashcards.desired_retention). */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** The study plan's settings, one row (id 1); the plan is recomputed from them and current readiness. */
export interface PlanSettingsTable {
  id: number;
  /** YYYY-MM-DD; when set, the plan ends the day before and `weeks` is null. */
  interview_date: string | null;
  weeks: number | null;
  hours_per_week: number;
  start_date: string;
  /** Comma-separated weekdays: sun,sat */
  rest_days: string;
  updated_at: string;
}

export interface SubmissionsTable {
  id: Generated<number>;
  problem_id: string;
  lang: string;
  mode: string;
  code: string;
  verdict: string;
  passed: number;
  total: number;
  time_ms: number;
  /** The judge's whole result (per-test outcomes) as JSON. */
  result: string;
  created_at: string;
}
