/**
 * Server state: one typed hook per endpoint, all through TanStack Query. Pages render what these
 * return; they never fetch. Each mutation invalidates exactly the queries whose answers it changes.
 */
import { useState } from 'react';
import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiBody, ApiQuery, ApiResponse, ApiRoute, CalculatorName, CalculatorResults, DesignGrading, ExerciseBodies, ExerciseKind, MockView, Submission, TrackChoice } from '@shared/api.js';
import { ApiError, queryString, request } from './api-client.js';
import { useDebounced } from './use-debounced.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Local server, one person: answers change only when this page writes, and writes invalidate.
      queries: { staleTime: 60_000, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

type Query = Record<string, string | number | undefined>;
const get = <R extends ApiRoute>(path: string, signal?: AbortSignal) => request<ApiResponse<R>>('GET', path, undefined, signal);
const qs = (params: Query) => queryString(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));

/** Query keys by endpoint. */
export const keys = {
  guide: ['guide'],
  checklist: ['checklist'],
  questions: (filters: Query) => ['questions', filters],
  question: (id: string) => ['question', id],
  attempts: (params: ApiQuery<'GET /api/attempts'>) => ['attempts', params],
  coachStatus: ['coach-status'],
  coach: (questionId: string) => ['coach', questionId],
  calc: (name: CalculatorName) => ['calc', name],
  problems: ['problems'],
  problem: (id: string) => ['problem', id],
  submissions: (problemId: string) => ['submissions', problemId],
  exercises: ['exercises'],
  exercise: (kind: ExerciseKind, id: string) => ['exercise', kind, id],
  exerciseAttempts: (kind: ExerciseKind, id: string) => ['exercise-attempts', kind, id],
  exerciseGrade: (kind: ExerciseKind, id: string, part: string) => ['exercise-grade', kind, id, part],
  flashcards: ['flashcards'],
  mockLoops: ['mock-loops'],
  mocks: ['mocks'],
  mockCurrent: ['mock-current'],
  mock: (id: number) => ['mock', id],
  debrief: (id: number) => ['mock-debrief', id],
  progress: ['progress'],
  recent: (limit: number) => ['recent', limit],
  plan: ['plan'],
  stories: ['stories'],
  storyMatrix: ['story-matrix'],
  storyThemes: ['story-themes'],
  settings: ['settings'],
  backups: ['backups'],
  firstRun: ['first-run'],
  search: ['search'],
} as const satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>;

/** Readiness and the plan built on it move with any scored work. */
const EVIDENCE_KEYS: QueryKey[] = [keys.progress, keys.plan];
/** The dashboard's "Recent practice" lists every answer, code run, exercise and mock, scored or not. */
const RECENT: QueryKey = ['recent'];

function useInvalidate() {
  const client = useQueryClient();
  return (...list: QueryKey[]) => Promise.all(list.map((queryKey) => client.invalidateQueries({ queryKey })));
}

// Reads.

export const useGuide = () => useQuery({ queryKey: keys.guide, queryFn: ({ signal }) => get<'GET /api/guide'>('/api/guide', signal), staleTime: Infinity });
export const useChecklist = () => useQuery({ queryKey: keys.checklist, queryFn: ({ signal }) => get<'GET /api/checklist'>('/api/checklist', signal) });
export const useQuestions = (filters: Query) =>
  useQuery({ queryKey: keys.questions(filters), queryFn: ({ signal }) => get<'GET /api/questions'>(`/api/questions${qs(filters)}`, signal), placeholderData: keepPreviousData });
export const useQuestion = (id: string) => useQuery({ queryKey: keys.question(id), queryFn: ({ signal }) => get<'GET /api/questions/:id'>(`/api/questions/${id}`, signal) });
export const useAttempts = (params: ApiQuery<'GET /api/attempts'>) =>
  useQuery({ queryKey: keys.attempts(params), queryFn: ({ signal }) => get<'GET /api/attempts'>(`/api/attempts${qs(params as Query)}`, signal) });
