import type { Generated } from 'kysely';

/** The user's own data. Content is never copied here: rows refer to content by its stable id. */
export interface Schema {
  checklist: ChecklistTable;
  attempts: AttemptsTable;
  cards: CardsTable;
  reviews: ReviewsTable;
  settings: SettingsTable;
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
