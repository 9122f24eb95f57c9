import type { LlmConfig } from '../coach/index.js';
import type { Content } from '../content/index.js';
import type { Judge } from '../judge/judge.js';
import { createLazyJudge } from '../judge/lazy.js';
import type { Db } from '../store/index.js';
import { attemptOperations } from './attempts/attempts.js';
import { audioFolderFor, audioStore } from './speech/audio-store.js';
import { backupOperations } from './data/backups.js';
import { dataTransferOperations } from './data/data-transfer.js';
import { drillOperations } from './coach/drills.js';
import { calcOperations } from './toolkit/calc.js';
import { checklistOperations } from './readiness/checklist.js';
import { coachOperations } from './coach/coach.js';
import { exerciseOperations } from './exercises/exercises.js';
import { firstRunOperations } from './settings/first-run.js';
import { flashcardOperations } from './flashcards/flashcards.js';
import { mockOperations } from './mocks/mocks.js';
import { planOperations } from './readiness/plan.js';
import { problemOperations } from './content/problems.js';
import { questionOperations } from './content/questions.js';
import { speechOperations } from './speech/speech.js';
import { progressOperations } from './readiness/readiness.js';
import { evidenceSources, type EvidenceSource } from './readiness/readiness-sources.js';
import { recentPracticeOperations } from './attempts/recent-practice.js';
import { searchOperations } from './content/search.js';
import { profileDefaults } from './settings/profile-defaults.js';
import { settingsOperations } from './settings/settings.js';
import { storyOperations } from './stories/stories.js';
import { submissionOperations, type EnqueueJudging } from './code/submissions.js';
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
  /** Evidence kept outside the person's own tables (hosted mode: their coach's reviews, peer mock scores), read beside it. */
  moreEvidence?: EvidenceSource[];
  /** Hosted mode: submissions go on the judge queue for a worker (see judge-queue.ts) instead of being judged in this process. */
  enqueueJudging?: EnqueueJudging;
}

/** The one service layer: every CLI command and HTTP route calls these operations. */
export function createApp({ db, content, now = () => new Date(), llm, mode = 'local', sharedJudge, audioFolder, env = process.env, moreEvidence = [], enqueueJudging }: AppDeps) {
  const questions = questionOperations(db, content);
  const sources = [...evidenceSources(db, content), ...moreEvidence];
  const plan = planOperations({ db, content, now, sources });
  const settings = settingsOperations({ db, content, now, plan, envLlm: llm });
  const profile = profileDefaults(db);
  const coach = coachOperations(questions.get, settings.llmConfig, () => content.questions);
  // A hosted deployment serves many people from one process: a shared folder would mix their recordings.
  const audio = audioFolder !== undefined || mode === 'local' ? audioStore(audioFolder ?? audioFolderFor(db)) : undefined;
  const keywordsOf = (id: string) => {
    const question = questions.get(id);
    return [...question.rubric.flatMap((point) => point.signals), ...(question.competency?.signals ?? [])];
  };
  const problems = problemOperations(db, content);
  const stories = storyOperations({ db, content, now, analyze: coach.analyze });
  const backups = backupOperations({ db, now, audio });
  const attempts = attemptOperations({
    db,
    now,
    titleOf: (id) => content.questions.find((q) => q.id === id)?.title ?? id,
    requireQuestion: (id) => void questions.get(id),
    analyze: (questionId, answer, { targetLevel, heard } = {}) =>
      coach.analyze({ questionId, text: answer, ...(targetLevel ? { targetLevel } : {}), ...(heard !== undefined ? { heard } : {}) }),
    audio,
  });
  let judge: Judge | undefined;
  const theJudge = sharedJudge ?? (() => (judge ??= createLazyJudge()));
  const submissions = submissionOperations({ db, now, problems, judge: theJudge, ...(enqueueJudging ? { enqueue: enqueueJudging } : {}) });
  const mocks = mockOperations({ db, content, now, coach, problems, judge: theJudge, audio });
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
    search: searchOperations(content),
    checklist: checklistOperations(db, content, now),
    questions,
    attempts: { ...attempts, create: async (raw: unknown) => attempts.create(await profile.withLevel(raw)) },
    speech: speechOperations({ db, now, audio, keywordsOf, env }),
    // The coach as the person meets it: a story is read against their stored level unless the request names one.
    coach: { ...coach, analyzeForPerson: async (raw: unknown) => coach.analyze(await profile.withLevel(raw)) },
    flashcards: flashcardOperations({ db, content, now }),
    calc: calcOperations(),
    exercises: exerciseOperations({ db, content, now }),
    progress: progressOperations({ db, content, now, sources }),
    plan,
    settings,
    firstRun: firstRunOperations({ settings, plan }),
    problems,
    submissions,
    mocks,
    recent: recentPracticeOperations({ db, content, attempts, submissions, mocks }),
    stories,
    drills: drillOperations({ db, now, stories }),
    backups,
    data: dataTransferOperations({ db, now, backup: backups.create, audio }),
    close: async () => {
      await judge?.close();
      await db.close();
    },
  };
}

export type App = ReturnType<typeof createApp>;