export const useCoachStatus = () => useQuery({ queryKey: keys.coachStatus, queryFn: ({ signal }) => get<'GET /api/coach/status'>('/api/coach/status', signal), staleTime: Infinity });
export const useProblems = () => useQuery({ queryKey: keys.problems, queryFn: ({ signal }) => get<'GET /api/problems'>('/api/problems', signal) });
export const useProblem = (id: string) => useQuery({ queryKey: keys.problem(id), queryFn: ({ signal }) => get<'GET /api/problems/:id'>(`/api/problems/${id}`, signal) });
export const useSubmissions = (problemId: string) =>
  useQuery({ queryKey: keys.submissions(problemId), queryFn: ({ signal }) => get<'GET /api/submissions'>(`/api/submissions${qs({ problemId, limit: 20 })}`, signal) });
export const useExercises = () => useQuery({ queryKey: keys.exercises, queryFn: ({ signal }) => get<'GET /api/exercises'>('/api/exercises', signal) });
export function useExercise<K extends ExerciseKind>(kind: K, id: string) {
  return useQuery({
    queryKey: keys.exercise(kind, id),
    queryFn: ({ signal }) => get<'GET /api/exercises/:kind/:id'>(`/api/exercises/${kind}/${id}`, signal) as Promise<Extract<ApiResponse<'GET /api/exercises/:kind/:id'>, { kind: K }>>,
  });
}
export const useExerciseAttempts = (kind: ExerciseKind, id: string) =>
  useQuery({ queryKey: keys.exerciseAttempts(kind, id), queryFn: ({ signal }) => get<'GET /api/exercises/attempts'>(`/api/exercises/attempts${qs({ kind, id })}`, signal) });
export const useFlashcards = () => useQuery({ queryKey: keys.flashcards, queryFn: ({ signal }) => get<'GET /api/flashcards'>('/api/flashcards', signal) });
// Left out, `track` means the stored track: the server decides which, and says so in the answer.
export const useMockLoops = (track?: TrackChoice) =>
  useQuery({ queryKey: [...keys.mockLoops, track ?? null], queryFn: ({ signal }) => get<'GET /api/mocks/loops'>(`/api/mocks/loops${qs({ track })}`, signal), placeholderData: keepPreviousData });
export const useMocks = () => useQuery({ queryKey: keys.mocks, queryFn: ({ signal }) => get<'GET /api/mocks'>('/api/mocks?limit=20', signal) });
export const useCurrentMock = () => useQuery({ queryKey: keys.mockCurrent, queryFn: ({ signal }) => get<'GET /api/mocks/current'>('/api/mocks/current', signal) });
export const useMock = (id: number) => useQuery({ queryKey: keys.mock(id), queryFn: ({ signal }) => get<'GET /api/mocks/:id'>(`/api/mocks/${id}`, signal) });
export const useDebrief = (id: number) => useQuery({ queryKey: keys.debrief(id), queryFn: ({ signal }) => get<'GET /api/mocks/:id/debrief'>(`/api/mocks/${id}/debrief`, signal) });
export const useProgress = (track?: TrackChoice) =>
  useQuery({ queryKey: [...keys.progress, track ?? null], queryFn: ({ signal }) => get<'GET /api/progress'>(`/api/progress${qs({ track })}`, signal), placeholderData: keepPreviousData });
export const useRecent = (limit: number) => useQuery({ queryKey: keys.recent(limit), queryFn: ({ signal }) => get<'GET /api/recent'>(`/api/recent${qs({ limit })}`, signal) });
export const usePlan = (track?: TrackChoice) =>
  useQuery({ queryKey: [...keys.plan, track ?? null], queryFn: ({ signal }) => get<'GET /api/plan'>(`/api/plan${qs({ track })}`, signal), placeholderData: keepPreviousData });
export const useStories = () => useQuery({ queryKey: keys.stories, queryFn: ({ signal }) => get<'GET /api/stories'>('/api/stories', signal) });
export const useStoryMatrix = () => useQuery({ queryKey: keys.storyMatrix, queryFn: ({ signal }) => get<'GET /api/stories/matrix'>('/api/stories/matrix', signal) });
export const useStoryThemes = () =>
  useQuery({ queryKey: keys.storyThemes, queryFn: ({ signal }) => get<'GET /api/stories/themes'>('/api/stories/themes', signal), staleTime: Infinity });

