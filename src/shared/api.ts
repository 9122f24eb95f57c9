/**
 * The HTTP contract between the server and the web app: for every route, what a request sends and
 * what the answer holds. The server checks each handler against it with `satisfies`; the web imports
 * it through the `@shared` alias. Type-only: nothing here reaches the web bundle.
 *
 * Request bodies are the zod schemas' input types, so a body the web can build is one the server accepts.
 */
import type { z } from 'zod';
import type { Attempt, attemptInputSchema, attemptListSchema } from '../app/attempts/attempts.js';
import type { BackupFile, BackupResult } from '../app/data/backups.js';
import type { Role } from '../app/accounts/accounts.js';
import type { CandidateSummary, ReviewedAttempt } from '../app/cohort/cohort.js';
import type { CoachReview, reviewInputSchema as coachReviewInputSchema } from '../app/cohort/reviews.js';
import type { CalculatorName, CalculatorResults } from '../app/toolkit/calc.js';
import type { ChecklistEntry, checklistUpdateSchema } from '../app/readiness/checklist.js';
import type { CoachResult, coachInputSchema } from '../app/coach/coach.js';
import type { ImportResult, ResetResult, resetSchema } from '../app/data/data-transfer.js';
import type { PeerOpen, PeerPhase, PeerView } from '../app/peer/peer.js';
import type { attemptQuerySchema, caseAttemptSchema, designAttemptSchema, programAttemptSchema } from '../app/exercises/exercise-inputs.js';
import type { ExerciseAttempt, ExerciseGrading, ExerciseList, ExerciseView } from '../app/exercises/exercises.js';
import type { ExportDocument } from '../app/data/export-format.js';
import type { flashcardSettingsSchema } from '../app/flashcards/flashcard-settings.js';
import type { FirstRunResult, firstRunSchema } from '../app/settings/first-run.js';
import type { LlmTestResult, llmTestSchema } from '../app/coach/llm-test.js';
import type { FlashcardOverview, FlashcardSettings, queueQuerySchema, ReviewQueue, ReviewResult, reviewInputSchema } from '../app/flashcards/flashcards.js';
import type { LoopList, LoopSummary, MockDebrief, MockSummary, MockView, mockAnswerSchema, mockFollowUpSchema, mockListSchema, mockStartSchema } from '../app/mocks/mocks.js';
import type { PlanView, planSettingsSchema } from '../app/readiness/plan.js';
import type { ProblemSummary, PublicProblem } from '../app/content/problems.js';
import type { QuestionFilters, QuestionList, QuestionSummary } from '../app/content/questions.js';
import type { TRACK_CHOICES, TrackFrom } from '../app/settings/profile-defaults.js';
import type { Progress } from '../app/readiness/readiness.js';
import type { RecentItem, recentSchema } from '../app/attempts/recent-practice.js';
import type { SettingsView } from '../app/settings/settings.js';
import type { settingsUpdateSchema } from '../app/settings/settings-schema.js';
import type { SearchKind, SearchResult } from '../app/content/search.js';
import type { Story, StoryBank, ThemeMatrix, storyInputSchema, storyLinkSchema, storyUpdateSchema } from '../app/stories/stories.js';
import type { PendingSubmission, QueuedSubmission, Submission, submissionInputSchema, submissionListSchema } from '../app/code/submissions.js';
import type {
  abTestInputSchema, availabilityInputSchema, capacityInputSchema, errorBudgetInputSchema, latencyInputSchema, littlesLawInputSchema,
  sampleSizeInputSchema, scheduleInputSchema,
} from '../calc/index.js';
import type { LlmCritique } from '../coach/llm.js';
import type { Guide } from '../content/guide.js';
import type { Question } from '../content/questions.js';
import type { StoryTheme } from '../content/story-themes.js';
import type { Account, AccountOperations, acceptSchema, addUserSchema, changeSchema, loginSchema } from '../app/accounts/accounts.js';
import type { DrillSummary, DrillView, drillAnswerSchema, drillListSchema, drillStartSchema } from '../app/coach/drills.js';
import type { SpeechOperations, SpeechResult, SpeechSettings, speechSettingsSchema } from '../app/speech/speech.js';

export type { Attempt, BackupFile, CalculatorName, CalculatorResults, ChecklistEntry, CoachResult, ExerciseAttempt, ExerciseList, ExerciseView, FlashcardOverview };
export type { FlashcardSettings, Guide, LoopSummary, MockSummary, MockView, PlanView, ProblemSummary, Progress, PublicProblem, Question, QuestionSummary };
export type { ReviewQueue, ReviewResult, SearchKind, SearchResult, Story, StoryBank, StoryTheme, Submission, ThemeMatrix };
export type { Account, DrillSummary, RecentItem };

