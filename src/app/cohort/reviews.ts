import type { Kysely } from 'kysely';
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors.js';
import type { Content } from '../../content/index.js';
import type { AccountTables } from '../accounts/migrations.js';
import type { Attempt } from '../attempts/attempts.js';
import type { EvidenceSource } from '../readiness/evidence-source.js';
import { storedText } from '../attempts/stored-text.js';
import { parseInput } from '../validate.js';

/** A rubric point scored 1 (not shown) to 5 (shown as a strong answer would). */
export const REVIEW_SCORE = { min: 1, max: 5 } as const;
/** Limits of one review: comment lengths and how many span comments it holds. */
export const REVIEW_LIMITS = { commentChars: 2000, spanComments: 50 } as const;

const comment = storedText().trim().max(REVIEW_LIMITS.commentChars, `a comment has at most ${REVIEW_LIMITS.commentChars} characters`);
const index = z.number().int('a span position is a whole number').min(0, 'a span position is 0 or more');

export const reviewInputSchema = z.strictObject({
  points: z
    .array(
      z.strictObject({
        point: z.string().trim().min(1).max(200),
        score: z.number().int('a score is a whole number from 1 to 5').min(REVIEW_SCORE.min, 'a score is 1 to 5').max(REVIEW_SCORE.max, 'a score is 1 to 5'),
        comment: comment.default(''),
      }),
    )
    .max(10)
    .default([]),
  comments: z
    .array(z.strictObject({ span: z.tuple([index, index]), text: comment.min(1, 'a span comment needs text') }))
    .max(REVIEW_LIMITS.spanComments, `a review holds at most ${REVIEW_LIMITS.spanComments} span comments`)
    .default([]),
});

export type ReviewPoint = { point: string; score: number; comment: string };
export type ReviewComment = { span: [number, number]; text: string };

export interface CoachReview {
  id: number;
  attemptId: number;
  questionId: string;
  /** Who wrote it; null once that coach's account is gone. */
  coach: { id: number; email: string } | null;
  points: ReviewPoint[];
  comments: ReviewComment[];
  /** The mean of the point scores on 0-1 ((score - 1) / 4), or null when no point was scored. */
  score: number | null;
  createdAt: string;
}

/** Checks a review against the attempt it is about: points from the question's rubric, each once; spans inside the answer. */
export function parseReview(raw: unknown, attempt: Attempt, rubric: readonly string[]): { points: ReviewPoint[]; comments: ReviewComment[] } {
  const input = parseInput(reviewInputSchema, raw, 'review');
  if (input.points.length === 0 && input.comments.length === 0) throw new InvalidInputError('a review scores at least one rubric point or comments on at least one span of the answer');
  const seen = new Set<string>();
  for (const p of input.points) {
    if (!rubric.includes(p.point)) throw new InvalidInputError(`"${p.point}" is not a point of this question's rubric; the points are: ${rubric.join('; ')}`);
    if (seen.has(p.point)) throw new InvalidInputError(`"${p.point}" is scored twice; score each rubric point once`);
    seen.add(p.point);
  }
  const length = attempt.answer.length;
  for (const c of input.comments) {
    const [start, end] = c.span;
    if (start >= end || end > length) throw new InvalidInputError(`the span [${start}, ${end}] is not inside the answer: a span is [start, end] with 0 <= start < end <= ${length}`);
  }
  return { points: input.points, comments: input.comments.map((c) => ({ span: [c.span[0], c.span[1]], text: c.text })) };
}

export const reviewScore = (points: readonly ReviewPoint[]): number | null =>
  points.length === 0 ? null : points.reduce((sum, p) => sum + (p.score - REVIEW_SCORE.min) / (REVIEW_SCORE.max - REVIEW_SCORE.min), 0) / points.length;

type ReviewRow = Omit<AccountTables['coach_reviews'], 'id'> & { id: number; coach_email: string | null };

export function toReview(row: ReviewRow): CoachReview {
  const points = JSON.parse(row.points) as ReviewPoint[];
  return {
    id: row.id,
    attemptId: row.attempt_id,
    questionId: row.question_id,
    coach: row.coach_id !== null && row.coach_email !== null ? { id: row.coach_id, email: row.coach_email } : null,
    points,
    comments: JSON.parse(row.comments) as ReviewComment[],
    score: reviewScore(points),
    createdAt: row.created_at,
  };
}

export function reviewStore(k: Kysely<AccountTables>) {
  const select = () =>
    k
      .selectFrom('coach_reviews')
      .leftJoin('users', 'users.id', 'coach_reviews.coach_id')
      .selectAll('coach_reviews')
      .select('users.email as coach_email');
  return {
    async of(candidateId: number, attemptId: number): Promise<CoachReview[]> {
      const rows = await select().where('coach_reviews.candidate_id', '=', candidateId).where('coach_reviews.attempt_id', '=', attemptId).orderBy('coach_reviews.id').execute();
      return rows.map(toReview);
    },
    /** How many reviews each of these attempts has. */
    async counts(candidateId: number): Promise<Map<number, number>> {
      const rows = await k.selectFrom('coach_reviews').select((eb) => ['attempt_id', eb.fn.countAll<number>().as('n')]).where('candidate_id', '=', candidateId).groupBy('attempt_id').execute();
      return new Map(rows.map((r) => [r.attempt_id, Number(r.n)]));
    },
    async add(row: { candidateId: number; coachId: number; attempt: Attempt; points: ReviewPoint[]; comments: ReviewComment[]; at: string }): Promise<CoachReview> {
      const { id } = await k
        .insertInto('coach_reviews')
        .values({
          candidate_id: row.candidateId,
          attempt_id: row.attempt.id,
          question_id: row.attempt.questionId,
          coach_id: row.coachId,
          points: JSON.stringify(row.points),
          comments: JSON.stringify(row.comments),
          created_at: row.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const saved = await select().where('coach_reviews.id', '=', id).executeTakeFirstOrThrow();
      return toReview(saved);
    },
  };
}

/** A coach's scored review is readiness evidence on the question's skills and areas (kind 'review'). */
export function reviewEvidence(k: Kysely<AccountTables>, candidateId: number, content: Content): EvidenceSource {
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  return {
    kind: 'review',
    async read() {
      const rows = await k.selectFrom('coach_reviews').select(['question_id', 'points', 'created_at']).where('candidate_id', '=', candidateId).execute();
      const evidence = [];
      for (const row of rows) {
        const question = questions.get(row.question_id);
        const score = reviewScore(JSON.parse(row.points) as ReviewPoint[]);
        if (!question || score === null) continue;
        evidence.push({ kind: 'review' as const, at: new Date(row.created_at), score, skills: question.skills, areas: question.areas, competencies: question.competencies, tracks: question.tracks });
      }
      return { evidence, activity: [] };
    },
  };
}