export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: ({ signal }) => get<'GET /api/settings'>('/api/settings', signal) });
export const useBackups = () => useQuery({ queryKey: keys.backups, queryFn: ({ signal }) => get<'GET /api/backups'>('/api/backups', signal) });
/** What the welcome's answers built, kept for the dashboard's "Start here" (never fetched: only POST /api/first-run makes it). */
export const useFirstRunResult = () =>
  useQuery<ApiResponse<'POST /api/first-run'> | null>({ queryKey: keys.firstRun, queryFn: () => null, staleTime: Infinity, gcTime: Infinity });
/** Where the web downloads the export from (a file, so a link rather than a query). */
export const EXPORT_URL = '/api/export';

// Live answers while a person types: debounced, the stale request aborted, the last answer kept
// while the next one runs. A null input (nothing typed, an incomplete form) shows nothing, and an
// answer never stays beside an error: a result for other input would read as the answer to this one.

export interface Live<T> {
  data: T | undefined;
  error: string | undefined;
  /** Typing has not paused yet, or a request is on its way. */
  pending: boolean;
}

export interface LiveOptions {
  /** Keep showing the last good answer while the next request runs, also after a pause (calculators). */
  hold?: boolean;
}

export function useLiveQuery<I, T>(scope: QueryKey, input: I | null, delayMs: number, run: (input: I, signal: AbortSignal) => Promise<T>, options: LiveOptions = {}): Live<T> {
  const current = input === null ? null : JSON.stringify(input);
  const [held, setHeld] = useState<T>();
  const settled = useDebounced(current, delayMs);
  const query = useQuery({
    queryKey: [...scope, settled],
    queryFn: ({ signal }) => run(JSON.parse(settled as string) as I, signal),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
  // What is held is dropped as soon as the input is incomplete or the server refused it.
  const kept = options.hold && current !== null && !query.error ? (query.data ?? held) : undefined;
  if (kept !== held) setHeld(kept);
  if (current === null) return { data: undefined, error: undefined, pending: false };
  const pending = current !== settled || query.isFetching;
  if (query.error) return { data: undefined, error: query.error.message, pending };
  return { data: query.data ?? kept, error: undefined, pending };
}

/** How long typing must pause before the coach looks again. */
export const COACH_DEBOUNCE_MS = 300;
/** Calculators answer a little faster: their inputs are short numbers. */
export const CALC_DEBOUNCE_MS = 250;
/** A design section is graded once typing pauses for this long. */
export const GRADE_DEBOUNCE_MS = 400;

/** Search answers as a person types, a little sooner than the coach: queries are a few words. */
export const SEARCH_DEBOUNCE_MS = 150;
/** Results the palette asks for: more than fit on a screen, few enough to scan. */
export const SEARCH_PALETTE_LIMIT = 20;

/** GET /api/search for the palette: nothing for blank text; the last results stay up while the next ones load. One result past the limit is asked for, to tell whether there are more. */
export function useSearch(text: string): Live<ApiResponse<'GET /api/search'>> {
  const input: ApiQuery<'GET /api/search'> | null = text.trim() ? { q: text.trim(), limit: SEARCH_PALETTE_LIMIT + 1 } : null;
  return useLiveQuery(keys.search, input, SEARCH_DEBOUNCE_MS, (query, signal) => get<'GET /api/search'>(`/api/search${qs(query)}`, signal));
}

export function useCoach(text: string, questionId: string): Live<ApiResponse<'POST /api/coach'>> {
  return useLiveQuery(keys.coach(questionId), text.trim() ? text : null, COACH_DEBOUNCE_MS, (value, signal) =>
    request<ApiResponse<'POST /api/coach'>>('POST', '/api/coach', { text: value, questionId }, signal),
  );
}

export function useCalc<N extends CalculatorName>(name: N, input: unknown): Live<CalculatorResults[N]> {
  return useLiveQuery(keys.calc(name), input, CALC_DEBOUNCE_MS, (value, signal) => request<CalculatorResults[N]>('POST', `/api/calc/${name}`, value, signal), { hold: true });
}

export function useDesignSectionGrade(designId: string, section: string, text: string) {
  return useLiveQuery(keys.exerciseGrade('design', designId, section), text.trim() ? text : null, GRADE_DEBOUNCE_MS, (value, signal) =>
    request<DesignGrading>('POST', `/api/exercises/design/${designId}/grade`, { sections: { [section]: value } }, signal),
  );
}

// Writes.

/** Ticks at once (the box answers the click), and puts the old state back if the server refuses. */
export function useSetChecklistItem() {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  type Checklist = ApiResponse<'GET /api/checklist'>;
  return useMutation({
    mutationFn: (body: ApiBody<'PUT /api/checklist'>) => request<ApiResponse<'PUT /api/checklist'>>('PUT', '/api/checklist', body),
    onMutate: async (body) => {
      await client.cancelQueries({ queryKey: keys.checklist });
      const before = client.getQueryData<Checklist>(keys.checklist);
      client.setQueryData<Checklist>(keys.checklist, (list) => list && { items: list.items.map((i) => (i.id === body.id ? { ...i, done: body.done } : i)) });
      return { before };
    },
    onError: (_error, _body, context) => client.setQueryData(keys.checklist, context?.before),
    onSettled: () => invalidate(keys.checklist, ...EVIDENCE_KEYS),
  });
}

export function useCreateAttempt() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/attempts'>) => request<ApiResponse<'POST /api/attempts'>>('POST', '/api/attempts', body),
    // The bank's summaries show attempts and best scores; the dashboard lists recent attempts.
    onSuccess: () => invalidate(['attempts'], ['questions'], RECENT, ...EVIDENCE_KEYS),
  });
}

