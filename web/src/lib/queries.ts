/**
 * Server state: one typed hook per endpoint, all through TanStack Query. Pages render what these
 * return; they never fetch. Each mutation invalidates exactly the queries whose answers it changes.
 */
import { useState } from 'react';
import { keepPreviousData, QueryClient, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiBody, ApiQuery, ApiResponse, ApiRoute, CalculatorName, CalculatorResults, DesignGrading, ExerciseBodies, ExerciseKind, MockView, TrackChoice } from '@shared/api.js';
import { queryString, request } from './api-client.js';
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

export function useSubmitCode() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'POST /api/submissions'>) => request<ApiResponse<'POST /api/submissions'>>('POST', '/api/submissions', body),
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
