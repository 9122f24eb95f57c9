import type { LlmConfig } from '../coach/index.js';
import type { Content } from '../content/index.js';
import { createJudge, type Judge } from '../judge/index.js';
import type { Db } from '../store/index.js';
import { attemptOperations } from './attempts.js';
import { audioFolderFor, audioStore } from './audio-store.js';
import { backupOperations } from './backups.js';
import { dataTransferOperations } from './data-transfer.js';
import { calcOperations } from './calc.js';
import { checklistOperations } from './checklist.js';
import { coachOperations } from './coach.js';
import { exerciseOperations } from './exercises.js';
import { flashcardOperations } from './flashcards.js';
import { mockOperations } from './mocks.js';
import { planOperations } from './plan.js';
import { problemOperations } from './problems.js';
import { questionOperations } from './questions.js';
import { speechOperations } from './speech.js';
import { progressOperations } from './readiness.js';
import { storyOperations } from './stories.js';
import { submissionOperations } from './submissions.js';
import { packageVersion } from './version.js';

export interface AppDeps {
  db: Db;
  content: Content;
  /** The clock, passed in so tests can fix it. */
  now?: () => Date;
  /** The optional language model for the coach's second opinion; off when absent. */
  llm?: LlmConfig;
  /** 'hosted' when one deployment serves many people (each with an app of their own). */
  mode?: 'local' | 'hosted';
  /** A judge shared with other apps (hosted mode: one per process, not one per person); this app does not close it. */
  sharedJudge?: () => Judge;
  /** Where recordings are kept; by default audio/ beside the SQLite database. Hosted mode keeps none unless given one. */
  audioFolder?: string;
  /** Read for TPMPREP_WHISPER_MODEL. */
  env?: NodeJS.ProcessEnv;
}

/** The one service layer: every CLI command and HTTP route calls these operations. */
export function createApp({ db, content, now = () => new Date(), llm, mode = 'local', sharedJudge, audioFolder, env = process.env }: AppDeps) {
  const questions = questionOperations(db, content);
  const coach = coachOperations(questions.get, llm, () => content.questions);
  // A hosted deployment serves many people from one process: a shared folder would mix their recordings.
  const audio = audioFolder !== undefined || mode === 'local' ? audioStore(audioFolder ?? audioFolderFor(db)) : undefined;
  const keywordsOf = (id: string) => {
    const question = questions.get(id);
    return [...question.rubric.flatMap((point) => point.signals), ...(question.competency?.signals ?? [])];
  };
  const problems = problemOperations(db, content);
  let judge: Judge | undefined;
  const theJudge = sharedJudge ?? (() => (judge ??= createJudge()));
  return {
    db,
    content,
    health: () => ({
      status: 'ok' as const,
      version: packageVersion(),
      database: db.kind,
      mode,
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
      analyze: (questionId, answer, heard) => coach.analyze({ questionId, text: answer, ...(heard !== undefined ? { heard } : {}) }),
      audio,
    }),
    speech: speechOperations({ db, now, audio, keywordsOf, env }),
    coach,
    flashcards: flashcardOperations({ db, content, now }),
    calc: calcOperations(),
    exercises: exerciseOperations({ db, content, now }),
    progress: progressOperations({ db, content, now }),
    plan: planOperations({ db, content, now }),
    problems,
    submissions: submissionOperations({ db, now, problems, judge: theJudge }),
    mocks: mockOperations({ db, content, now, coach, problems, judge: theJudge }),
    stories: storyOperations({ db, content, now, analyze: coach.analyze }),
    backups: backupOperations({ db, now, audio }),
    data: dataTransferOperations({ db, now, audio }),
    close: async () => {
      await judge?.close();
      await db.close();
    },
  };
}

export type App = ReturnType<typeof createApp>;