export function useCritique() {
  return useMutation({ mutationFn: (body: ApiBody<'POST /api/coach/critique'>) => request<ApiResponse<'POST /api/coach/critique'>>('POST', '/api/coach/critique', body) });
}

/** How often a hosted page asks whether its queued submission has a verdict, and for how long. */
const VERDICT_POLL_MS = 500;
const VERDICT_WAIT_MS = 5 * 60_000;

/** Hosted mode answers a submission with `queued`: the verdict comes from a worker, so ask until it is there. */
async function verdictOf(created: ApiResponse<'POST /api/submissions'>): Promise<Submission> {
  if (created.status === 'done') return created;
  const deadline = Date.now() + VERDICT_WAIT_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, VERDICT_POLL_MS));
    const now = await get<'GET /api/submissions/:id'>(`/api/submissions/${created.id}`);
    if (now.status === 'done') return now;
  }
  throw new Error(`submission ${created.id} has waited five minutes for the judge; it is saved, and its verdict will appear in the list when a judge worker reaches it`);
}

export function useSubmitCode() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: ApiBody<'POST /api/submissions'>) => verdictOf(await request<ApiResponse<'POST /api/submissions'>>('POST', '/api/submissions', body)),
    // A run is kept in the history and the recent list too; only a submit counts as evidence of progress.
    onSuccess: (submission, body) => invalidate(keys.submissions(submission.problemId), RECENT, ...(body.mode === 'run' ? [] : [keys.problems, ...EVIDENCE_KEYS])),
  });
}

export function useSubmitExercise<K extends ExerciseKind>(kind: K, id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ExerciseBodies[K]) => request<ApiResponse<'POST /api/exercises/:kind/:id/attempts'>>('POST', `/api/exercises/${kind}/${id}/attempts`, body),
    onSuccess: () => invalidate(keys.exerciseAttempts(kind, id), keys.exercises, RECENT, ...EVIDENCE_KEYS),
  });
}

/** The review queue is the session's own state: fetched when a session starts, never cached. */
export function fetchReviewQueue(query: ApiQuery<'GET /api/flashcards/queue'>) {
  return request<ApiResponse<'GET /api/flashcards/queue'>>('GET', `/api/flashcards/queue${qs(query as Query)}`);
}

