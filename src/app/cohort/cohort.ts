import type { Kysely } from 'kysely';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { Content } from '../../content/index.js';
import type { Account, AccountOperations } from '../accounts/accounts.js';
import type { AccountTables } from '../accounts/migrations.js';
import type { App } from '../app.js';
import type { Attempt } from '../attempts/attempts.js';
import type { RubricPoint } from '../../content/questions.js';
import { parseReview, reviewStore, type CoachReview } from './reviews.js';

/** How many of a candidate's latest answers the cohort page lists. */
export const RECENT_ANSWERS = 5;

export interface CandidateSummary {
  id: number;
  email: string;
  cohort: string;
  readiness: { overall: number | null; missing: string[]; evidence: number; lastAt: string | null };
  recent: Array<{ id: number; questionId: string; questionTitle: string; createdAt: string; machineScore: number | null; reviews: number }>;
}

export interface ReviewedAttempt {
  candidate: { id: number; email: string; cohort: string };
  attempt: Attempt;
  rubric: RubricPoint[];
  reviews: CoachReview[];
}

const positiveId = (raw: string, what: string): number => {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) <= 0) throw new InvalidInputError(`${what} is a positive whole number; got "${raw}"`);
  return Number(raw);
};

/**
 * What a coach does in hosted mode: read the candidates of their cohorts (readiness and recent answers),
 * open an answer, and review it. A candidate outside the coach's cohorts answers 404, exactly as one that
 * does not exist; anyone but a coach is refused (403).
 */
export function cohortOperations({ k, accounts, appFor, content, now }: { k: Kysely<AccountTables>; accounts: AccountOperations; appFor: (a: Account) => Promise<App>; content: Content; now: () => Date }) {
  const reviews = reviewStore(k);
  const rubricOf = (questionId: string) => content.questions.find((q) => q.id === questionId)?.rubric ?? [];

  function requireCoach(account: Account | undefined): Account {
    if (account?.role !== 'coach') throw new ForbiddenError('only a coach reads and reviews the answers of a cohort');
    return account;
  }

  async function candidateOf(coach: Account | undefined, rawId: string): Promise<{ candidate: Account & { cohort: string }; app: App }> {
    const me = requireCoach(coach);
    const id = positiveId(rawId, 'a candidate id');
    const candidate = await accounts.account(id);
    const mine = await accounts.cohortsOfCoach(me);
    if (!candidate || candidate.role !== 'candidate' || !candidate.cohort || !mine.includes(candidate.cohort)) throw new NotFoundError(`no candidate ${rawId} in your cohorts`);
    return { candidate: candidate as Account & { cohort: string }, app: await appFor(candidate) };
  }

  /** The candidates of every cohort the coach coaches, cohort by cohort (`cohorts` in name order). */
  async function candidates(coach: Account | undefined): Promise<{ cohort: string | null; cohorts: string[]; candidates: CandidateSummary[] }> {
    const me = requireCoach(coach);
    const cohorts = await accounts.cohortsOfCoach(me);
    const people = (await Promise.all(cohorts.map((c) => accounts.candidatesOf(c)))).flat();
    const list = await Promise.all(
      people.map(async (person): Promise<CandidateSummary> => {
        const app = await appFor(person);
        const [progress, attempts, counts] = await Promise.all([app.progress.get(), app.attempts.list({ limit: String(RECENT_ANSWERS) }), reviews.counts(person.id)]);
        const lastAt = [...progress.skills].map((s) => s.lastAt).filter((x): x is string => x !== null).sort().at(-1) ?? null;
        return {
          id: person.id,
          email: person.email,
          cohort: person.cohort as string,
          readiness: { overall: progress.overall.score, missing: progress.overall.missing.map((m) => m.message), evidence: progress.evidence.total, lastAt },
          recent: attempts.map((a) => ({ id: a.id, questionId: a.questionId, questionTitle: a.questionTitle, createdAt: a.createdAt, machineScore: a.analysis?.score ?? null, reviews: counts.get(a.id) ?? 0 })),
        };
      }),
    );
    return { cohort: cohorts[0] ?? null, cohorts, candidates: list };
  }

  async function attempt(coach: Account | undefined, rawCandidate: string, rawAttempt: string): Promise<ReviewedAttempt> {
    const { candidate, app } = await candidateOf(coach, rawCandidate);
    const found = await app.attempts.get(positiveId(rawAttempt, 'an attempt id')).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new NotFoundError(`no attempt ${rawAttempt} of candidate ${rawCandidate}`);
      throw error;
    });
    return { candidate: { id: candidate.id, email: candidate.email, cohort: candidate.cohort }, attempt: found, rubric: rubricOf(found.questionId), reviews: await reviews.of(candidate.id, found.id) };
  }

  async function review(coach: Account | undefined, rawCandidate: string, rawAttempt: string, raw: unknown): Promise<CoachReview> {
    const opened = await attempt(coach, rawCandidate, rawAttempt);
    const parsed = parseReview(raw ?? {}, opened.attempt, opened.rubric.map((r) => r.point));
    return reviews.add({ candidateId: opened.candidate.id, coachId: (coach as Account).id, attempt: opened.attempt, ...parsed, at: now().toISOString() });
  }

  /** The reviews of a person's own attempt (the route checks the attempt is theirs first). */
  const reviewsOf = (candidateId: number, attemptId: number) => reviews.of(candidateId, attemptId);

  return { candidates, attempt, review, reviewsOf };
}

export type CohortOperations = ReturnType<typeof cohortOperations>;
