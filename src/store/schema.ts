import type { Generated } from 'kysely';

/** The user's own data. Content is never copied here: rows refer to content by its stable id. */
export interface Schema {
  checklist: ChecklistTable;
  attempts: AttemptsTable;
  attempt_audio: AttemptAudioTable;
  exercise_attempts: ExerciseAttemptsTable;
  submissions: SubmissionsTable;
  cards: CardsTable;
  reviews: ReviewsTable;
  settings: SettingsTable;
  plan_settings: PlanSettingsTable;
  mock_sessions: MockSessionsTable;
  mock_audio: MockAudioTable;
  stories: StoriesTable;
  story_links: StoryLinksTable;
  drills: DrillsTable;
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

/** What every kept recording holds; the audio is the file `file` in the data folder's audio/. */
export interface RecordingColumns {
  file: string;
  mime: string;
  bytes: number;
  /** pocketsphinx, whisper or browser */
  engine: string;
  /** The transcript as the recogniser heard it, before any edit. */
  heard: string;
  /** JSON: the heard words with their times. */
  words: string;
  /** JSON: rubric phrases found by keyword spotting, with their times. */
  keywords: string;
  /** JSON: the delivery measured on the audio. */
  delivery: string;
}

/** The recording of a spoken attempt. */
export interface AttemptAudioTable extends RecordingColumns {
  attempt_id: number;
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

/** One attempt at a toolkit exercise: kind is design, case or program; JSON columns hold the input and its grading. */
export interface ExerciseAttemptsTable {
  id: Generated<number>;
  kind: string;
  exercise_id: string;
  submitted: string;
  grading: string;
  seconds: number;
  created_at: string;
}

/** One mock interview; `state` is the whole MockState (src/core/mock-types.ts) as JSON. */
export interface MockSessionsTable {
  id: Generated<number>;
  loop_id: string;
  state: string;
  /** The state's status, copied out so the active mock is found without reading every document. */
  status: string;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** The recording of a spoken answer in a mock stage: the columns of attempt_audio, keyed by mock and item. */
export type MockAudioTable = Omit<AttemptAudioTable, 'attempt_id'> & { mock_id: number; item_key: string };

/** A STAR story of the story bank; competencies is a JSON array of theme ids (content/stories/themes.yaml). */
export interface StoriesTable {
  id: Generated<number>;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  competencies: string;
  created_at: string;
  updated_at: string;
}

/** A use of a story: in a practice attempt, or in one answer (item_key) of a mock. */
export interface StoryLinksTable {
  id: Generated<number>;
  story_id: number;
  attempt_id: number | null;
  mock_id: number | null;
  item_key: string | null;
  created_at: string;
}

/** A deep-dive drill on one story; `state` is the whole DrillState (src/core/drill.ts) as JSON. */
export interface DrillsTable {
  id: Generated<number>;
  story_id: number;
  state: string;
  /** open or done, copied out of the state. */
  status: string;
  started_at: string;
  updated_at: string;
}