/** What the speech page is told: engines that can run here (and why not), formats and limits. */
export type SpeechStatus = Awaited<ReturnType<SpeechOperations['status']>>;
/** An account as an administrator sees it in the user list. */
export type AccountListEntry = Awaited<ReturnType<AccountOperations['list']>>[number];
export type AddedUser = Awaited<ReturnType<AccountOperations['addUser']>>;
/** The search string of an audio upload (the body is the recording itself, sent with an audio content-type). */
export interface TranscribeQuery {
  questionId?: string;
  engine?: string;
  /** A token of 8-64 letters, digits or dashes to follow the transcription by (GET /api/speech/progress/:token). */
  progress?: string;
}
export type { FirstRunResult, ImportResult, LlmTestResult, ResetResult, SettingsView };
export type { CandidateSummary, CoachReview, ReviewedAttempt, Role };
export type { PendingSubmission, QueuedSubmission };

type In<S extends z.ZodType> = z.input<S>;
/** What `?track=` takes: a track, or `all` for every track; left out, the stored track applies. */
export type TrackChoice = (typeof TRACK_CHOICES)[number];
export type { LoopList, QuestionList, TrackFrom };

export interface CalculatorInputs {
  availability: In<typeof availabilityInputSchema>;
  'error-budget': In<typeof errorBudgetInputSchema>;
  latency: In<typeof latencyInputSchema>;
  capacity: In<typeof capacityInputSchema>;
  'littles-law': In<typeof littlesLawInputSchema>;
  ab: In<typeof abTestInputSchema>;
  'sample-size': In<typeof sampleSizeInputSchema>;
  schedule: In<typeof scheduleInputSchema>;
}

export interface Health {
  status: 'ok';
  version: string;
  database: string;
  /** 'hosted' when one deployment serves many people, who then sign in. */
  mode: 'local' | 'hosted';
  questions: number;
  flashcards: number;
}

/** `kind` is one kind or several, comma-separated; `limit` is 1 to 100 (20 when left out). */
export type SearchQuery = { q: string; kind?: string; limit?: number };
export type CoachStatus = { llm: { configured: true; model: string } | { configured: false } };
export type StoryCheckView = { id: number; title: string; text: string; analysis: CoachResult };
export type MockAnswerBody = In<typeof mockAnswerSchema>;
export type ExerciseKind = ExerciseView['kind'];
export interface ExerciseBodies {
  design: In<typeof designAttemptSchema>;
  case: In<typeof caseAttemptSchema>;
  program: In<typeof programAttemptSchema>;
}

/**
 * Every route: `query` is the search string's fields, `body` the JSON sent, `response` the JSON answered.
 * Routes that answer a file (the calendar, the Anki export) list the body they send as `string`.
 */
export interface ApiContract {
  'GET /api/health': { response: Health };
  'GET /api/guide': { response: Guide };
  'GET /api/checklist': { response: { items: ChecklistEntry[] } };
  'PUT /api/checklist': { body: In<typeof checklistUpdateSchema>; response: ChecklistEntry };

  'GET /api/questions': { query: Partial<Record<keyof QuestionFilters, string>> & { track?: TrackChoice }; response: QuestionList };
  'GET /api/questions/:id': { response: Question };
  'GET /api/attempts': { query: In<typeof attemptListSchema>; response: { attempts: Attempt[] } };
  'GET /api/attempts/:id': { response: Attempt };
  'POST /api/attempts': { body: In<typeof attemptInputSchema>; response: Attempt };

  'POST /api/coach': { body: In<typeof coachInputSchema>; response: CoachResult };
  'POST /api/coach/critique': { body: In<typeof coachInputSchema>; response: LlmCritique };
  'GET /api/coach/status': { response: CoachStatus };

  'GET /api/calc': { response: { calculators: readonly CalculatorName[] } };
  'POST /api/calc/:name': { body: CalculatorInputs[CalculatorName]; response: CalculatorResults[CalculatorName] };

  'GET /api/problems': { response: { problems: ProblemSummary[] } };
  'GET /api/problems/:id': { response: PublicProblem };
  /** Hosted mode lists submissions still waiting for a worker too, with their status and no verdict. */
  'GET /api/submissions': { query: In<typeof submissionListSchema>; response: { submissions: Array<Submission | PendingSubmission> } };
  'GET /api/submissions/:id': { response: Submission | PendingSubmission };
  /** Local: 201 with the verdict. Hosted: 202 `{ id, status: "queued" }`; poll GET /api/submissions/:id for the verdict. */
  'POST /api/submissions': { body: In<typeof submissionInputSchema>; response: Submission | QueuedSubmission };