export function useReviewCard() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, rating }: { id: string } & ApiBody<'POST /api/flashcards/:id/review'>) =>
      request<ApiResponse<'POST /api/flashcards/:id/review'>>('POST', `/api/flashcards/${id}/review`, { rating }),
    onSuccess: () => invalidate(keys.flashcards, ...EVIDENCE_KEYS),
  });
}

export function useSaveFlashcardSettings() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'PUT /api/flashcards/settings'>) => request<ApiResponse<'PUT /api/flashcards/settings'>>('PUT', '/api/flashcards/settings', body),
    onSuccess: () => invalidate(keys.flashcards),
  });
}

export function useSavePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'PUT /api/plan'>) => request<ApiResponse<'PUT /api/plan'>>('PUT', '/api/plan', body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.plan }),
  });
}

export function useStartMock() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/mocks'>) => request<ApiResponse<'POST /api/mocks'>>('POST', '/api/mocks', body),
    onSuccess: () => invalidate(keys.mockCurrent, keys.mocks, RECENT),
  });
}

export type MockStep = 'begin' | 'answer' | 'follow-up' | 'pause' | 'resume' | 'finish';

/** One move in a running mock; the answer is the mock's new state, put straight into the cache. */
export function useMockStep(id: number) {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ step, body = {} }: { step: MockStep; body?: unknown }) => request<MockView>('POST', `/api/mocks/${id}/${step}`, body),
    onSuccess: async (view) => {
      client.setQueryData(keys.mock(id), view);
      if (view.status === 'finished') await invalidate(keys.mockCurrent, keys.mocks, keys.debrief(id), keys.stories, RECENT, ...EVIDENCE_KEYS);
      else await invalidate(keys.mockCurrent, keys.mocks, RECENT);
    },
  });
}

export function useSaveStory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ApiBody<'POST /api/stories'> }) =>
      id === undefined
        ? request<ApiResponse<'POST /api/stories'>>('POST', '/api/stories', body)
        : request<ApiResponse<'PUT /api/stories/:id'>>('PUT', `/api/stories/${id}`, body).then((story) => ({ story, warning: null })),
    onSuccess: () => invalidate(keys.stories, keys.storyMatrix),
  });
}

export function useLinkStory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, attemptId }: { id: number; attemptId: number }) =>
      request<ApiResponse<'POST /api/stories/:id/links'>>('POST', `/api/stories/${id}/links`, { attemptId }),
    onSuccess: () => invalidate(keys.stories),
  });
}

export function useDeleteStory() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: number) => request<ApiResponse<'DELETE /api/stories/:id'>>('DELETE', `/api/stories/${id}`),
    onSuccess: () => invalidate(keys.stories, keys.storyMatrix),
  });
}

export function useCheckStory() {
  return useMutation({ mutationFn: (id: number) => request<ApiResponse<'GET /api/stories/:id/check'>>('GET', `/api/stories/${id}/check`) });
}

export const useStory = (id: number) => useQuery({ queryKey: ['story', id], queryFn: ({ signal }) => get<'GET /api/stories/:id'>(`/api/stories/${id}`, signal) });
export const useDrill = (id: number) => useQuery({ queryKey: ['drill', id], queryFn: ({ signal }) => get<'GET /api/drills/:id'>(`/api/drills/${id}`, signal) });

export function useStartDrill() {
  return useMutation({ mutationFn: (storyId: number) => request<ApiResponse<'POST /api/drills'>>('POST', '/api/drills', { storyId } satisfies ApiBody<'POST /api/drills'>) });
}

/** One answer in a drill: the drill's new state replaces the cached one. */
export function useDrillAnswer(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/drills/:id/answers'>) => request<ApiResponse<'POST /api/drills/:id/answers'>>('POST', `/api/drills/${id}/answers`, body),
    onSuccess: (next) => client.setQueryData(['drill', id], next),
  });
}

// Settings, the first run and the person's data.

/** Track, level and plan settings move readiness and the plan; flashcard settings move the deck. */
const SETTINGS_DEPENDENTS: QueryKey[] = [keys.flashcards, ...EVIDENCE_KEYS];

