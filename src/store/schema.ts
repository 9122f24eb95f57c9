import type { Generated } from 'kysely';

/** The user's own data. Content is never copied here: rows refer to content by its stable id. */
export interface Schema {
  checklist: ChecklistTable;
  attempts: AttemptsTable;
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