  'GET /api/exercises': { query: { kind?: ExerciseKind }; response: ExerciseList };
  'GET /api/exercises/attempts': { query: In<typeof attemptQuerySchema>; response: { attempts: ExerciseAttempt[] } };
  'GET /api/exercises/:kind/:id': { response: ExerciseView };
  'POST /api/exercises/:kind/:id/grade': { body: ExerciseBodies[ExerciseKind]; response: ExerciseGrading };
  'POST /api/exercises/:kind/:id/attempts': { body: ExerciseBodies[ExerciseKind]; response: ExerciseAttempt };

  'GET /api/flashcards': { response: FlashcardOverview };
  'GET /api/flashcards/queue': { query: In<typeof queueQuerySchema>; response: ReviewQueue };
  'GET /api/flashcards/settings': { response: FlashcardSettings };
  'PUT /api/flashcards/settings': { body: In<typeof flashcardSettingsSchema>; response: FlashcardSettings };
  'GET /api/flashcards/export': { query: { deck?: string }; response: string };
  'POST /api/flashcards/:id/review': { body: In<typeof reviewInputSchema>; response: ReviewResult };

  'GET /api/mocks/loops': { query: { track?: TrackChoice }; response: LoopList };
  'GET /api/mocks': { query: In<typeof mockListSchema>; response: { mocks: MockSummary[] } };
  'GET /api/mocks/current': { response: { mock: MockView | null } };
  'POST /api/mocks': { body: In<typeof mockStartSchema>; response: MockView };
  'GET /api/mocks/:id': { response: MockView };
  'POST /api/mocks/:id/begin': { response: MockView };
  'POST /api/mocks/:id/answer': { body: MockAnswerBody; response: MockView };
  'POST /api/mocks/:id/follow-up': { body: In<typeof mockFollowUpSchema>; response: MockView };
  'POST /api/mocks/:id/pause': { response: MockView };
  'POST /api/mocks/:id/resume': { response: MockView };
  'POST /api/mocks/:id/finish': { response: MockView };
  'GET /api/mocks/:id/debrief': { response: MockDebrief };

  'GET /api/recent': { query: In<typeof recentSchema>; response: { items: RecentItem[] } };
  'GET /api/progress': { query: { track?: TrackChoice }; response: Progress };
  'GET /api/plan': { query: { track?: TrackChoice }; response: PlanView };
  'PUT /api/plan': { body: In<typeof planSettingsSchema>; response: PlanView };
  'POST /api/plan/preview': { body: In<typeof planSettingsSchema>; response: PlanView };
  'GET /api/plan.ics': { response: string };

  'GET /api/stories': { response: StoryBank };
  'POST /api/stories': { body: In<typeof storyInputSchema>; response: { story: Story; warning: string | null } };
  'GET /api/stories/matrix': { response: ThemeMatrix };
  'GET /api/stories/themes': { response: { themes: StoryTheme[] } };
  'GET /api/stories/:id': { response: Story };
  'PUT /api/stories/:id': { body: In<typeof storyUpdateSchema>; response: Story };
  'DELETE /api/stories/:id': { response: { id: number; deleted: true; count: number; warning: string | null } };
  'GET /api/stories/:id/check': { response: StoryCheckView };
  'POST /api/stories/:id/links': { body: In<typeof storyLinkSchema>; response: { storyId: number; attemptId: number } };

  'GET /api/drills': { query: In<typeof drillListSchema>; response: { drills: DrillSummary[] } };
  'POST /api/drills': { body: In<typeof drillStartSchema>; response: DrillView };
  'GET /api/drills/:id': { response: DrillView };
  'POST /api/drills/:id/answers': { body: In<typeof drillAnswerSchema>; response: DrillView };

  'GET /api/speech': { response: SpeechStatus };
  'GET /api/speech/settings': { response: SpeechSettings };
  'PUT /api/speech/settings': { body: In<typeof speechSettingsSchema>; response: SpeechSettings };
  'POST /api/speech/transcribe': { query: TranscribeQuery; body: Blob; response: SpeechResult };
  'GET /api/speech/progress/:token': { response: { progress: number } };

  // Hosted mode only (src/server/hosted.ts).
  'POST /api/auth/accept': { body: In<typeof acceptSchema>; response: { account: Account } };
  'POST /api/auth/login': { body: In<typeof loginSchema>; response: { account: Account } };
  'POST /api/auth/logout': { response: { signedOut: true } };
  'GET /api/auth/me': { response: { account: Account | undefined } };
  'POST /api/auth/password': { body: In<typeof changeSchema>; response: { account: Account } };
  'GET /api/admin/users': { response: { users: AccountListEntry[] } };
  'POST /api/admin/users': { body: In<typeof addUserSchema>; response: AddedUser };

