import type { CoachReview } from '@shared/api.js';
import { formatWhen } from '../../lib/format.js';
import { useAttemptReviews } from '../../lib/queries.js';
import './cohort.css';

/** One coach review: a score per rubric point, then comments on quoted spans of the answer. Everything is shown as text. */
export function ReviewView({ review, answer }: { review: CoachReview; answer: string }) {
  return (
    <article className="coach-review" aria-label={`Review by ${review.coach?.email ?? 'a former coach'}`}>
      <p className="muted small">
        {review.coach?.email ?? 'A former coach'} · {formatWhen(review.createdAt)}
        {review.score !== null && <> · {Math.round(review.score * 100)}% of the rubric</>}
      </p>
      {review.points.length > 0 && (
        <ul className="review-points">
          {review.points.map((p) => (
            <li key={p.point}>
              <span className="review-score" aria-label={`${p.score} out of 5`}>
                {p.score}/5
              </span>
              <div>
                <strong>{p.point}</strong>
                {p.comment && <p className="review-comment">{p.comment}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {review.comments.length > 0 && (
        <ul className="span-comments">
          {review.comments.map((c, i) => (
            <li key={i}>
              <blockquote>{answer.slice(c.span[0], c.span[1])}</blockquote>
              <p className="review-comment">{c.text}</p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** The candidate's side: their coach's reviews of one attempt, beside the machine's feedback (hosted mode only). */
export function AttemptReviews({ attemptId, answer }: { attemptId: number; answer: string }) {
  const reviews = useAttemptReviews(attemptId, true);
  if (!reviews.data || reviews.data.reviews.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={`reviews-${attemptId}`}>
      <h2 id={`reviews-${attemptId}`}>Your coach's review</h2>
      {reviews.data.reviews.map((r) => (
        <ReviewView key={r.id} review={r} answer={answer} />
      ))}
    </section>
  );
}