export function useSaveSettings() {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'PUT /api/settings'>) => request<ApiResponse<'PUT /api/settings'>>('PUT', '/api/settings', body),
    onSuccess: (view, body) => {
      client.setQueryData(keys.settings, view);
      // The theme changes nothing else the server answers; the model changes only the coach's status.
      const changed = Object.keys(body);
      const dependents = [...(changed.includes('llm') ? [keys.coachStatus] : []), ...(changed.some((key) => key !== 'theme' && key !== 'llm') ? SETTINGS_DEPENDENTS : [])];
      return invalidate(...dependents);
    },
  });
}

export function useTestModel() {
  return useMutation({ mutationFn: (body: ApiBody<'POST /api/settings/llm-test'>) => request<ApiResponse<'POST /api/settings/llm-test'>>('POST', '/api/settings/llm-test', body) });
}

export function useCompleteFirstRun() {
  const client = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/first-run'>) => request<ApiResponse<'POST /api/first-run'>>('POST', '/api/first-run', body),
    onSuccess: (result) => {
      client.setQueryData(keys.settings, result.settings);
      client.setQueryData(keys.firstRun, result);
      return invalidate(...SETTINGS_DEPENDENTS);
    },
  });
}

export function useSkipFirstRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<ApiResponse<'POST /api/first-run/skip'>>('POST', '/api/first-run/skip'),
    onSuccess: (view) => client.setQueryData(keys.settings, view),
  });
}

export function useCreateBackup() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => request<ApiResponse<'POST /api/backups'>>('POST', '/api/backups'),
    onSuccess: () => invalidate(keys.backups),
  });
}

/** An import or a reset changes everything the person made: every cached answer is dropped. */
function useResetCache() {
  const client = useQueryClient();
  return async () => {
    client.removeQueries({ queryKey: keys.firstRun });
    await client.invalidateQueries();
  };
}

export function useImportData() {
  const resetCache = useResetCache();
  return useMutation({
    mutationFn: ({ document, replace }: { document: unknown; replace: boolean }) =>
      request<ApiResponse<'POST /api/import'>>('POST', `/api/import${replace ? '?replace=true' : ''}`, document),
    onSuccess: resetCache,
  });
}

export function useResetData() {
  const resetCache = useResetCache();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/data/reset'>) => request<ApiResponse<'POST /api/data/reset'>>('POST', '/api/data/reset', body),
    onSuccess: resetCache,
  });
}

// Hosted mode (GET /api/health says `mode: 'hosted'`): the session, administration, and coaches.

export const accountKeys = {
  health: ['health'],
  me: ['auth-me'],
  adminUsers: ['admin-users'],
  adminCohorts: ['admin-cohorts'],
  cohort: ['cohort-candidates'],
  cohortAttempt: (personId: number, id: number) => ['cohort-attempt', personId, id],
  attemptReviews: (id: number) => ['attempt-reviews', id],
} as const satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>;

export const useHealth = () => useQuery({ queryKey: accountKeys.health, queryFn: ({ signal }) => get<'GET /api/health'>('/api/health', signal), staleTime: Infinity });
/** The signed-in account; a 401 (no session) is an answer here, not a failure. */
export const useMe = (enabled: boolean) =>
  useQuery({
    queryKey: accountKeys.me,
    enabled,
    staleTime: Infinity,
    queryFn: ({ signal }) =>
      get<'GET /api/auth/me'>('/api/auth/me', signal).then(
        (me) => me.account,
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        },
      ),
  });
export const useAdminUsers = () => useQuery({ queryKey: accountKeys.adminUsers, queryFn: ({ signal }) => get<'GET /api/admin/users'>('/api/admin/users', signal) });
export const useAdminCohorts = () => useQuery({ queryKey: accountKeys.adminCohorts, queryFn: ({ signal }) => get<'GET /api/admin/cohorts'>('/api/admin/cohorts', signal) });
export const useCohortCandidates = () => useQuery({ queryKey: accountKeys.cohort, queryFn: ({ signal }) => get<'GET /api/cohort/candidates'>('/api/cohort/candidates', signal) });
export const useCohortAttempt = (personId: number, id: number) =>
  useQuery({
    queryKey: accountKeys.cohortAttempt(personId, id),
    queryFn: ({ signal }) => get<'GET /api/cohort/candidates/:personId/attempts/:id'>(`/api/cohort/candidates/${personId}/attempts/${id}`, signal),
  });