  'GET /api/search': { query: SearchQuery; response: { query: string; results: SearchResult[] } };

  'GET /api/export': { response: ExportDocument };
  'POST /api/import': { query: { replace?: 'true' }; body: ExportDocument; response: ImportResult };
  'GET /api/backups': { response: { backups: BackupFile[] } };
  'POST /api/backups': { response: BackupResult };
  'POST /api/data/reset': { body: In<typeof resetSchema>; response: ResetResult };

  'GET /api/settings': { response: SettingsView };
  'PUT /api/settings': { body: In<typeof settingsUpdateSchema>; response: SettingsView };
  'POST /api/settings/llm-test': { body: In<typeof llmTestSchema>; response: LlmTestResult };
  'POST /api/first-run': { body: In<typeof firstRunSchema>; response: FirstRunResult };
  'POST /api/first-run/skip': { response: SettingsView };

  // Hosted mode only (TPMPREP_HOSTED=1): accounts, administration, coaches and their reviews.
  'PUT /api/admin/users/:id/cohort': { body: { cohort: string | null }; response: Account };
  'GET /api/admin/cohorts': { response: { cohorts: CohortSummary[] } };
  'POST /api/admin/cohorts': { body: { name: string }; response: CohortSummary };
  'GET /api/cohort/candidates': { response: { cohort: string | null; cohorts: string[]; candidates: CandidateSummary[] } };
  'GET /api/cohort/candidates/:personId/attempts/:id': { response: ReviewedAttempt };
  'POST /api/cohort/candidates/:personId/attempts/:id/reviews': { body: In<typeof coachReviewInputSchema>; response: CoachReview };
  'GET /api/attempts/:id/reviews': { response: { reviews: CoachReview[] } };

  // Hosted mode only: peer mocks between candidates of a cohort.
  'GET /api/peer': { response: { open: PeerOpen[]; mine: Array<{ id: number; phase: PeerPhase; round: number }> } };
  'POST /api/peer': { body: { questionIds?: [string, string] }; response: PeerView };
  'GET /api/peer/:id': { response: PeerView };
  'POST /api/peer/:id/join': { response: PeerView };
  'POST /api/peer/:id/start': { response: PeerView };
  'POST /api/peer/:id/score': { body: { points: Array<{ point: string; score: number; note?: string }> }; response: PeerView };
  'POST /api/peer/:id/swap': { response: PeerView };
}

export type AdminUser = Account & { invited: boolean };
export type CohortSummary = { name: string; members: number; createdAt: string };
export type Invitation = { email: string; role: Role; cohort: string | null; invitation: { token: string; url: string; expiresAt: string } };

export type ApiRoute = keyof ApiContract;
/** What a route answers. */
export type ApiResponse<R extends ApiRoute> = ApiContract[R]['response'];
/** What a route takes as its JSON body (never for routes without one). */
export type ApiBody<R extends ApiRoute> = ApiContract[R] extends { body: infer B } ? B : never;
/** The fields of a route's search string. */
export type ApiQuery<R extends ApiRoute> = ApiContract[R] extends { query: infer Q } ? Q : never;

// The parts of the answers above that the web names on their own.
export type { CoachAnalysis, Span } from '../coach/types.js';
export type { CaseChart, CaseRow } from '../content/index.js';
export type { CalculatorId } from '../content/exercise-fields.js';
export type { FanOutPoint } from '../calc/fan-out.js';
export type { ScheduleResult } from '../calc/schedule.js';
export type {
  CaseGrading, CaseView, DesignGrading, DesignSectionGrade, DesignView, ExerciseSummary, NumericGrade, OpenGrade, ProgramGrading, ProgramView, RiskRow,
  RubricGrade,
} from '../app/exercises/exercises.js';
export type { DeckSummary, FlashcardStats, QueueCard } from '../app/flashcards/flashcards.js';
export type { PlanDay, PlanItem, PlanSettingsView, PlanWeek } from '../app/readiness/plan.js';
export type { ProgressEstimate } from '../app/readiness/readiness.js';
export type { FirstStep } from '../app/settings/first-run.js';
export type { Debrief, Moment, PracticeNext } from '../core/mock.js';
export type { RatingId } from '../core/scheduler.js';
export type { DrillView };
export type { ScopeReading } from '../coach/types.js';
export type { AudioSummary } from '../app/speech/speech.js';
export type { SpeechResult, SpeechSettings };
export type { AttemptRecording } from '../app/attempts/attempts.js';
export type { Provenance } from '../speech/heard-or-typed.js';

export type { PeerOpen, PeerPhase, PeerView };
