import type { Content } from '../content/index.js';
import type { Db } from '../store/index.js';
import { attemptOperations } from './attempts.js';
import { checklistOperations } from './checklist.js';
import { questionOperations } from './questions.js';
import { packageVersion } from './version.js';

export interface AppDeps {
  db: Db;
  content: Content;
  /** The clock, passed in so tests can fix it. */
  now?: () => Date;
}

/** The one service layer: every CLI command and HTTP route calls these operations. */
export function createApp({ db, content, now = () => new Date() }: AppDeps) {
  const questions = questionOperations(db, content);
  return {
    db,
    content,
    health: () => ({
      status: 'ok' as const,
      version: packageVersion(),
      database: db.kind,
      questions: content.questions.length,
      flashcards: content.flashcards.length,
    }),
    guide: () => content.guide,
    checklist: checklistOperations(db, content, now),
    questions,
    attempts: attemptOperations({
      db,
      now,
      titleOf: (id) => content.questions.find((q) => q.id === id)?.title ?? id,
      requireQuestion: (id) => void questions.get(id),
    }),
    close: () => db.close(),
  };
}

export type App = ReturnType<typeof createApp>;