export const useAttemptReviews = (id: number, enabled: boolean) =>
  useQuery({ queryKey: accountKeys.attemptReviews(id), enabled, queryFn: ({ signal }) => get<'GET /api/attempts/:id/reviews'>(`/api/attempts/${id}/reviews`, signal) });

/** Every cached answer but the mode and the session itself, which the shell observes throughout. */
const notSession = (query: { queryKey: QueryKey }) => query.queryKey[0] !== accountKeys.health[0] && query.queryKey[0] !== accountKeys.me[0];

/** Signing in, accepting an invitation or changing the password: the answer is the session's account. */
function useSessionMutation<B>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => request<ApiResponse<'GET /api/auth/me'>>('POST', path, body),
    onSuccess: (answer) => {
      client.removeQueries({ predicate: notSession });
      client.setQueryData(accountKeys.me, answer.account);
    },
  });
}
export const useSignIn = () => useSessionMutation<ApiBody<'POST /api/auth/login'>>('/api/auth/login');
export const useAcceptInvitation = () => useSessionMutation<ApiBody<'POST /api/auth/accept'>>('/api/auth/accept');
export const useChangePassword = () => useSessionMutation<ApiBody<'POST /api/auth/password'>>('/api/auth/password');
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<ApiResponse<'POST /api/auth/logout'>>('POST', '/api/auth/logout'),
    // Nothing of the person who signed out stays in memory for the next one.
    onSuccess: () => {
      client.removeQueries({ predicate: notSession });
      client.setQueryData(accountKeys.me, null);
    },
  });
}
export function useInviteUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/admin/users'>) => request<ApiResponse<'POST /api/admin/users'>>('POST', '/api/admin/users', body),
    onSuccess: () => invalidate(accountKeys.adminUsers, accountKeys.adminCohorts),
  });
}
export function useAddCohort() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/admin/cohorts'>) => request<ApiResponse<'POST /api/admin/cohorts'>>('POST', '/api/admin/cohorts', body),
    onSuccess: () => invalidate(accountKeys.adminCohorts),
  });
}
export function useMoveUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, cohort }: { id: number; cohort: string | null }) => request<ApiResponse<'PUT /api/admin/users/:id/cohort'>>('PUT', `/api/admin/users/${id}/cohort`, { cohort }),
    onSuccess: () => invalidate(accountKeys.adminUsers, accountKeys.adminCohorts),
  });
}
export function useReviewAttempt(personId: number, id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/cohort/candidates/:personId/attempts/:id/reviews'>) =>
      request<ApiResponse<'POST /api/cohort/candidates/:personId/attempts/:id/reviews'>>('POST', `/api/cohort/candidates/${personId}/attempts/${id}/reviews`, body),
    onSuccess: () => invalidate(accountKeys.cohortAttempt(personId, id), accountKeys.cohort),
  });
}

export const usePeerSessions = () => useQuery({ queryKey: ['peer'], queryFn: ({ signal }) => get<'GET /api/peer'>('/api/peer', signal), refetchInterval: 5000, retry: false });
export const usePeerSession = (id: number) => useQuery({ queryKey: ['peer', id], queryFn: ({ signal }) => get<'GET /api/peer/:id'>(`/api/peer/${id}`, signal), retry: false });

/** Opens, joins and moves a peer mock on; the room's event stream brings the new state to both sides. */
export function usePeerAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: ApiBody<'POST /api/peer'> | ApiBody<'POST /api/peer/:id/score'> }) => request<ApiResponse<'GET /api/peer/:id'>>('POST', path, body ?? {}),
    onSuccess: (view) => {
      client.setQueryData(['peer', view.id], view);
      void client.invalidateQueries({ queryKey: ['peer'], exact: true });
    },
  });
}
